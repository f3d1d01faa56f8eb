/** Keyboard moves of the office widgets, as pure functions (tested without a browser). */

/** Where the arrow keys go from `index` among `count` tabs; null for keys the tabs don't take. */
export function tabKeyTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** The element Tab should move to from `index` among `count` focusable ones (wrapping at both ends). */
export function trapTarget(index: number, count: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (backwards) return index <= 0 ? count - 1 : index - 1;
  return index < 0 || index >= count - 1 ? 0 : index + 1;
}
