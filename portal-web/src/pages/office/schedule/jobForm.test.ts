import { describe, expect, it } from 'vitest';
import { createInput, formFromJob, jobSchema, updateInput, type JobFormValues } from './jobForm';

const NY = 'America/New_York';
const filled: JobFormValues = {
  customerId: 'C1', propertyId: 'P1', date: '2026-12-03', startTime: '09:00', endTime: '11:30', teamId: 'T1',
  employeeIds: ['E1'], services: [{ serviceId: 'S1', description: 'Deep clean', quantity: '1', unitPrice: '1,200.50' }],
  clientNotes: ' Ring twice ', internalNotes: '',
};

const problems = (form: JobFormValues) => {
  const result = jobSchema.safeParse(form);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the job form', () => {
  it('accepts a complete job and sends the window as instants of the company zone', () => {
    expect(problems(filled)).toEqual({});
    const input = createInput(filled, NY);
    expect(input.scheduledStart).toBe('2026-12-03T14:00:00.000Z');
    expect(input.scheduledEnd).toBe('2026-12-03T16:30:00.000Z');
    expect(input.services).toEqual([{ serviceId: 'S1', description: 'Deep clean', quantity: '1.00', unitPrice: '1200.50' }]);
    expect(input.clientNotes).toBe('Ring twice');
    expect(input.internalNotes).toBeNull();
  });

  it('names each problem at its field before anything is sent', () => {
    expect(problems({ ...filled, propertyId: '', endTime: '08:00',
      services: [{ serviceId: '', description: ' ', quantity: '0', unitPrice: 'abc' }] })).toEqual({
      propertyId: 'Pick the property.',
      endTime: 'The end must be after the start.',
      'services.0.serviceId': 'Pick a service.',
      'services.0.description': 'Say what is done.',
      'services.0.quantity': 'The quantity must be a number above 0, like 1 or 2.5.',
      'services.0.unitPrice': 'The amount must be a number like 120 or 120.50.',
    });
  });

  it('lets a line be free and the end be left open', () => {
    const input = createInput({ ...filled, endTime: '', services: [{ ...filled.services[0], unitPrice: '0' }] }, NY);
    expect(input.scheduledEnd).toBeNull();
    expect(input.services[0].unitPrice).toBe('0.00');
  });

  it('sends the lines of an edited job only when they changed', () => {
    const job = {
      scheduledStart: '2026-12-03T14:00:00Z', scheduledEnd: null, clientNotes: null, internalNotes: 'Gate code 12',
      team: null, employees: [{ id: 'E1' }], customer: { id: 'C1' }, property: { id: 'P1' },
      services: [{ description: 'Deep clean', quantity: '1.00', unitPrice: { amount: '285.00' }, service: { id: 'S1' } }],
    };
    const original = formFromJob(job, NY);
    expect(original.startTime).toBe('09:00');
    expect(original.services[0].quantity).toBe('1');
    expect(updateInput('J1', { ...original, startTime: '10:00' }, original, NY)).not.toHaveProperty('services');
    const repriced = { ...original, services: [{ ...original.services[0], unitPrice: '300' }] };
    expect(updateInput('J1', repriced, original, NY).services).toEqual(
      [{ serviceId: 'S1', description: 'Deep clean', quantity: '1.00', unitPrice: '300.00' }]);
  });
});
