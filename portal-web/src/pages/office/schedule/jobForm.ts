/**
 * The job form's rules as pure functions: what the form holds, how it is checked before sending (zod), and the
 * jobCreate / jobUpdate input it becomes, with times typed in the company's zone turned into instants.
 */
import { z } from 'zod';
import { amountProblem, toAmount } from '../../../lib/money';
import { isDay, isTime, wallDay, wallTime, zonedInstant } from '../../../lib/schedule';

/** A price of nothing ("0", "0.00", "$0"): a free line, which the API allows. */
function isFree(text: string): boolean {
  return /^\$?\s*0+(\.0{1,2})?$/.test(text.trim());
}

export const lineSchema = z.object({
  serviceId: z.string().min(1, 'Pick a service.'),
  description: z.string().trim().min(1, 'Say what is done.').max(200, 'Keep it under 200 characters.'),
  quantity: z.string().trim().refine((text) => /^\d+(\.\d{1,2})?$/.test(text) && Number(text) > 0,
    'The quantity must be a number above 0, like 1 or 2.5.'),
  unitPrice: z.string().superRefine((text, context) => {
    if (isFree(text)) return;
    const problem = amountProblem(text, { requiredWords: 'Enter the price (0 for free).' });
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});

export const jobSchema = z.object({
  customerId: z.string().min(1, 'Pick the customer.'),
  propertyId: z.string().min(1, 'Pick the property.'),
  date: z.string().refine(isDay, 'Pick the day.'),
  startTime: z.string().refine(isTime, 'Enter the start time, like 09:00.'),
  endTime: z.string().refine((text) => text === '' || isTime(text), 'Enter the end time, like 11:00, or leave it empty.'),
  teamId: z.string(),
  employeeIds: z.array(z.string()),
  services: z.array(lineSchema),
  clientNotes: z.string().max(2000, 'Keep the notes under 2,000 characters.'),
  internalNotes: z.string().max(2000, 'Keep the notes under 2,000 characters.'),
}).superRefine((form, context) => {
  if (isTime(form.startTime) && isTime(form.endTime) && form.endTime <= form.startTime.padStart(5, '0')) {
    context.addIssue({ code: 'custom', path: ['endTime'], message: 'The end must be after the start.' });
  }
});

export type JobFormValues = z.infer<typeof jobSchema>;
export type LineValues = z.infer<typeof lineSchema>;

/** The form's field names, for putting the server's userErrors next to the right field. */
export const FORM_FIELDS = ['customerId', 'propertyId', 'date', 'startTime', 'endTime', 'teamId', 'employeeIds',
  'services', 'clientNotes', 'internalNotes'];

/** userError paths (without "input") that have another name in the form. */
export const RENAME: Record<string, string> = {
  scheduledStart: 'startTime',
  scheduledEnd: 'endTime',
  id: 'propertyId',
};

/** The names of the form's line fields ("services.2.unitPrice") for `count` lines. */
export function formFields(count: number): string[] {
  const lines = Array.from({ length: count }, (_, index) => ['serviceId', 'description', 'quantity', 'unitPrice']
    .map((field) => `services.${index}.${field}`)).flat();
  return [...FORM_FIELDS, ...lines];
}

function twoDecimals(text: string): string {
  return Number(text).toFixed(2);
}

/** What the API gets for the lines. */
export function linesInput(lines: readonly LineValues[]) {
  return lines.map((line) => ({
    serviceId: line.serviceId,
    description: line.description.trim(),
    quantity: twoDecimals(line.quantity),
    unitPrice: isFree(line.unitPrice) ? '0.00' : toAmount(line.unitPrice),
  }));
}

/** The instants of the time window. */
export function windowInput(form: Pick<JobFormValues, 'date' | 'startTime' | 'endTime'>, timeZone?: string) {
  return {
    scheduledStart: zonedInstant(form.date, form.startTime, timeZone),
    scheduledEnd: form.endTime ? zonedInstant(form.date, form.endTime, timeZone) : null,
  };
}

const blankToNull = (text: string) => (text.trim() ? text.trim() : null);

export function createInput(form: JobFormValues, timeZone?: string) {
  return {
    customerId: form.customerId,
    propertyId: form.propertyId,
    ...windowInput(form, timeZone),
    teamId: form.teamId || null,
    employeeIds: form.employeeIds,
    services: linesInput(form.services),
    clientNotes: blankToNull(form.clientNotes),
    internalNotes: blankToNull(form.internalNotes),
  };
}

/**
 * The jobUpdate input: the schedule, crew and notes always; the lines only when they changed (a finished or
 * billed job's lines cannot change, and the API refuses even an identical list for a billed job).
 */
export function updateInput(id: string, form: JobFormValues, original: JobFormValues, timeZone?: string) {
  const lines = linesInput(form.services);
  const sameLines = JSON.stringify(lines) === JSON.stringify(linesInput(original.services));
  return {
    id,
    ...windowInput(form, timeZone),
    teamId: form.teamId || null,
    employeeIds: form.employeeIds,
    ...(sameLines ? {} : { services: lines }),
    clientNotes: blankToNull(form.clientNotes),
    internalNotes: blankToNull(form.internalNotes),
  };
}

/** A saved job as the form shows it (times in the company's zone). */
export function formFromJob(job: {
  scheduledStart: string; scheduledEnd?: string | null; clientNotes?: string | null; internalNotes?: string | null;
  team?: { id: string } | null; employees: readonly { id: string }[];
  customer?: { id: string } | null; property?: { id: string } | null;
  services: readonly { description: string; quantity: string; unitPrice?: { amount: string } | null; service?: { id: string } | null }[];
}, timeZone?: string): JobFormValues {
  return {
    customerId: job.customer?.id ?? '',
    propertyId: job.property?.id ?? '',
    date: wallDay(job.scheduledStart, timeZone),
    startTime: wallTime(job.scheduledStart, timeZone),
    endTime: job.scheduledEnd ? wallTime(job.scheduledEnd, timeZone) : '',
    teamId: job.team?.id ?? '',
    employeeIds: job.employees.map((person) => person.id),
    services: job.services.map((line) => ({
      serviceId: line.service?.id ?? '',
      description: line.description,
      quantity: String(Number(line.quantity)),
      unitPrice: line.unitPrice?.amount ?? '0',
    })),
    clientNotes: job.clientNotes ?? '',
    internalNotes: job.internalNotes ?? '',
  };
}
