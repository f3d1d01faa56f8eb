/**
 * The company's own settings (`companyUpdate`, owner only): details and address, taxes and fees, invoice
 * numbering, the logo. Each section is its own form: it sends only its fields, so saving one never touches another.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { CompanyUpdateInput } from '../../../gql/graphql';
import { ErrorState, Loading } from '../../../components/ui';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { applyUserErrors, outcome } from '../../../lib/forms';
import type { UserErrorLike } from '../../../lib/errors';
import { decimalProblem, invoiceNumberPreview } from './settings';

const CompanySettings = graphql(`
  query SettingsCompany {
    company {
      name timeZone currency email phone website
      address { line1 line2 city region postalCode country }
      taxRate cardFeePercent cardFeeFixed { amount } achFeePercent achFeeFixed { amount } paymentTermsDays
      invoicePrefix nextInvoiceNumber notifyClientsOnJobFinished hasLogo logoUrl
    }
  }
`);

const UpdateCompany = graphql(`
  mutation SettingsCompanyUpdate($input: CompanyUpdateInput!) {
    companyUpdate(input: $input) {
      userErrors { field code message }
      company {
        name timeZone currency email phone website
        address { line1 line2 city region postalCode country }
        taxRate cardFeePercent cardFeeFixed { amount } achFeePercent achFeeFixed { amount } paymentTermsDays
        invoicePrefix nextInvoiceNumber notifyClientsOnJobFinished hasLogo logoUrl
      }
    }
  }
`);

type Payload = { userErrors: readonly UserErrorLike[] };

function useCompany() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: CompanySettings, requestPolicy: 'cache-and-network' });
  return { company: data?.company, error, fetching, refetch };
}

function Saved({ when }: { when: number | null }) {
  if (!when) return null;
  return <span className="success" role="status" data-testid="saved">Saved.</span>;
}

/** A section's frame while its company data loads or failed. */
function Frame({ title, intro, error, loading, retry, children }: {
  title: string; intro: string; error?: Parameters<typeof ErrorState>[0]['error']; loading: boolean; retry: () => void;
  children: React.ReactNode;
}) {
  return (
    <section className="card" aria-labelledby="section-title">
      <h2 id="section-title">{title}</h2>
      <p className="section-intro">{intro}</p>
      {error ? <ErrorState error={error} retry={retry} /> : loading ? <Loading /> : children}
    </section>
  );
}

type Company = NonNullable<ReturnType<typeof useCompany>['company']>;

/** A section once the company is read: its frame, and its form for the company (or the error, or loading). */
function CompanySection({ title, intro, children }: { title: string; intro: string; children: (company: Company) => ReactNode }) {
  const { company, error, fetching, refetch } = useCompany();
  return (
    <Frame title={title} intro={intro} error={!company ? error : undefined} loading={fetching && !company}
      retry={() => refetch({ requestPolicy: 'network-only' })}>
      {company && children(company)}
    </Frame>
  );
}

/**
 * One section's form: react-hook-form checked by its zod schema, sent as a `companyUpdate` of that section's fields
 * only (`toInput`); the server's problems next to the `fields` they name, the rest above the button, "Saved." after.
 */
function useCompanyForm<T extends FieldValues>(resolver: Resolver<T>, defaultValues: DefaultValues<T>,
  toInput: (values: T) => CompanyUpdateInput, fields: readonly string[]) {
  const [, update] = useMutation(UpdateCompany);
  const [messages, setMessages] = useState<string[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const form = useForm<T>({ resolver, defaultValues });
  const submit = form.handleSubmit(async (values) => {
    setMessages([]);
    setSaved(null);
    const sent = outcome<Payload>(await update({ input: toInput(values) }), 'companyUpdate');
    if (!sent.ok) { setMessages([...sent.messages, ...applyUserErrors(form.setError, sent.userErrors, fields)]); return; }
    form.reset(values);
    setSaved(Date.now());
  });
  return { form, messages, saved, submit };
}

/** The end of each section's form: what went wrong, the save button (once something changed), "Saved.". */
function SectionActions({ messages, busy, dirty, saved, children }: {
  messages: string[]; busy: boolean; dirty: boolean; saved: number | null; children: ReactNode;
}) {
  return (
    <>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={busy} disabled={!dirty}>{children}</SubmitButton>
        <Saved when={saved} />
      </div>
    </>
  );
}

const opt = (text: string) => (text.trim() ? text.trim() : null);

// ------------------------------------------------------------------------------------------------ details

/** Every IANA zone the browser knows (`Intl.supportedValuesOf`, not yet in this TypeScript lib). */
const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
const TIME_ZONES: string[] = supported ? supported('timeZone') : [];

const details = z.object({
  name: z.string().trim().min(1, 'Enter the company’s name.').max(200, 'Use at most 200 characters.'),
  email: z.union([z.literal(''), z.string().trim().email('That is not an e-mail address (name@example.com).')]),
  phone: z.string().trim().max(40, 'Use at most 40 characters.'),
  website: z.union([z.literal(''), z.string().trim().regex(/^https?:\/\/\S+\.\S+$/, 'Use a full address like https://example.com.')]),
  timeZone: z.string().min(1, 'Choose a time zone.'),
  currency: z.string().trim().regex(/^[A-Za-z]{3}$/, 'Use a three-letter code like USD.'),
  notifyClientsOnJobFinished: z.boolean(),
  address: z.object({ line1: z.string(), line2: z.string(), city: z.string(), region: z.string(), postalCode: z.string(), country: z.string() }),
});
type Details = z.infer<typeof details>;
const DETAIL_FIELDS = ['name', 'email', 'phone', 'website', 'timeZone', 'currency', 'notifyClientsOnJobFinished',
  'address.line1', 'address.line2', 'address.city', 'address.region', 'address.postalCode', 'address.country'];

export function CompanyDetails() {
  return (
    <CompanySection title="Company details" intro="Shown to clients in the portal and printed on invoices and statements.">
      {(company) => <DetailsForm company={company} />}
    </CompanySection>
  );
}

function DetailsForm({ company }: { company: Company }) {
  const address = company.address;
  const { form, messages, saved, submit } = useCompanyForm<Details>(zodResolver(details), {
    name: company.name, email: company.email ?? '', phone: company.phone ?? '', website: company.website ?? '',
    timeZone: company.timeZone, currency: company.currency, notifyClientsOnJobFinished: !!company.notifyClientsOnJobFinished,
    address: { line1: address?.line1 ?? '', line2: address?.line2 ?? '', city: address?.city ?? '', region: address?.region ?? '',
      postalCode: address?.postalCode ?? '', country: address?.country ?? '' },
  }, (values) => ({
    name: values.name, email: opt(values.email), phone: opt(values.phone), website: opt(values.website), timeZone: values.timeZone,
    currency: values.currency.toUpperCase(), notifyClientsOnJobFinished: values.notifyClientsOnJobFinished,
    address: { line1: opt(values.address.line1), line2: opt(values.address.line2), city: opt(values.address.city),
      region: opt(values.address.region), postalCode: opt(values.address.postalCode), country: opt(values.address.country) },
  }), DETAIL_FIELDS);
  const { register, formState: { errors, isSubmitting, isDirty } } = form;
  const zones = TIME_ZONES.includes(company.timeZone) ? TIME_ZONES : [company.timeZone, ...TIME_ZONES];
  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <FormField label="Company name" error={errors.name?.message}><input {...register('name')} /></FormField>
        <FormField label="E-mail for clients" error={errors.email?.message}><input type="email" {...register('email')} /></FormField>
        <FormField label="Phone" error={errors.phone?.message}><input type="tel" {...register('phone')} /></FormField>
        <FormField label="Website" error={errors.website?.message}><input type="url" placeholder="https://" {...register('website')} /></FormField>
        <FormField label="Time zone" error={errors.timeZone?.message} hint="Dates, due dates and “today” follow it.">
          <select {...register('timeZone')}>{zones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}</select>
        </FormField>
        <FormField label="Currency" error={errors.currency?.message} hint="Can’t change once an invoice or payment exists.">
          <input maxLength={3} className="nowrap" {...register('currency')} />
        </FormField>
        <fieldset className="span-all">
          <legend>Address on invoices and statements</legend>
          <div className="form-grid">
            <FormField label="Street" error={errors.address?.line1?.message}><input autoComplete="address-line1" {...register('address.line1')} /></FormField>
            <FormField label="Suite, unit (optional)" error={errors.address?.line2?.message}><input autoComplete="address-line2" {...register('address.line2')} /></FormField>
            <FormField label="City" error={errors.address?.city?.message}><input autoComplete="address-level2" {...register('address.city')} /></FormField>
            <FormField label="State / region" error={errors.address?.region?.message}><input autoComplete="address-level1" {...register('address.region')} /></FormField>
            <FormField label="ZIP / postal code" error={errors.address?.postalCode?.message}><input autoComplete="postal-code" {...register('address.postalCode')} /></FormField>
            <FormField label="Country" error={errors.address?.country?.message}><input autoComplete="country" {...register('address.country')} /></FormField>
          </div>
        </fieldset>
        <label className="settings-check span-all">
          <input type="checkbox" {...register('notifyClientsOnJobFinished')} />
          Notify clients when their job is finished
        </label>
      </div>
      <SectionActions messages={messages} busy={isSubmitting} dirty={isDirty} saved={saved}>Save company details</SectionActions>
    </form>
  );
}

// ------------------------------------------------------------------------------------------- taxes and fees

const decimal = (places: number, limits: { below?: number; max?: number } = {}) =>
  z.string().superRefine((value, context) => {
    const problem = decimalProblem(value, { places, ...limits });
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

const taxes = z.object({
  taxRate: decimal(4, { below: 100 }),
  cardFeePercent: decimal(3, { below: 100 }),
  cardFeeFixed: decimal(2, { max: 1000 }),
  achFeePercent: decimal(3, { below: 100 }),
  achFeeFixed: decimal(2, { max: 1000 }),
  paymentTermsDays: z.string().regex(/^\d{1,3}$/, 'Use whole days, 0 to 365.').refine((value) => Number(value) <= 365, 'Use at most 365 days.'),
});
type Taxes = z.infer<typeof taxes>;

export function TaxesAndFees() {
  return (
    <CompanySection title="Taxes and fees" intro="New invoices use these; issued invoices keep the tax they were issued with.">
      {(company) => <TaxesForm company={company} />}
    </CompanySection>
  );
}

function TaxesForm({ company }: { company: Company }) {
  const { form, messages, saved, submit } = useCompanyForm<Taxes>(zodResolver(taxes), {
    taxRate: String(company.taxRate ?? '0'), cardFeePercent: String(company.cardFeePercent ?? '0'),
    cardFeeFixed: String(company.cardFeeFixed?.amount ?? '0'), achFeePercent: String(company.achFeePercent ?? '0'),
    achFeeFixed: String(company.achFeeFixed?.amount ?? '0'), paymentTermsDays: String(company.paymentTermsDays ?? 0),
  }, (values) => ({
    taxRate: values.taxRate.trim(), cardFeePercent: values.cardFeePercent.trim(), cardFeeFixed: values.cardFeeFixed.trim(),
    achFeePercent: values.achFeePercent.trim(), achFeeFixed: values.achFeeFixed.trim(), paymentTermsDays: Number(values.paymentTermsDays),
  }), Object.keys(taxes.shape));
  const { register, formState: { errors, isSubmitting, isDirty } } = form;
  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <FormField label="Sales tax (%)" error={errors.taxRate?.message} hint="On taxable lines, e.g. 8.875.">
          <input inputMode="decimal" className="nowrap" {...register('taxRate')} />
        </FormField>
        <FormField label="Payment terms (days)" error={errors.paymentTermsDays?.message} hint="0: due on receipt.">
          <input inputMode="numeric" {...register('paymentTermsDays')} />
        </FormField>
        <FormField label="Card fee (%)" error={errors.cardFeePercent?.message} hint="Added on card checkout.">
          <input inputMode="decimal" {...register('cardFeePercent')} />
        </FormField>
        <FormField label="Card fee, fixed per payment" error={errors.cardFeeFixed?.message} hint={`In ${company.currency}, e.g. 0.30.`}>
          <input inputMode="decimal" {...register('cardFeeFixed')} />
        </FormField>
        <FormField label="ACH fee (%)" error={errors.achFeePercent?.message} hint="Added on bank (ACH) checkout.">
          <input inputMode="decimal" {...register('achFeePercent')} />
        </FormField>
        <FormField label="ACH fee, fixed per payment" error={errors.achFeeFixed?.message} hint={`In ${company.currency}.`}>
          <input inputMode="decimal" {...register('achFeeFixed')} />
        </FormField>
      </div>
      <SectionActions messages={messages} busy={isSubmitting} dirty={isDirty} saved={saved}>Save taxes and fees</SectionActions>
    </form>
  );
}

// ------------------------------------------------------------------------------------------ invoice numbers

const numbering = z.object({
  invoicePrefix: z.string().trim().regex(/^[A-Za-z0-9._-]{0,12}$/, "Up to 12 letters, digits, '.', '_' or '-'."),
  nextInvoiceNumber: z.string().regex(/^\d{1,9}$/, 'Use a whole number.'),
});
type Numbering = z.infer<typeof numbering>;

export function InvoiceNumbering() {
  return (
    <CompanySection title="Invoice numbering" intro="Numbers never go backwards: the next number must be higher than every number already used.">
      {(company) => <NumberingForm company={company} />}
    </CompanySection>
  );
}

function NumberingForm({ company }: { company: Company }) {
  const { form, messages, saved, submit } = useCompanyForm<Numbering>(zodResolver(numbering),
    { invoicePrefix: company.invoicePrefix ?? '', nextInvoiceNumber: String(company.nextInvoiceNumber ?? 1) },
    (values) => ({ invoicePrefix: values.invoicePrefix.trim(), nextInvoiceNumber: Number(values.nextInvoiceNumber) }),
    ['invoicePrefix', 'nextInvoiceNumber']);
  const { register, watch, formState: { errors, isSubmitting, isDirty } } = form;
  return (
    <form onSubmit={submit} noValidate>
      <div className="form-grid">
        <FormField label="Prefix" error={errors.invoicePrefix?.message} hint="Printed before every number, e.g. INV-.">
          <input {...register('invoicePrefix')} />
        </FormField>
        <FormField label="Next invoice number" error={errors.nextInvoiceNumber?.message}>
          <input inputMode="numeric" {...register('nextInvoiceNumber')} />
        </FormField>
      </div>
      <p className="preview">The next invoice will be <strong className="nowrap" data-testid="number-preview">
        {invoiceNumberPreview(watch('invoicePrefix'), watch('nextInvoiceNumber'))}</strong>.</p>
      <SectionActions messages={messages} busy={isSubmitting} dirty={isDirty} saved={saved}>Save numbering</SectionActions>
    </form>
  );
}

// ------------------------------------------------------------------------------------------------- logo

const LOGO_MAX = 2 * 1024 * 1024;
const UPLOAD = { fetchOptions: { headers: { 'Apollo-Require-Preflight': 'true' } } };

export function LogoSection() {
  const { company, error, fetching, refetch } = useCompany();
  const [, update] = useMutation(UpdateCompany);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!file) { setPreview(null); return undefined; }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  function choose(chosen: File | null) {
    setSaved(null);
    setProblem(null);
    if (chosen && !['image/png', 'image/jpeg'].includes(chosen.type)) { setProblem('A logo is a PNG or JPEG image.'); setFile(null); return; }
    if (chosen && chosen.size > LOGO_MAX) { setProblem(`This file is ${(chosen.size / 1048576).toFixed(1)} MB; the limit is 2 MB.`); setFile(null); return; }
    setFile(chosen);
  }
  async function send(logo: File | null) {
    setBusy(logo ? 'upload' : 'remove');
    setProblem(null);
    const result = await update({ input: { logo } }, logo ? UPLOAD : undefined);
    setBusy(null);
    const sent = outcome<Payload>(result, 'companyUpdate');
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((one) => one.message)].join(' ')); return; }
    setFile(null);
    if (input.current) input.current.value = '';
    setSaved(logo ? 'The new logo is saved: new PDFs print it.' : 'The logo is removed: PDFs print the company name instead.');
    refetch({ requestPolicy: 'network-only' });
  }
  return (
    <Frame title="Logo" intro="Printed at the top of invoices, statements and receipts. A PNG or JPEG up to 2 MB; a wide logo on a white or transparent background prints best."
      error={!company ? error : undefined} loading={fetching && !company} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {company && (
        <>
          <div className="logo-box">
            {company.logoUrl
              ? <img src={company.logoUrl} alt={`${company.name} logo`} data-testid="current-logo" />
              : <p className="muted">No logo yet: PDFs print the company name as a wordmark.</p>}
            {preview && <img src={preview} alt="The logo chosen, not yet saved" />}
          </div>
          <form onSubmit={(event) => { event.preventDefault(); if (file) void send(file); else setProblem('Choose a PNG or JPEG file first.'); }}>
            <div className={`form-field ${problem ? 'has-error' : ''}`}>
              <label htmlFor="logo-file">{company.hasLogo ? 'Replace the logo' : 'Choose a logo'}</label>
              <input id="logo-file" ref={input} type="file" accept="image/png,image/jpeg" aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? 'logo-error' : undefined} onChange={(event) => choose(event.target.files?.[0] ?? null)} />
              {problem && <p className="form-field-error" id="logo-error" role="alert">{problem}</p>}
            </div>
            <div className="form-actions">
              <SubmitButton busy={busy === 'upload'} busyLabel="Uploading…" disabled={!file || busy !== null}>Upload logo</SubmitButton>
              {company.hasLogo && (
                <button type="button" className="button secondary" disabled={busy !== null} onClick={() => send(null)}>
                  {busy === 'remove' ? 'Removing…' : 'Remove logo'}
                </button>
              )}
              {saved && <span className="success" role="status">{saved}</span>}
            </div>
          </form>
        </>
      )}
    </Frame>
  );
}
