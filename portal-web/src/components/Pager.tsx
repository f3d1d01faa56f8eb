import { useState } from 'react';

export const PAGE_SIZE = 50;

/**
 * Cursor pages of a list: the `after` cursor of the page shown and the moves to the next and previous
 * page. A new `key` (another filter, another property) starts again at page 1.
 */
export function usePages(key: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = state.key === key ? state.cursors : [null];
  if (state.key !== key) setState({ key, cursors: [null] });
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (cursor: string | null | undefined) => {
      if (cursor) setState({ key, cursors: [...cursors, cursor] });
    },
    previous: () => setState({ key, cursors: cursors.slice(0, -1).length ? cursors.slice(0, -1) : [null] }),
  };
}

/** "Showing 51–100 of 288 invoices", with Previous and Next page buttons when there is more. */
export function Pager({ page, shown, total, hasNext, endCursor, noun, onNext, onPrevious }: {
  page: number; shown: number; total: number; hasNext: boolean; endCursor: string | null | undefined;
  noun: [singular: string, plural: string]; onNext: (cursor: string | null | undefined) => void; onPrevious: () => void;
}) {
  if (total === 0) return null;
  const from = (page - 1) * PAGE_SIZE + 1;
  const to = from + shown - 1;
  const word = total === 1 ? noun[0] : noun[1];
  const range = page === 1 && !hasNext ? `${total} ${word}` : `Showing ${from}–${to} of ${total} ${word}`;
  return (
    <nav className="pager" aria-label="Pages">
      <p className="pager-count" aria-live="polite" data-testid="list-count">{range}</p>
      {(page > 1 || hasNext) && (
        <div className="pager-buttons">
          <button type="button" className="button secondary" disabled={page === 1} onClick={() => { onPrevious(); window.scrollTo(0, 0); }}>Previous page</button>
          <button type="button" className="button secondary" disabled={!hasNext} onClick={() => { onNext(endCursor); window.scrollTo(0, 0); }}>Next page</button>
        </div>
      )}
    </nav>
  );
}
