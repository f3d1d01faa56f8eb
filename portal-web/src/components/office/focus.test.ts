import { describe, expect, it } from 'vitest';
import { tabKeyTarget, trapTarget } from './focus';

describe('tab keys', () => {
  it('move right and left and wrap at both ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 2, 3)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(tabKeyTarget('ArrowLeft', 2, 3)).toBe(1);
  });
  it('go to the first and the last tab with Home and End', () => {
    expect(tabKeyTarget('Home', 2, 5)).toBe(0);
    expect(tabKeyTarget('End', 0, 5)).toBe(4);
  });
  it('leave other keys alone', () => {
    expect(tabKeyTarget('Enter', 1, 3)).toBeNull();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('focus trapped in a dialog', () => {
  it('Tab from the last control goes back to the first', () => {
    expect(trapTarget(2, 3, false)).toBe(0);
    expect(trapTarget(0, 3, false)).toBe(1);
  });
  it('Shift+Tab from the first control goes to the last', () => {
    expect(trapTarget(0, 3, true)).toBe(2);
    expect(trapTarget(1, 3, true)).toBe(0);
  });
  it('focus outside the controls comes in at the first (or the last going back)', () => {
    expect(trapTarget(-1, 3, false)).toBe(0);
    expect(trapTarget(-1, 3, true)).toBe(2);
  });
});
