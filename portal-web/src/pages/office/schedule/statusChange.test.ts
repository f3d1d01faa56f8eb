import { describe, expect, it } from 'vitest';
import { isCorrection, statusChoices, statusSchema } from './statusChange';

describe('office status moves', () => {
  it('needs no reason along the normal path and one for every correction', () => {
    expect(isCorrection('PENDING', 'ON_THE_WAY')).toBe(false);
    expect(isCorrection('ON_THE_WAY', 'CANCELLED')).toBe(false);
    expect(isCorrection('FINISHED', 'STARTED')).toBe(true);
    expect(isCorrection('PENDING', 'FINISHED')).toBe(true);
  });

  it('offers the normal moves first, then the corrections, never the current status', () => {
    expect(statusChoices('STARTED')).toEqual(['FINISHED', 'PENDING', 'ON_THE_WAY', 'CANCELLED']);
    expect(statusChoices('FINISHED')).not.toContain('FINISHED');
  });

  it('refuses a correction without a reason before sending it', () => {
    const schema = statusSchema('FINISHED');
    const missing = schema.safeParse({ status: 'STARTED', reason: '  ' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0].path).toEqual(['reason']);
    expect(schema.safeParse({ status: 'STARTED', reason: 'Finished by mistake' }).success).toBe(true);
    expect(statusSchema('PENDING').safeParse({ status: 'ON_THE_WAY', reason: '' }).success).toBe(true);
  });
});
