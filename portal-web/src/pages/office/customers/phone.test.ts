import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone';

describe('a stored phone, shown', () => {
  it('reads a US number the way people write it', () => {
    expect(formatPhone('+15550102030')).toBe('(555) 010-2030');
  });
  it('leaves other countries in E.164', () => {
    expect(formatPhone('+442079460000')).toBe('+442079460000');
  });
});
