import { describe, expect, it } from 'vitest';
import { decimalProblem, duplicateLabels, invoiceNumberPreview, moveItem } from './settings';

describe('decimalProblem', () => {
  it('accepts a tax rate with three decimals', () => expect(decimalProblem('8.875', { places: 4, below: 100 })).toBeNull());
  it('refuses words', () => expect(decimalProblem('abc', { places: 2 })).toMatch(/number like 0.30/));
  it('refuses too many decimals', () => expect(decimalProblem('0.305', { places: 2 })).toMatch(/2 decimals/));
  it('refuses 100 percent', () => expect(decimalProblem('100', { places: 3, below: 100 })).toBe('Use less than 100.'));
  it('asks for a number when empty', () => expect(decimalProblem(' ', { places: 2 })).toMatch(/Enter a number/));
});

describe('invoiceNumberPreview', () => {
  it('puts the prefix before the number', () => expect(invoiceNumberPreview('INV-', 1043)).toBe('INV-1043'));
  it('prints the bare number without a prefix', () => expect(invoiceNumberPreview('', '7')).toBe('7'));
});

describe('moveItem', () => {
  it('moves an item up', () => expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']));
  it('leaves the first item where it is when moved up', () => expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']));
});

describe('duplicateLabels', () => {
  it('finds a label given twice however cased', () =>
    expect(duplicateLabels([{ label: 'Mop', required: false }, { label: ' mop ', required: true }])).toEqual([1]));
  it('finds none in distinct labels', () => expect(duplicateLabels([{ label: 'A', required: false }])).toEqual([]));
});
