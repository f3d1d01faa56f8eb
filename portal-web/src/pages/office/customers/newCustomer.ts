/**
 * The new-customer form's rules, apart from the screen: what is checked before sending (zod), and how the form's
 * values become `customerCreate`'s input (one e-mail and one phone typed, a first property when asked for).
 */
import { z } from 'zod';
import type { CustomerCreateInput, CustomerKind, PropertyType } from '../../../gql/graphql';

const optional = (max: number, what: string) => z.string().trim().max(max, `${what} is too long (at most ${max} characters).`);

const address = z.object({
  line1: optional(200, 'The street'),
  line2: optional(200, 'This line'),
  city: optional(200, 'The city'),
  region: optional(200, 'The state'),
  postalCode: optional(20, 'The ZIP code'),
});

export const newCustomerSchema = z.object({
  kind: z.enum(['RESIDENTIAL', 'BUSINESS', 'PROPERTY_MANAGER']),
  displayName: z.string().trim().min(1, 'Type the customer’s name.').max(200, 'The name is too long (at most 200 characters).'),
  billingName: optional(200, 'The billing name'),
  email: z.string().trim().refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    'This is not an e-mail address: it needs a name, an @ and a domain, like ana@example.com.'),
  phone: z.string().trim().refine((value) => value === '' || (/^[\d\s().+\-/]+$/.test(value) && (value.match(/\d/g) ?? []).length >= 10),
    'Type the whole number with its area code, like (555) 010-2030.'),
  billingAddress: address,
  addProperty: z.boolean(),
  sameAddress: z.boolean(),
  property: z.object({
    name: optional(200, 'The name'),
    type: z.enum(['RESIDENTIAL', 'BUSINESS', 'POOL']),
    address,
    accessNotes: optional(2000, 'The access notes'),
  }),
  internalNotes: optional(20000, 'The notes'),
  confirmNew: z.boolean(),
}).superRefine((values, ctx) => {
  if (!values.addProperty) return;
  const place = values.sameAddress ? values.billingAddress : values.property.address;
  const prefix = values.sameAddress ? ['billingAddress'] : ['property', 'address'];
  if (!values.property.name) ctx.addIssue({ code: 'custom', path: ['property', 'name'], message: 'Give the property a name, e.g. “Home”.' });
  if (!place.line1) ctx.addIssue({ code: 'custom', path: [...prefix, 'line1'], message: 'Give the street and number.' });
  if (!place.city) ctx.addIssue({ code: 'custom', path: [...prefix, 'city'], message: 'Give the city.' });
});

export type NewCustomerValues = z.infer<typeof newCustomerSchema>;

export const EMPTY_ADDRESS = { line1: '', line2: '', city: '', region: '', postalCode: '' };

export function emptyNewCustomer(name = ''): NewCustomerValues {
  return {
    kind: 'RESIDENTIAL', displayName: name, billingName: '', email: '', phone: '', billingAddress: { ...EMPTY_ADDRESS },
    addProperty: true, sameAddress: true, property: { name: 'Home', type: 'RESIDENTIAL', address: { ...EMPTY_ADDRESS }, accessNotes: '' },
    internalNotes: '', confirmNew: false,
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function addressInput(value: NewCustomerValues['billingAddress']) {
  return { line1: blankToNull(value.line1), line2: blankToNull(value.line2), city: blankToNull(value.city),
    region: blankToNull(value.region), postalCode: blankToNull(value.postalCode) };
}

const hasAddress = (value: NewCustomerValues['billingAddress']) => Object.values(value).some((part) => part.trim() !== '');

/** The form's values as `customerCreate`'s input. */
export function toCreateInput(values: NewCustomerValues): CustomerCreateInput {
  const place = values.sameAddress ? values.billingAddress : values.property.address;
  return {
    kind: values.kind as CustomerKind,
    displayName: values.displayName.trim(),
    billingName: blankToNull(values.billingName),
    emails: values.email.trim() ? [values.email.trim()] : [],
    phones: values.phone.trim() ? [values.phone.trim()] : [],
    billingAddress: hasAddress(values.billingAddress) ? addressInput(values.billingAddress) : null,
    internalNotes: blankToNull(values.internalNotes),
    confirmNew: values.confirmNew,
    firstProperty: values.addProperty ? {
      name: values.property.name.trim(), type: values.property.type as PropertyType, address: addressInput(place),
      accessNotes: blankToNull(values.property.accessNotes),
    } : null,
  };
}

/**
 * Where each userError of customerCreate goes in this form: the input's paths, renamed to the form's fields
 * (one e-mail and one phone; the property's address is the billing address when "same address" is ticked).
 */
export function fieldRenames(sameAddress: boolean): Record<string, string> {
  const renames: Record<string, string> = { 'emails.0': 'email', emails: 'email', 'phones.0': 'phone', phones: 'phone',
    'firstProperty.name': 'property.name', 'firstProperty.accessNotes': 'property.accessNotes' };
  for (const part of ['line1', 'line2', 'city', 'region', 'postalCode']) {
    renames[`firstProperty.address.${part}`] = sameAddress ? `billingAddress.${part}` : `property.address.${part}`;
  }
  return renames;
}

export const FORM_FIELDS = ['kind', 'displayName', 'billingName', 'email', 'phone', 'internalNotes', 'property.name', 'property.accessNotes',
  ...['line1', 'line2', 'city', 'region', 'postalCode'].flatMap((part) => [`billingAddress.${part}`, `property.address.${part}`])];

/** What the duplicate search is asked while typing: only what is worth looking up (a name of 3+ letters, …). */
export function duplicateQuestion(values: Pick<NewCustomerValues, 'displayName' | 'billingName' | 'email' | 'phone'>) {
  const name = values.displayName.trim();
  const billingName = values.billingName.trim();
  const email = values.email.trim();
  const phone = values.phone.trim();
  const question = {
    name: name.length >= 3 ? name : null,
    billingName: billingName.length >= 3 ? billingName : null,
    email: email.includes('@') ? email : null,
    phone: (phone.match(/\d/g) ?? []).length >= 10 ? phone : null,
  };
  return Object.values(question).some(Boolean) ? question : null;
}

const REASON_WORDS: Record<string, string> = {
  NAME: 'same name', BILLING_NAME: 'same billing name', EMAIL: 'same e-mail', PHONE: 'same phone', SIMILAR_NAME: 'similar name',
};

/** "same e-mail, same phone" */
export function reasonWords(reasons: readonly string[]): string {
  return reasons.map((reason) => REASON_WORDS[reason] ?? reason.toLowerCase()).join(', ');
}
