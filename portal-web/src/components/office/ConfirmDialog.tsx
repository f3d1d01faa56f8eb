/**
 * A question before an action that can't be taken back (delete, merge, archive): a native modal `<dialog>`
 * (`showModal()`: the page behind is inert), focus kept inside it (Tab and Shift+Tab cycle through its
 * controls), Escape or Cancel closes it, and focus returns to what opened it. The confirm button shows progress
 * and can't be pressed twice; what went wrong is shown inside the dialog, in words.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './ConfirmDialog.css';
import { trapTarget } from './focus';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({ open, title, children, confirmLabel, busyLabel, busy = false, danger = false,
  errors = [], onConfirm, onCancel, confirmDisabled = false }: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  busy?: boolean;
  /** A destructive action: the confirm button is red. */
  danger?: boolean;
  /** Messages to show above the buttons (a refusal, the connection). */
  errors?: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
  confirmDisabled?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      opener.current = document.activeElement;
      node.showModal();
      // The safe choice first: Cancel has the focus, Enter doesn't confirm by accident.
      node.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && node.open) {
      node.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);
  useEffect(() => () => { if (dialog.current?.open) dialog.current.close(); }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const target = trapTarget(items.indexOf(document.activeElement as HTMLElement), items.length, event.shiftKey);
    if (target < 0) return;
    event.preventDefault();
    items[target].focus();
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => { event.preventDefault(); if (!busy) onCancel(); }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="confirm-dialog-body">{children}</div>
      {errors.length > 0 && (
        <div className="form-error" role="alert">{errors.map((message) => <p key={message}>{message}</p>)}</div>
      )}
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy} data-autofocus="">Cancel</button>
        <button type="button" className={`button ${danger ? 'danger' : 'primary'}`} onClick={onConfirm}
          disabled={busy || confirmDisabled} aria-busy={busy}>
          {busy && <span className="spinner small" aria-hidden="true" />}
          {busy ? (busyLabel ?? 'Working…') : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
