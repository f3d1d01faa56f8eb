/** A one-off message for the next page (e.g. "Your access changed…" after being sent to the dashboard). */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useConnection } from './connection';
import { navigate } from './router';

export const ACCESS_LOST_MESSAGE = 'Your access changed: that page is no longer available to you.';

let notice: string | null = null;
const listeners = new Set<() => void>();

export function showNotice(message: string | null): void {
  notice = message;
  listeners.forEach((listener) => listener());
}

export function useNotice(): string | null {
  return useSyncExternalStore(
    (listener) => { listeners.add(listener); return () => { listeners.delete(listener); }; },
    () => notice,
  );
}

/** The viewer may no longer see this page: to the dashboard, saying why. */
export function leaveLostPage(message: string = ACCESS_LOST_MESSAGE): void {
  showNotice(message);
  navigate('/', true);
}

/**
 * For a detail page: once the viewer's rights changed (`ACCESS_CHANGED`) and the page's subject, shown before,
 * can no longer be read (`present` false after the re-read; null while loading), go to the dashboard.
 */
export function useLeaveWhenAccessLost(present: boolean | null): void {
  const { accessEpoch } = useConnection();
  const shownAt = useRef<number | null>(null);
  useEffect(() => {
    if (present) shownAt.current ??= accessEpoch; // when it was first shown
    else if (present === false && shownAt.current !== null && shownAt.current < accessEpoch) {
      shownAt.current = null;
      leaveLostPage();
    }
  }, [present, accessEpoch]);
}
