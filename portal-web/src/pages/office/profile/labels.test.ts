import { describe, expect, it } from 'vitest';
import { activityLabel, activitySummary, historyCounts, splitList } from './labels';

describe('activity entries in words', () => {
  it('turn a verb into a sentence start', () => {
    expect(activityLabel('customer.tags_set')).toBe('Customer tags set');
  });
  it('summarise details as field: value, cutting long values and saying how many more', () => {
    expect(activitySummary({ name: 'Ann', empty: '', none: null })).toBe('name: Ann');
    expect(activitySummary({ text: 'x'.repeat(80) })).toBe(`text: ${'x'.repeat(57)}…`);
    expect(activitySummary({ a: 1, b: 2, c: 3 }, 2)).toBe('a: 1 · b: 2 · +1 more');
  });
  it('leave database ids out, write cents as money and constants as words', () => {
    expect(activitySummary({ number: 1473, status: 'ON_THE_WAY', job_ids: [587], status_change_id: 9, total_cents: 23953 }))
      .toBe('number: 1473 · status: on the way · total: 239.53');
  });
  it('write lists as words and leave empty lists out', () => {
    expect(activitySummary({ fields: ['access_notes', 'city'], removed: [] })).toBe('fields: access notes, city');
  });
  it('say nothing for details that are not an object', () => {
    expect(activitySummary(null)).toBe('');
    expect(activitySummary([1, 2])).toBe('');
  });
});

describe('lists typed into a box', () => {
  it('split on commas, semicolons and new lines and drop blanks', () => {
    expect(splitList('a@x.com, b@y.com;\n\n c@z.com ,')).toEqual(['a@x.com', 'b@y.com', 'c@z.com']);
  });
});

describe('a delete refused for history', () => {
  it('is told by its counts', () => {
    expect(historyCounts('Derek Lyle has history (19 jobs, 18 invoices, 1 customer merged into it) and can\'t be deleted.'))
      .toBe('19 jobs, 18 invoices, 1 customer merged into it');
    expect(historyCounts('Something else')).toBeNull();
  });
});
