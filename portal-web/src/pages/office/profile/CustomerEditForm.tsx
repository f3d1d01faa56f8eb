/**
 * Change a customer (customerUpdate): names, kind, e-mails and phones, billing address, notes, portal access.
 * A name, e-mail or phone another customer has is refused with DUPLICATE_CANDIDATES: the matches are named and
 * "Save anyway" sends it again with `confirmNew`.
 */
import { useState } from 'react';
import { useMutation } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { CustomerKind } from '../../../gql/graphql';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { Link } from '../../../lib/router';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { CUSTOMER_KIND_LABEL, splitList } from './labels';

const CustomerUpdate = graphql(`
  mutation OfficeCustomerUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      userErrors { field code message }
      duplicateCandidates { customer { id displayName } reasons }
      customer { id displayName billingName kind emails phones customerNotes internalNotes portalAccess status
        billingAddress { line1 line2 city region postalCode country } }
    }
  }
`);

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const schema = z.object({
  displayName: z.string().trim().min(1, 'Enter the name the company knows the client by.').max(200, 'At most 200 characters.'),
  billingName: z.string().trim().max(200, 'At most 200 characters.'),
  kind: z.enum(['RESIDENTIAL', 'BUSINESS', 'PROPERTY_MANAGER']),
  emails: z.string().refine((text) => splitList(text).every((item) => email.test(item)), 'One of the e-mail addresses is not valid.'),
  phones: z.string().refine((text) => splitList(text).every((item) => /^[+()\d\s.-]{7,}$/.test(item)), 'One of the phone numbers is not valid.'),
  billingAddress: z.object({
    line1: z.string().trim().max(200), line2: z.string().trim().max(200), city: z.string().trim().max(100),
    region: z.string().trim().max(100), postalCode: z.string().trim().max(20), country: z.string().trim().max(2, 'Two letters, e.g. US.'),
  }),
  customerNotes: z.string().max(5000, 'At most 5,000 characters.'),
  internalNotes: z.string().max(5000, 'At most 5,000 characters.'),
  portalAccess: z.boolean(),
});
type Values = z.infer<typeof schema>;
const KNOWN = ['displayName', 'billingName', 'kind', 'emails', 'phones', 'billingAddress.line1', 'billingAddress.line2', 'billingAddress.city',
  'billingAddress.region', 'billingAddress.postalCode', 'billingAddress.country', 'customerNotes', 'internalNotes', 'portalAccess'];
// An error about the third e-mail ("emails.2") belongs to the e-mails box.
const RENAME: Record<string, string> = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [[`emails.${index}`, 'emails'], [`phones.${index}`, 'phones']]).flat());

type Customer = {
  id: string; displayName: string; billingName?: string | null; kind: CustomerKind; emails: string[]; phones: string[];
  customerNotes?: string | null; internalNotes?: string | null; portalAccess: boolean;
  billingAddress: { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null; postalCode?: string | null; country?: string | null };
};
type Payload = { userErrors: { field?: string[] | null; code: string; message: string }[]; duplicateCandidates: { customer: { id: string; displayName: string }; reasons: string[] }[] };

export function CustomerEditForm({ customer, onDone, onCancel }: { customer: Customer; onDone: () => void; onCancel: () => void }) {
  const [, update] = useMutation(CustomerUpdate);
  const [messages, setMessages] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<Payload['duplicateCandidates']>([]);
  const address = customer.billingAddress;
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      displayName: customer.displayName, billingName: customer.billingName ?? '', kind: customer.kind,
      emails: customer.emails.join('\n'), phones: customer.phones.join('\n'),
      billingAddress: { line1: address.line1 ?? '', line2: address.line2 ?? '', city: address.city ?? '', region: address.region ?? '', postalCode: address.postalCode ?? '', country: address.country ?? '' },
      customerNotes: customer.customerNotes ?? '', internalNotes: customer.internalNotes ?? '', portalAccess: customer.portalAccess,
    },
  });
  async function send(values: Values, confirmNew: boolean) {
    setMessages([]);
    const blank = (text: string) => text.trim() || null;
    const result = await update({ input: {
      id: customer.id, confirmNew, displayName: values.displayName.trim(), billingName: blank(values.billingName), kind: values.kind,
      emails: splitList(values.emails), phones: splitList(values.phones),
      billingAddress: Object.fromEntries(Object.entries(values.billingAddress).map(([key, value]) => [key, blank(value)])),
      customerNotes: blank(values.customerNotes), internalNotes: blank(values.internalNotes), portalAccess: values.portalAccess,
    } });
    const sent = outcome<Payload>(result, 'customerUpdate');
    if (!sent.ok) {
      const dupes = (result.data?.customerUpdate?.duplicateCandidates ?? []) as Payload['duplicateCandidates'];
      setDuplicates(sent.userErrors.some((problem) => problem.code === 'DUPLICATE_CANDIDATES') ? dupes : []);
      const rest = applyUserErrors(setError, sent.userErrors.filter((problem) => problem.code !== 'DUPLICATE_CANDIDATES'), KNOWN, RENAME);
      setMessages([...sent.messages, ...rest]);
      return;
    }
    setDuplicates([]);
    onDone();
  }
  const submit = handleSubmit((values) => send(values, false));
  const anyway = handleSubmit((values) => send(values, true));
  return (
    <form className="card customer-form" noValidate onSubmit={submit} aria-labelledby="edit-title">
      <h2 id="edit-title">Edit customer</h2>
      <div className="form-grid-2">
        <FormField label="Name" error={errors.displayName?.message}><input type="text" autoFocus {...register('displayName')} /></FormField>
        <FormField label="Billing name" hint="Leave empty to bill under the name." error={errors.billingName?.message}><input type="text" {...register('billingName')} /></FormField>
        <FormField label="Kind" error={errors.kind?.message}>
          <select {...register('kind')}>{Object.entries(CUSTOMER_KIND_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}</select>
        </FormField>
        <label className="check-label form-check"><input type="checkbox" {...register('portalAccess')} /> The client's users may sign in to the portal</label>
        <FormField label="E-mail addresses" hint="One per line." error={errors.emails?.message}><textarea rows={2} {...register('emails')} /></FormField>
        <FormField label="Phone numbers" hint="One per line." error={errors.phones?.message}><textarea rows={2} {...register('phones')} /></FormField>
      </div>
      <fieldset className="form-grid-2">
        <legend>Billing address</legend>
        <FormField label="Street" error={errors.billingAddress?.line1?.message}><input type="text" {...register('billingAddress.line1')} /></FormField>
        <FormField label="Apartment, suite" error={errors.billingAddress?.line2?.message}><input type="text" {...register('billingAddress.line2')} /></FormField>
        <FormField label="City" error={errors.billingAddress?.city?.message}><input type="text" {...register('billingAddress.city')} /></FormField>
        <FormField label="State or region" error={errors.billingAddress?.region?.message}><input type="text" {...register('billingAddress.region')} /></FormField>
        <FormField label="ZIP or postal code" error={errors.billingAddress?.postalCode?.message}><input type="text" {...register('billingAddress.postalCode')} /></FormField>
        <FormField label="Country" hint="Two letters, e.g. US." error={errors.billingAddress?.country?.message}><input type="text" {...register('billingAddress.country')} /></FormField>
      </fieldset>
      <div className="form-grid-2">
        <FormField label="Notes the client reads" error={errors.customerNotes?.message}><textarea rows={3} {...register('customerNotes')} /></FormField>
        <FormField label="Internal notes (office only)" error={errors.internalNotes?.message}><textarea rows={3} {...register('internalNotes')} /></FormField>
      </div>
      {duplicates.length > 0 && (
        <div className="form-error" role="alert">
          <p>Another customer already has this name, e-mail or phone:</p>
          <ul>{duplicates.map((candidate) => (
            <li key={candidate.customer.id}><Link href={`/customers/${encodeURIComponent(candidate.customer.id)}`}>{candidate.customer.displayName}</Link> ({candidate.reasons.join(', ').replace(/_/g, ' ').toLowerCase()})</li>
          ))}</ul>
          <p>Open it to merge the two, or save this one anyway.</p>
        </div>
      )}
      <FormErrors messages={messages} />
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onCancel}>Cancel</button>
        {duplicates.length > 0 && <button type="button" className="button secondary" disabled={isSubmitting} onClick={() => void anyway()}>Save anyway</button>}
        <SubmitButton busy={isSubmitting}>Save customer</SubmitButton>
      </div>
    </form>
  );
}
