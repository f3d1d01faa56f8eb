/**
 * Settings helpers (pure, tested in settings.test.ts): the numbers a person types checked the way the API checks
 * them, the invoice number preview, and a checklist template's edits.
 */

/** "8.875" → ok; the message otherwise. `places` decimals at most, 0 ≤ value < `below` (or ≤ `max`). */
export function decimalProblem(text: string, { places, below, max }: { places: number; below?: number; max?: number }): string | null {
  const value = text.trim();
  if (!value) return 'Enter a number (0 for none).';
  if (!new RegExp(`^\\d+(\\.\\d{1,${places}})?$`).test(value)) {
    return places === 2 ? 'Use a number like 0.30 (at most 2 decimals).' : `Use a number like 8.875 (at most ${places} decimals).`;
  }
  const number = Number(value);
  if (below !== undefined && number >= below) return `Use less than ${below}.`;
  if (max !== undefined && number > max) return `Use at most ${max}.`;
  return null;
}

/** The next invoice's number as printed: "INV-" and 1043 → "INV-1043". */
export function invoiceNumberPreview(prefix: string, next: number | string): string {
  return `${prefix.trim()}${next}`;
}

export interface TemplateItem { label: string; required: boolean }

/** Move item `index` one place up (-1) or down (+1); the list unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** Labels given twice (ignoring case and spaces around), which the API refuses: their indexes after the first. */
export function duplicateLabels(items: readonly TemplateItem[]): number[] {
  const seen = new Set<string>();
  const twice: number[] = [];
  items.forEach((item, index) => {
    const key = item.label.trim().toLowerCase();
    if (key && seen.has(key)) twice.push(index);
    seen.add(key);
  });
  return twice;
}
