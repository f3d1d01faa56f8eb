/**
 * Recurring plans in the office as pure functions: a plan's rule and window in words ("Every other Friday,
 * 9:00–11:00"), the new-plan form's values, how they are checked before sending (zod), and the
 * recurringPlanCreate input they become, and for an edit the recurringPlanUpdate input with only what changed.
 */
import { z } from 'zod';
import { isDay, isTime } from '../../../lib/schedule';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];
export type Frequency = 'WEEKLY' | 'MONTHLY_BY_DAY' | 'MONTHLY_BY_WEEKDAY';

const DAY_WORD: Record<WeekdayName, string> = {
  MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday',
  SATURDAY: 'Saturday', SUNDAY: 'Sunday',
};
export const DAY_SHORT: Record<WeekdayName, string> = {
  MONDAY: 'Mon', TUESDAY: 'Tue', WEDNESDAY: 'Wed', THURSDAY: 'Thu', FRIDAY: 'Fri', SATURDAY: 'Sat', SUNDAY: 'Sun',
};

/** "09:00:00" → "9:00"; "13:30" → "13:30" (the office reads a 24-hour clock). */
export function clock(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${Number(hours)}:${minutes ?? '00'}`;
}

function ordinal(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return `${value}th`;
  return `${value}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[value % 10] ?? 'th'}`;
}

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function every(interval: number, unit: 'week' | 'month'): string {
  if (interval === 1) return 'Every';
  if (interval === 2) return 'Every other';
  return `Every ${interval} ${unit}s on the`;
}

export interface PlanRule {
  frequency: Frequency;
  interval: number;
  weekdays: readonly string[];
  monthDay?: number | null;
  weekOfMonth?: number | null;
  startTime: string;
  endTime: string;
}

/** The rule in words, e.g. "Every other Friday, 9:00–11:00" or "Monthly on the last Friday, 8:00–12:00". */
export function ruleInWords(plan: PlanRule): string {
  const days = WEEKDAYS.filter((day) => plan.weekdays.includes(day)).map((day) => DAY_WORD[day]);
  let rule: string;
  if (plan.frequency === 'WEEKLY') {
    const head = every(plan.interval, 'week');
    rule = plan.interval > 2 ? `Every ${plan.interval} weeks on ${list(days)}` : `${head} ${list(days)}`;
  } else {
    const months = plan.interval === 1 ? 'Monthly' : plan.interval === 2 ? 'Every other month' : `Every ${plan.interval} months`;
    if (plan.frequency === 'MONTHLY_BY_DAY') {
      rule = `${months} on the ${ordinal(plan.monthDay ?? 1)}`;
    } else {
      const which = plan.weekOfMonth === -1 ? 'last' : ordinal(plan.weekOfMonth ?? 1);
      rule = `${months} on the ${which} ${days[0] ?? 'day'}`;
    }
  }
  return `${rule}, ${clock(plan.startTime)}–${clock(plan.endTime)}`;
}

export const planLineSchema = z.object({
  serviceId: z.string().min(1),
  /** Kept from the plan when editing (the form changes prices, not quantities); 1 for a new line. */
  quantity: z.string().optional(),
  unitPrice: z.string().trim().refine((text) => /^\$?\d+(\.\d{1,2})?$/.test(text.replace(/,/g, '')),
    'Enter the price in dollars, like 120 or 95.50.'),
});

export const planSchema = z.object({
  name: z.string().trim().min(1, 'Name the plan, like “Every other Friday clean”.').max(120, 'Keep the name under 120 characters.'),
  propertyId: z.string().min(1, 'Pick the property.'),
  frequency: z.enum(['WEEKLY', 'MONTHLY_BY_DAY', 'MONTHLY_BY_WEEKDAY']),
  interval: z.string().trim().refine((text) => /^\d+$/.test(text) && Number(text) >= 1, 'Enter a whole number, 1 or more.'),
  weekdays: z.array(z.enum(WEEKDAYS)),
  monthDay: z.string(),
  weekOfMonth: z.string(),
  startDate: z.string().refine(isDay, 'Pick the first day.'),
  startTime: z.string().refine(isTime, 'Enter the start time, like 09:00.'),
  endTime: z.string().refine(isTime, 'Enter the end time, like 11:00.'),
  teamId: z.string(),
  billing: z.enum(['PER_VISIT', 'MONTHLY']),
  /** '' for no end; else the last day a visit may fall on. */
  endDate: z.string().refine((text) => text === '' || isDay(text), 'Pick the last day, or no end.'),
  services: z.array(planLineSchema).min(1, 'Add at least one service.'),
}).superRefine((form, context) => {
  const interval = Number(form.interval);
  if (form.frequency === 'WEEKLY') {
    if (!form.weekdays.length) context.addIssue({ code: 'custom', path: ['weekdays'], message: 'Pick at least one weekday.' });
    if (interval > 52) context.addIssue({ code: 'custom', path: ['interval'], message: 'Every 1 to 52 weeks.' });
  } else if (interval > 12) {
    context.addIssue({ code: 'custom', path: ['interval'], message: 'Every 1 to 12 months.' });
  }
  if (form.frequency === 'MONTHLY_BY_DAY') {
    const day = Number(form.monthDay);
    if (!/^\d+$/.test(form.monthDay) || day < 1 || day > 31) {
      context.addIssue({ code: 'custom', path: ['monthDay'], message: 'Enter a day of the month, 1 to 31.' });
    }
  }
  if (form.frequency === 'MONTHLY_BY_WEEKDAY' && form.weekdays.length !== 1) {
    context.addIssue({ code: 'custom', path: ['weekdays'], message: 'Pick exactly one weekday.' });
  }
  if (form.endDate && isDay(form.startDate) && form.endDate < form.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: 'The last day must be on or after the first day.' });
  }
  if (isTime(form.startTime) && isTime(form.endTime) && form.endTime <= form.startTime) {
    context.addIssue({ code: 'custom', path: ['endTime'], message: 'The end must be after the start.' });
  }
});

export type PlanFormValues = z.infer<typeof planSchema>;

/** The form's field names a server userError may name (services by line). */
export function planFormFields(lines: number): string[] {
  const names = ['name', 'propertyId', 'frequency', 'interval', 'weekdays', 'monthDay', 'weekOfMonth', 'startDate',
    'startTime', 'endTime', 'teamId', 'billing', 'endDate', 'services'];
  for (let index = 0; index < lines; index += 1) names.push(`services.${index}.unitPrice`, `services.${index}.serviceId`);
  return names;
}

/** The recurringPlanCreate input for the form (only the fields its frequency uses). */
export function planCreateInput(customerId: string, form: PlanFormValues) {
  return {
    customerId,
    propertyId: form.propertyId,
    name: form.name.trim(),
    frequency: form.frequency,
    interval: Number(form.interval),
    weekdays: form.frequency === 'MONTHLY_BY_DAY' ? [] : WEEKDAYS.filter((day) => form.weekdays.includes(day)),
    monthDay: form.frequency === 'MONTHLY_BY_DAY' ? Number(form.monthDay) : null,
    weekOfMonth: form.frequency === 'MONTHLY_BY_WEEKDAY' ? Number(form.weekOfMonth) : null,
    startDate: form.startDate,
    startTime: form.startTime,
    endTime: form.endTime,
    teamId: form.teamId || null,
    billing: form.billing,
    endDate: form.endDate || null,
    services: form.services.map((line) => ({ serviceId: line.serviceId, unitPrice: line.unitPrice.replace(/[$,\s]/g, '') })),
  };
}

/** What the edit form needs of a saved plan (the PlansPlan fragment has it). */
export interface SavedPlan extends PlanRule {
  id: string;
  name: string;
  startDate: string;
  endDate?: string | null;
  billing: 'PER_VISIT' | 'MONTHLY';
  property?: { id: string } | null;
  team?: { id: string } | null;
  services: readonly { service?: { id: string } | null; quantity: string | number; unitPrice: { amount: string } }[];
}

/** "09:00:00" → "09:00" (what a time input holds). */
function inputTime(time: string): string {
  return time.slice(0, 5);
}

/** The form's values for a saved plan: what the edit form starts from. */
export function planFormValues(plan: SavedPlan): PlanFormValues {
  return {
    name: plan.name,
    propertyId: plan.property?.id ?? '',
    frequency: plan.frequency,
    interval: String(plan.interval),
    weekdays: WEEKDAYS.filter((day) => plan.weekdays.includes(day)),
    monthDay: String(plan.monthDay ?? 1),
    weekOfMonth: String(plan.weekOfMonth ?? 1),
    startDate: plan.startDate,
    startTime: inputTime(plan.startTime),
    endTime: inputTime(plan.endTime),
    teamId: plan.team?.id ?? '',
    billing: plan.billing,
    endDate: plan.endDate ?? '',
    services: plan.services.map((line) => ({
      serviceId: line.service?.id ?? '', quantity: String(line.quantity), unitPrice: formatPrice(line.unitPrice.amount),
    })),
  };
}

function formatPrice(amount: string): string {
  return Number(amount).toFixed(2);
}

function samePrice(left: string, right: string): boolean {
  return Number(left.replace(/[$,\s]/g, '')) === Number(right.replace(/[$,\s]/g, ''));
}

/**
 * The recurringPlanUpdate input: only the fields the office changed (a field left out is kept), so an edit of the
 * name does not rewrite the services or re-check a start day that is now past. The rule goes as a whole (its
 * parts only mean something together); services go as the whole new list when any line changed.
 */
export function planUpdateInput(planId: string, before: PlanFormValues, form: PlanFormValues) {
  const input: Record<string, unknown> = { planId };
  const created = planCreateInput('', form);
  if (form.name.trim() !== before.name.trim()) input.name = created.name;
  const ruleBefore = planCreateInput('', before);
  const ruleChanged = form.frequency !== before.frequency || Number(form.interval) !== Number(before.interval)
    || created.weekdays.join() !== ruleBefore.weekdays.join() || created.monthDay !== ruleBefore.monthDay
    || created.weekOfMonth !== ruleBefore.weekOfMonth;
  if (ruleChanged) {
    Object.assign(input, { frequency: created.frequency, interval: created.interval, weekdays: created.weekdays,
      monthDay: created.monthDay, weekOfMonth: created.weekOfMonth });
  }
  if (form.startDate !== before.startDate) input.startDate = form.startDate;
  if (form.startTime !== before.startTime) input.startTime = form.startTime;
  if (form.endTime !== before.endTime) input.endTime = form.endTime;
  if (form.teamId !== before.teamId) input.teamId = form.teamId || null;
  if (form.billing !== before.billing) input.billing = form.billing;
  if (form.endDate !== before.endDate) input.endDate = form.endDate || null;
  const servicesChanged = form.services.length !== before.services.length || form.services.some((line, index) =>
    line.serviceId !== before.services[index]?.serviceId || !samePrice(line.unitPrice, before.services[index]?.unitPrice ?? ''));
  if (servicesChanged) {
    input.services = form.services.map((line) => ({
      serviceId: line.serviceId, unitPrice: line.unitPrice.replace(/[$,\s]/g, ''),
      ...(line.quantity ? { quantity: line.quantity } : {}),
    }));
  }
  return input as { planId: string } & Partial<ReturnType<typeof planCreateInput>>;
}

/** True when the update input changes nothing (the form then says so instead of sending). */
export function changesNothing(input: Record<string, unknown>): boolean {
  return Object.keys(input).length === 1;
}
