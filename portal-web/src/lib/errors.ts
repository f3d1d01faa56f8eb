/**
 * Every error the API can give, in words a client understands. Pages never show a raw GraphQL message
 * ("[GraphQL] Variable '$input' has invalid value…"): they pass what they got through `describeError`
 * (a failed request) or `describeUserErrors` (a mutation's `userErrors`, whose messages are already
 * written for people).
 */

export interface UserErrorLike {
  field?: readonly string[] | null;
  code?: string | null;
  message: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export interface RequestErrorLike {
  message?: string;
  networkError?: unknown;
  graphQLErrors?: readonly GraphQLErrorLike[];
  response?: { status?: number } | null;
}

export const NO_CONNECTION = 'The server cannot be reached. Check your connection and try again.';
export const SIGNED_OUT = 'Your session has ended. Sign in again to continue.';
export const NOT_ALLOWED = 'You do not have access to this. Ask the office if you think you should.';
export const TOO_MANY = 'Too many attempts in a short time. Wait a minute and try again.';
export const TRY_AGAIN = 'Something went wrong on our side. Try again in a moment; if it keeps happening, contact the office.';

/** Messages the server writes for people (PublicError, business rules): shown as they are. */
const PUBLIC_CODES = new Set(['BAD_REQUEST', 'NOT_FOUND', 'CONFLICT', 'INVALID', 'PUBLIC']);

/** What a value a person typed is called, for input-coercion errors ("…invalid value at .amount…"). */
const FIELD_WORDS: Record<string, string> = {
  amount: 'The amount must be a number like 120 or 120.50.',
  occurredAt: 'The date is not a valid date.',
  quantity: 'The quantity must be a number.',
  email: 'The e-mail address is not valid.',
  code: 'The code is the 6 digits from the e-mail.',
};

/** Whether a GraphQL error is one of GraphQL's own (validation, coercion) rather than a message for people. */
function isTechnical(message: string): boolean {
  return /Variable '\$|Cannot query field|Unknown argument|Syntax Error|Expected type|cannot represent|Field '.+' of required type|Int cannot|Decimal|invalid value/i.test(message);
}

/** One GraphQL error in words. */
export function describeGraphQLError(error: GraphQLErrorLike): string {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : '';
  const message = error.message.replace(/^\[GraphQL\]\s*/, '');
  if (code === 'UNAUTHENTICATED') return SIGNED_OUT;
  if (code === 'FORBIDDEN' || (!code && /not allowed|only (staff|the office|office staff|a client)/i.test(message))) return NOT_ALLOWED;
  if (code === 'RATE_LIMITED' || /too many/i.test(message)) return TOO_MANY;
  if (isTechnical(message)) {
    const field = /at "?[\w$]*\.?(\w+)"?|\.(\w+)\b/.exec(message.slice(message.indexOf('value')));
    const name = field?.[1] ?? field?.[2] ?? '';
    return FIELD_WORDS[name] ?? 'Some of what you entered is not in the expected form. Check it and try again.';
  }
  if (code === 'INTERNAL_SERVER_ERROR' || /internal|unexpected|exception|traceback|sql/i.test(message)) return TRY_AGAIN;
  if (PUBLIC_CODES.has(code) || message.length < 300) return message;
  return TRY_AGAIN;
}

/** A failed request (urql's CombinedError, a thrown Error, a string) in words. */
export function describeError(error: RequestErrorLike | Error | string | null | undefined): string {
  if (!error) return '';
  if (typeof error === 'string') return error.replace(/^\[(GraphQL|Network)\]\s*/, '');
  const combined = error as RequestErrorLike;
  if (combined.networkError) {
    const status = combined.response?.status;
    if (status === 401) return SIGNED_OUT;
    if (status === 403) return NOT_ALLOWED;
    if (status === 413) return 'That file is too large to send.';
    if (status === 429) return TOO_MANY;
    if (status && status >= 500) return TRY_AGAIN;
    return NO_CONNECTION;
  }
  if (combined.graphQLErrors?.length) {
    return Array.from(new Set(combined.graphQLErrors.map(describeGraphQLError))).join(' ');
  }
  return describeGraphQLError({ message: combined.message ?? '' });
}

/** A payment sent again under its idempotency key with other details: the first one went through. */
export const ALREADY_REPORTED = 'This payment was already reported — reload to see it.';
export const DUPLICATE_REFERENCE = 'A payment with this reference is already recorded. If this is another payment, give it its own reference.';

/**
 * userError codes whose server message is not the one to show a client. IDEMPOTENCY_KEY_REUSED speaks of keys
 * (the portal made the key, the person did not); DUPLICATE_REFERENCE names the earlier payment in words, so its
 * message is kept and these words are only for an answer without one.
 */
const USER_ERROR_WORDS: Record<string, { words: string; keepMessage: boolean }> = {
  IDEMPOTENCY_KEY_REUSED: { words: ALREADY_REPORTED, keepMessage: false },
  DUPLICATE_REFERENCE: { words: DUPLICATE_REFERENCE, keepMessage: true },
};

/** One userError in words: its message (written for people) unless its code has words of its own. */
export function describeUserError(error: UserErrorLike): string {
  const mapped = error.code ? USER_ERROR_WORDS[error.code] : undefined;
  if (!mapped) return error.message;
  return mapped.keepMessage && error.message.trim() ? error.message : mapped.words;
}

/** A mutation's userErrors, one sentence each (the same sentence once). */
export function describeUserErrors(errors: readonly UserErrorLike[] | null | undefined): string {
  return Array.from(new Set((errors ?? []).map(describeUserError))).join(' ');
}

/**
 * A money amount as a person types it ("120", "1,200.50", "$80") checked before it is sent: the amount as the
 * API wants it ("1200.50"), or the reason it can't be.
 */
export function parseAmount(text: string, max?: number): { amount: string } | { error: string } {
  const cleaned = text.trim().replace(/^[$€£]\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (!cleaned) return { error: 'Enter the amount you paid.' };
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return { error: 'The amount must be a number like 120 or 120.50.' };
  const value = Number(cleaned);
  if (value <= 0) return { error: 'The amount must be more than zero.' };
  if (value >= 1e9) return { error: 'That amount is too large.' };
  if (max !== undefined && value > max) return { error: `The amount is more than what is left to pay.` };
  return { amount: cleaned };
}
