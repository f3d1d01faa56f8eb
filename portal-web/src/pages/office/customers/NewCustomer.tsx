import { useEffect, useState } from 'react';
import { useForm, useWatch, type FieldError, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { DuplicateCandidatesQuery } from '../../../gql/graphql';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { PageHeader } from '../../../components/ui';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { Link, navigate, useLocation } from '../../../lib/router';
import { formatPhone } from './phone';
import { KIND_LABEL } from './Customers';
import {
  FORM_FIELDS, duplicateQuestion, emptyNewCustomer, fieldRenames, newCustomerSchema, reasonWords, toCreateInput,
  type NewCustomerValues,
} from './newCustomer';
import './customers.css';

const CandidatesQuery = graphql(`
  query DuplicateCandidates($name: String, $billingName: String, $email: String, $phone: String) {
    duplicateCandidates(name: $name, billingName: $billingName, email: $email, phone: $phone) {
      exact archived reasons matchedEmails matchedPhones
      customer { id displayName billingName emails phones billingAddress { line1 city } }
    }
  }
`);

const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer { id displayName }
      property { id name customer { id } }
      duplicateCandidates {
        exact archived reasons matchedEmails matchedPhones
        customer { id displayName billingName emails phones billingAddress { line1 city } }
      }
      userErrors { field code message }
    }
  }
`);

type Candidate = DuplicateCandidatesQuery['duplicateCandidates'][number];

/** Waits until the value has not changed for `ms` (the duplicate search runs when the typing pauses). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]); // eslint-disable-line react-hooks/exhaustive-deps
  return settled;
}

function errorAt(errors: FieldErrors<NewCustomerValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as FieldError | undefined)?.message;
}

function Candidates({ candidates, confirmed, onConfirm }: { candidates: readonly Candidate[]; confirmed: boolean; onConfirm: (value: boolean) => void }) {
  if (!candidates.length) return null;
  const exact = candidates.some((candidate) => candidate.exact);
  return (
    <section className={`duplicates ${exact ? 'duplicates-exact' : ''}`} aria-live="polite" data-testid="duplicates">
      <h2>{exact ? 'This client may already be here' : 'Customers with a similar name'}</h2>
      <p>{exact
        ? 'Open the existing customer instead of creating the same client twice.'
        : 'Check it is not one of these before creating a new customer.'}</p>
      <ul className="duplicate-list">
        {candidates.map((candidate) => (
          <li key={candidate.customer.id}>
            <div>
              <strong>{candidate.customer.displayName}</strong>
              {candidate.archived && <span className="badge badge-neutral">Archived</span>}
              <span className="duplicate-why">{reasonWords(candidate.reasons)}</span>
              <span className="duplicate-detail">
                {[candidate.customer.emails[0], candidate.customer.phones[0] && formatPhone(candidate.customer.phones[0]),
                  candidate.customer.billingAddress.city].filter(Boolean).join(' · ')}
              </span>
            </div>
            <Link className="button secondary small" href={`/customers/${encodeURIComponent(candidate.customer.id)}`}>Open the existing one</Link>
          </li>
        ))}
      </ul>
      {exact && (
        <label className="confirm-new">
          <input type="checkbox" checked={confirmed} onChange={(event) => onConfirm(event.target.checked)} />
          It is a different client: create a new customer anyway
        </label>
      )}
    </section>
  );
}

function AddressFields({ prefix, register, errors, legend }: {
  prefix: 'billingAddress' | 'property.address'; legend: string;
  register: ReturnType<typeof useForm<NewCustomerValues>>['register']; errors: FieldErrors<NewCustomerValues>;
}) {
  const field = (part: string) => `${prefix}.${part}` as const;
  return (
    <fieldset className="form-grid address-fields">
      <legend>{legend}</legend>
      <FormField label="Street and number" error={errorAt(errors, field('line1'))}><input autoComplete="off" {...register(field('line1') as 'billingAddress.line1')} /></FormField>
      <FormField label="Apartment, suite (optional)" error={errorAt(errors, field('line2'))}><input autoComplete="off" {...register(field('line2') as 'billingAddress.line2')} /></FormField>
      <FormField label="City" error={errorAt(errors, field('city'))}><input autoComplete="off" {...register(field('city') as 'billingAddress.city')} /></FormField>
      <FormField label="State" error={errorAt(errors, field('region'))}><input autoComplete="off" {...register(field('region') as 'billingAddress.region')} /></FormField>
      <FormField label="ZIP code" error={errorAt(errors, field('postalCode'))}><input autoComplete="off" inputMode="numeric" className="nowrap" {...register(field('postalCode') as 'billingAddress.postalCode')} /></FormField>
    </fieldset>
  );
}

export default function NewCustomer() {
  const { search } = useLocation();
  const { register, handleSubmit, control, setError, setValue, formState: { errors, isSubmitting } } = useForm<NewCustomerValues>({
    resolver: zodResolver(newCustomerSchema),
    defaultValues: emptyNewCustomer(search.get('name') ?? ''),
  });
  const [messages, setMessages] = useState<string[]>([]);
  const [refused, setRefused] = useState<readonly Candidate[]>([]);
  const [, create] = useMutation(CreateCustomer);
  const [displayName, billingName, email, phone, addProperty, sameAddress, confirmNew] = useWatch({
    control, name: ['displayName', 'billingName', 'email', 'phone', 'addProperty', 'sameAddress', 'confirmNew'],
  });
  const question = useDebounced(duplicateQuestion({ displayName, billingName, email, phone }), 350);
  const [{ data: found }] = useQuery({ query: CandidatesQuery, variables: question ?? {}, pause: !question });
  const candidates = question ? (found?.duplicateCandidates ?? refused) : refused;
  const exact = candidates.some((candidate) => candidate.exact);

  async function submit(values: NewCustomerValues) {
    setMessages([]);
    const result = await create({ input: toCreateInput(values) });
    const sent = outcome<NonNullable<NonNullable<typeof result.data>['customerCreate']>>(result, 'customerCreate');
    if (sent.ok) {
      const id = sent.payload.customer?.id;
      if (id) navigate(`/customers/${encodeURIComponent(id)}`);
      return;
    }
    const payload = result.data?.customerCreate;
    if (payload?.duplicateCandidates.length) setRefused(payload.duplicateCandidates);
    const duplicate = sent.userErrors.some((error) => error.code === 'DUPLICATE_CANDIDATES');
    const rest = applyUserErrors(setError, sent.userErrors.filter((error) => error.code !== 'DUPLICATE_CANDIDATES'), FORM_FIELDS, fieldRenames(values.sameAddress));
    setMessages([...sent.messages, ...rest,
      ...(duplicate ? ['Nothing was created: this client may already be here. Open the existing customer, or tick “create anyway”.'] : [])]);
  }

  return (
    <>
      <PageHeader title="New customer">
        <Link href="/customers" className="button secondary">Back to customers</Link>
      </PageHeader>
      <form className="card new-customer" noValidate onSubmit={handleSubmit(submit)}>
        <div className="form-grid">
          <FormField label="Name" hint="The name the company knows the client by." error={errors.displayName?.message}>
            <input autoComplete="off" autoFocus {...register('displayName')} />
          </FormField>
          <FormField label="Kind" error={errors.kind?.message}>
            <select {...register('kind')}>
              {Object.entries(KIND_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </FormField>
          <FormField label="Billing name (optional)" hint="Who invoices are addressed to, if not the name." error={errors.billingName?.message}>
            <input autoComplete="off" {...register('billingName')} />
          </FormField>
          <FormField label="E-mail" error={errors.email?.message}>
            <input type="email" autoComplete="off" {...register('email')} />
          </FormField>
          <FormField label="Phone" error={errors.phone?.message}>
            <input type="tel" autoComplete="off" className="nowrap" {...register('phone')} />
          </FormField>
        </div>

        <Candidates candidates={candidates} confirmed={confirmNew} onConfirm={(value) => setValue('confirmNew', value)} />

        <AddressFields prefix="billingAddress" legend="Billing address" register={register} errors={errors} />

        <fieldset className="first-property">
          <legend>First property</legend>
          <label className="nc-check"><input type="checkbox" {...register('addProperty')} /> Add the place where the work happens now</label>
          {addProperty && (
            <>
              <div className="form-grid">
                <FormField label="Property name" hint="What the client calls it, e.g. “Home” or “Main office”." error={errors.property?.name?.message}>
                  <input autoComplete="off" {...register('property.name')} />
                </FormField>
                <FormField label="Type">
                  <select {...register('property.type')}>
                    <option value="RESIDENTIAL">Residential</option>
                    <option value="BUSINESS">Business</option>
                    <option value="POOL">Pool</option>
                  </select>
                </FormField>
                <FormField label="Access notes (optional)" hint="Gate code, lockbox: shown to the crew and the client." error={errors.property?.accessNotes?.message}>
                  <input autoComplete="off" {...register('property.accessNotes')} />
                </FormField>
              </div>
              <label className="nc-check"><input type="checkbox" {...register('sameAddress')} /> At the billing address</label>
              {!sameAddress && <AddressFields prefix="property.address" legend="Property address" register={register} errors={errors} />}
            </>
          )}
        </fieldset>

        <div className="form-grid">
          <FormField label="Internal notes (optional)" hint="Only the office sees these." error={errors.internalNotes?.message}>
            <textarea {...register('internalNotes')} />
          </FormField>
        </div>

        <FormErrors messages={messages} />
        <div className="form-actions">
          <SubmitButton busy={isSubmitting} busyLabel="Creating…" disabled={exact && !confirmNew}>
            {exact && confirmNew ? 'Create anyway' : addProperty ? 'Create customer and property' : 'Create customer'}
          </SubmitButton>
          {exact && !confirmNew && <span className="form-hint">Open the existing customer above, or tick “create anyway”.</span>}
        </div>
      </form>
    </>
  );
}
