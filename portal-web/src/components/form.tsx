/**
 * The pieces every office form is made of: a labelled field with its hint and error (wired for screen readers),
 * the form's own error list, and a submit button that shows progress and cannot be pressed twice.
 */
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

let sequence = 0;
const nextId = () => `f${(sequence += 1)}`;

export function FormField({ label, error, hint, children, id }: {
  label: string; error?: string; hint?: string; id?: string;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}) {
  const inputId = id ?? children.props.id ?? nextId();
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const input = isValidElement(children)
    ? cloneElement(children, {
        id: inputId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
      })
    : children;
  return (
    <div className={`form-field ${error ? 'has-error' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {input}
      {hint && <p className="form-hint" id={hintId}>{hint}</p>}
      {error && <p className="form-field-error" id={errorId} role="alert">{error}</p>}
    </div>
  );
}

/** Messages that belong to no one field (a business rule, the connection). */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <div className="form-error" role="alert" data-testid="form-error">
      {messages.map((message) => <p key={message}>{message}</p>)}
    </div>
  );
}

/** A submit button that says what it is doing and is disabled while it does it (no double submit). */
export function SubmitButton({ busy, children, busyLabel, className = 'button primary', disabled }: {
  busy: boolean; children: ReactNode; busyLabel?: string; className?: string; disabled?: boolean;
}) {
  return (
    <button type="submit" className={className} disabled={busy || disabled} aria-busy={busy}>
      {busy && <span className="spinner small" aria-hidden="true" />}
      {busy ? (busyLabel ?? 'Saving…') : children}
    </button>
  );
}
