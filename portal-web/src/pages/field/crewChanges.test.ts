import { describe, expect, it } from 'vitest';
import { takenOffNotice } from './crewChanges';
import { formatTime } from '../../lib/format';

const day = [
  { id: 'Sm9iOjE=', scheduledStart: '2026-12-03T14:00:00Z', property: { name: 'Maple House' } },
  { id: 'Sm9iOjI=', scheduledStart: '2026-12-03T16:30:00Z', property: null },
];

describe('telling a field employee that a job left their day', () => {
  it('names the job and its time when the office took them off it', () => {
    expect(takenOffNotice({ jobId: 'Sm9iOjE=', stillMine: false }, day))
      .toBe(`The office took you off Maple House (${formatTime('2026-12-03T14:00:00Z')}). Your day is up to date.`);
  });
  it('says "a job" when the job has no property to name', () => {
    expect(takenOffNotice({ jobId: 'Sm9iOjI=', stillMine: false }, day)).toMatch(/^The office took you off a job \(/);
  });
  it('says nothing when the job is still theirs (moved, or they were put on it)', () => {
    expect(takenOffNotice({ jobId: 'Sm9iOjE=', stillMine: true }, day)).toBeNull();
    expect(takenOffNotice({ jobId: 'Sm9iOjM=', stillMine: true }, day)).toBeNull();
  });
  it('says nothing about a job their day did not show', () => {
    expect(takenOffNotice({ jobId: 'Sm9iOjM=', stillMine: false }, day)).toBeNull();
  });
});
