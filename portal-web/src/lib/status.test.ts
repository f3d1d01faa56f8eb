import { describe, expect, it } from 'vitest';
import { JOB_STATUS_LABEL, moveLabel, nextMoves, tone } from './status';

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
  it('labels the buttons as the field team says them', () => {
    expect(nextMoves('PENDING').map(moveLabel)).toEqual(['On the Way']);
    expect(nextMoves('ON_THE_WAY').map(moveLabel)).toEqual(['Started']);
    expect(nextMoves('STARTED').map(moveLabel)).toEqual(['Finished']);
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
