/**
 * Idempotency keys for payments (`paymentReport`, `paymentRecord`): the API records a payment once per key, so a
 * double click, a retry after a timeout or a resubmit after an error can't record it twice.
 */

/** What the key needs from the browser's `crypto` (`randomUUID` only exists on secure origins: https, localhost). */
export interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID?: () => string;
}

/** A new random (version 4) UUID: `crypto.randomUUID()`, or one made from `crypto.getRandomValues` without it. */
export function newIdempotencyKey(random: RandomSource = globalThis.crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx (RFC 9562)
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The key of one payment form: made when the form is opened and sent again with every submit of that form (a
 * retry of the same payment); opening the form again starts a new payment with a new key.
 */
export class FormKey {
  private key: string | null = null;

  constructor(private readonly make: () => string = newIdempotencyKey) {}

  /** The form was opened: a new payment, a new key. */
  open(): string {
    this.key = this.make();
    return this.key;
  }

  /** The key to send with this submit (the same until the form is opened again). */
  get current(): string {
    return this.key ?? this.open();
  }
}
