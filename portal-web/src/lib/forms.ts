/**
 * Office forms: react-hook-form for state and validation before sending (zod schemas through
 * @hookform/resolvers), and the server's `userErrors` put back next to the field they name.
 *
 * A userError's `field` is a path from the mutation's arguments: ["input", "billingEmail"] or
 * ["input", "lines", "2", "amount"]. The form's field names are the same path without "input" and dotted
 * ("billingEmail", "lines.2.amount"), so a form whose names follow the input type needs no mapping; `rename`
 * covers the rest. Errors that name no field of the form are returned, to be shown above the buttons.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { describeError, describeUserError, type UserErrorLike } from './errors';

export function applyUserErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  errors: readonly UserErrorLike[] | null | undefined,
  known: readonly string[],
  rename: Record<string, string> = {},
): string[] {
  const rest: string[] = [];
  let focused = false;
  for (const error of errors ?? []) {
    const path = (error.field ?? []).filter((part, index) => !(index === 0 && part === 'input')).join('.');
    const name = rename[path] ?? path;
    if (name && known.includes(name)) {
      setError(name as Path<T>, { type: 'server', message: describeUserError(error) }, { shouldFocus: !focused });
      focused = true;
    } else {
      rest.push(describeUserError(error));
    }
  }
  return Array.from(new Set(rest));
}

/**
 * The outcome of a mutation sent from a form, in one shape: `ok` with the payload, or the messages to show.
 * A transport or GraphQL error becomes words (never "[GraphQL] …"); userErrors are left to `applyUserErrors`.
 */
export type Sent<P> = { ok: true; payload: P } | { ok: false; messages: string[]; userErrors: readonly UserErrorLike[] };

export function outcome<P extends { userErrors: readonly UserErrorLike[] }>(
  result: { data?: Record<string, unknown> | null; error?: Parameters<typeof describeError>[0] },
  field: string,
): Sent<P> {
  const payload = result.data?.[field] as P | null | undefined;
  if (!payload) return { ok: false, messages: [describeError(result.error) || 'Nothing was saved. Try again.'], userErrors: [] };
  if (payload.userErrors.length) return { ok: false, messages: [], userErrors: payload.userErrors };
  return { ok: true, payload };
}
