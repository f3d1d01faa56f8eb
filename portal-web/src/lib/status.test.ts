import { describe, expect, it } from 'vitest';
import { JOB_STATUS_LABEL, isLate, moveLabel, nextMoves, tone } from './status';

describe('the moves a field employee is offered', () => {
  it('goes Pending → On the Way → Started → Finished, one step at a time', () => {
    expect(nextMoves('PENDING')).toEqual(['ON_THE_WAY']);
    expect(nextMoves('ON_THE_WAY')).toEqual(['STARTED']);
    expect(nextMoves('STARTED')).toEqual(['FINISHED']);
  });
  it('offers nothing once the job is finished or cancelled', () => {
    expect(nextMoves('FINISHED')).toEqual([]);
    expect(nextMoves('CANCELLED')).toEqual([]);
  });
  it('never offers Cancelled or a step back', () => {
    for (const status of Object.keys(JOB_STATUS_LABEL) as (keyof typeof JOB_STATUS_LABEL)[]) {
      expect(nextMoves(status)).not.toContain('CANCELLED');
      expect(nextMoves(status)).not.toContain('PENDING');
    }
  });
  it('names the buttons as actions, never as the state the job is in', () => {
    expect(nextMoves('PENDING').map(moveLabel)).toEqual(['I’m on my way']);
    expect(nextMoves('ON_THE_WAY').map(moveLabel)).toEqual(['Start job']);
    expect(nextMoves('STARTED').map(moveLabel)).toEqual(['Finish job']);
    for (const label of Object.values(JOB_STATUS_LABEL)) expect(nextMoves('STARTED').map(moveLabel)).not.toContain(label);
  });
  it('marks a job late once its start has passed and it is still pending', () => {
    const now = new Date('2026-11-23T15:00:00Z');
    expect(isLate({ status: 'PENDING', scheduledStart: '2026-11-23T14:00:00Z' }, now)).toBe(true);
    expect(isLate({ status: 'PENDING', scheduledStart: '2026-11-23T16:00:00Z' }, now)).toBe(false);
    expect(isLate({ status: 'ON_THE_WAY', scheduledStart: '2026-11-23T14:00:00Z' }, now)).toBe(false);
  });
});

describe('status badges', () => {
  it('names every job status', () => {
    expect(JOB_STATUS_LABEL).toEqual({ PENDING: 'Pending', ON_THE_WAY: 'On the Way', STARTED: 'Started', FINISHED: 'Finished', CANCELLED: 'Cancelled' });
  });
  it('gives each live status its own tone', () => {
    expect(new Set(['PENDING', 'ON_THE_WAY', 'STARTED', 'FINISHED'].map(tone)).size).toBe(4);
  });
});
