import { describe, expect, it } from 'vitest';
import { changesNothing, planCreateInput, planFormValues, planSchema, planUpdateInput, ruleInWords, type PlanFormValues } from './plans';

const weekly = { frequency: 'WEEKLY' as const, interval: 1, weekdays: ['FRIDAY'], startTime: '09:00:00', endTime: '11:00:00' };

describe('a plan rule in words', () => {
  it('says a weekly rule with its days and window', () => {
    expect(ruleInWords(weekly)).toBe('Every Friday, 9:00–11:00');
    expect(ruleInWords({ ...weekly, interval: 2 })).toBe('Every other Friday, 9:00–11:00');
    expect(ruleInWords({ ...weekly, interval: 3, weekdays: ['FRIDAY', 'MONDAY'] })).toBe('Every 3 weeks on Monday and Friday, 9:00–11:00');
  });
  it('says monthly rules by day and by weekday', () => {
    expect(ruleInWords({ ...weekly, frequency: 'MONTHLY_BY_DAY', weekdays: [], monthDay: 1 })).toBe('Monthly on the 1st, 9:00–11:00');
    expect(ruleInWords({ ...weekly, frequency: 'MONTHLY_BY_WEEKDAY', weekOfMonth: -1 })).toBe('Monthly on the last Friday, 9:00–11:00');
    expect(ruleInWords({ ...weekly, frequency: 'MONTHLY_BY_WEEKDAY', interval: 2, weekOfMonth: 2, startTime: '13:30:00', endTime: '15:00:00' }))
      .toBe('Every other month on the 2nd Friday, 13:30–15:00');
  });
});

const form: PlanFormValues = {
  name: 'Weekly clean', propertyId: 'P1', frequency: 'WEEKLY', interval: '1', weekdays: ['FRIDAY', 'MONDAY'], monthDay: '',
  weekOfMonth: '1', startDate: '2026-12-07', startTime: '09:00', endTime: '11:00', teamId: '', billing: 'PER_VISIT', endDate: '',
  services: [{ serviceId: 'S1', unitPrice: '$1,120.50' }],
};

describe('the new-plan form', () => {
  it('refuses a weekly plan without weekdays and an end before the start', () => {
    const result = planSchema.safeParse({ ...form, weekdays: [], endTime: '08:00' });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['weekdays', 'endTime']));
  });
  it('becomes the create input with only the fields its frequency uses', () => {
    expect(planSchema.safeParse(form).success).toBe(true);
    expect(planCreateInput('C1', form)).toMatchObject({
      customerId: 'C1', weekdays: ['MONDAY', 'FRIDAY'], monthDay: null, weekOfMonth: null, teamId: null,
      services: [{ serviceId: 'S1', unitPrice: '1120.50' }], billing: 'PER_VISIT', endDate: null,
    });
  });
  it('refuses a last day before the first', () => {
    const result = planSchema.safeParse({ ...form, endDate: '2026-12-01' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['endDate']);
  });
});

describe('the plan edit form', () => {
  const saved = {
    id: 'R1', name: 'Friday clean', frequency: 'WEEKLY' as const, interval: 2, weekdays: ['FRIDAY'], monthDay: null, weekOfMonth: null,
    startDate: '2026-11-06', startTime: '09:00:00', endTime: '11:00:00', property: { id: 'P1' }, team: { id: 'T1' },
    billing: 'PER_VISIT' as const, endDate: null,
    services: [{ service: { id: 'S1' }, quantity: '2', unitPrice: { amount: '60.00' } }],
  };
  it('starts from the saved plan', () => {
    expect(planFormValues(saved)).toMatchObject({
      name: 'Friday clean', interval: '2', weekdays: ['FRIDAY'], startTime: '09:00', endTime: '11:00', teamId: 'T1',
      services: [{ serviceId: 'S1', quantity: '2', unitPrice: '60.00' }],
    });
  });
  it('sends only what changed, the rule as a whole and services only when a line changed', () => {
    const before = planFormValues(saved);
    expect(changesNothing(planUpdateInput('R1', before, { ...before, services: [{ ...before.services[0]!, unitPrice: '$60' }] }))).toBe(true);
    expect(planUpdateInput('R1', before, { ...before, name: 'Friday deep clean' })).toEqual({ planId: 'R1', name: 'Friday deep clean' });
    expect(planUpdateInput('R1', before, { ...before, weekdays: ['MONDAY', 'FRIDAY'], teamId: '' })).toEqual({
      planId: 'R1', frequency: 'WEEKLY', interval: 2, weekdays: ['MONDAY', 'FRIDAY'], monthDay: null, weekOfMonth: null, teamId: null,
    });
    expect(planUpdateInput('R1', before, { ...before, billing: 'MONTHLY', endDate: '2027-06-30' }))
      .toEqual({ planId: 'R1', billing: 'MONTHLY', endDate: '2027-06-30' });
    expect(planUpdateInput('R1', { ...before, endDate: '2027-06-30' }, before)).toEqual({ planId: 'R1', endDate: null });
    expect(planUpdateInput('R1', before, { ...before, services: [{ ...before.services[0]!, unitPrice: '75' }] }).services)
      .toEqual([{ serviceId: 'S1', unitPrice: '75', quantity: '2' }]);
  });
});
