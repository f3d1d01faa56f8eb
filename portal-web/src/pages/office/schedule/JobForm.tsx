/**
 * The job form: a new job (/jobs/new?customer=&property=&date=) or a change to one (/jobs/:id/edit). The
 * property (found by its customer), the services from the catalog with their prices (editable), the team and
 * people, the time window in the company's time zone, and notes for the client and for the staff. Checked
 * before sending; the server's userErrors land next to the field they name.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { JobFormPropertiesQuery } from '../../../gql/graphql';
import { DatePicker } from '../../../components/office/DatePicker';
import { MoneyInput } from '../../../components/office/MoneyInput';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { describeError } from '../../../lib/errors';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { formatMoney } from '../../../lib/format';
import { formatAmountText } from '../../../lib/money';
import { Link, navigate, useLocation } from '../../../lib/router';
import { isDay, today } from '../../../lib/schedule';
import { useCrew } from './data';
import { createInput, formFields, formFromJob, jobSchema, RENAME, updateInput, type JobFormValues } from './jobForm';
import './schedule.css';

const Catalog = graphql(`
  query JobFormCatalog {
    services { id name active taxable defaultPrice { amount currency } }
  }
`);

const CustomerSearch = graphql(`
  query JobFormCustomers($search: String!) {
    customers(search: $search, first: 8) {
      totalCount
      nodes { id displayName status }
    }
  }
`);

const Properties = graphql(`
  query JobFormProperties($customerId: ID!, $after: String) {
    properties(customerId: $customerId, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name active address { line1 city } }
    }
  }
`);

const Start = graphql(`
  query JobFormStart($customer: ID!, $property: ID!, $hasProperty: Boolean!, $hasCustomer: Boolean!) {
    customer: node(id: $customer) @include(if: $hasCustomer) { __typename ... on Customer { id displayName } }
    property: node(id: $property) @include(if: $hasProperty) {
      __typename ... on Property { id name customer { id displayName } }
    }
  }
`);

const EditJobQuery = graphql(`
  query JobFormJob($id: ID!) {
    node(id: $id) {
      __typename
      ... on Job {
        id status scheduledStart scheduledEnd clientNotes internalNotes
        property { id name address { line1 city } }
        customer { id displayName }
        team { id }
        employees { id name active }
        services { id description quantity unitPrice { amount currency } service { id } }
        invoice { id status }
      }
    }
  }
`);

const CreateJob = graphql(`
  mutation JobFormCreate($input: JobCreateInput!) {
    jobCreate(input: $input) { userErrors { field code message } job { id } }
  }
`);

const UpdateJob = graphql(`
  mutation JobFormUpdate($input: JobUpdateInput!) {
    jobUpdate(input: $input) { userErrors { field code message } job { id status scheduledStart scheduledEnd } }
  }
`);

type Property = JobFormPropertiesQuery['properties']['nodes'][number];

/** Every property of a customer (all pages). */
function useProperties(customerId: string): { properties: Property[]; total: number; loading: boolean; error: string | null } {
  const client = useClient();
  const [state, setState] = useState<{ id: string; properties: Property[]; total: number; loading: boolean; error: string | null }>(
    { id: '', properties: [], total: 0, loading: false, error: null });
  useEffect(() => {
    if (!customerId) return undefined;
    let cancelled = false;
    setState({ id: customerId, properties: [], total: 0, loading: true, error: null });
    (async () => {
      const all: Property[] = [];
      let after: string | null = null;
      for (;;) {
        const result: { data?: JobFormPropertiesQuery; error?: Parameters<typeof describeError>[0] } = await client.query(
          Properties, { customerId, after }, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (!result.data) {
          setState({ id: customerId, properties: all, total: all.length, loading: false, error: describeError(result.error) });
          return;
        }
        const page: JobFormPropertiesQuery['properties'] = result.data.properties;
        all.push(...page.nodes);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) {
          setState({ id: customerId, properties: all, total: page.totalCount, loading: false, error: null });
          return;
        }
        after = page.pageInfo.endCursor;
      }
    })();
    return () => { cancelled = true; };
  }, [client, customerId]);
  return state.id === customerId ? state : { properties: [], total: 0, loading: !!customerId, error: null };
}

/** Search a customer by name, e-mail or phone, then pick one of its properties. */
function WherePicker({ form, customerName, setCustomerName }: {
  form: UseFormReturn<JobFormValues>; customerName: string; setCustomerName: (name: string) => void;
}) {
  const { register, setValue, watch, formState: { errors } } = form;
  const customerId = watch('customerId');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({ query: CustomerSearch, variables: { search }, pause: search.length < 2 });
  const { properties, total, loading, error } = useProperties(customerId);
  const active = properties.filter((place) => place.active);

  useEffect(() => {
    // The only active property is the one: pick it (the office can still change it).
    if (customerId && !loading && active.length === 1 && !form.getValues('propertyId')) {
      setValue('propertyId', active[0].id, { shouldValidate: true });
    }
  }, [customerId, loading, active, setValue, form]);

  if (!customerId) {
    const found = search.length >= 2 ? data?.customers.nodes ?? [] : [];
    return (
      <div className="span-all">
        <FormField label="Customer" error={errors.customerId?.message} hint="Type a name, e-mail or phone, then pick the customer.">
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off"
            data-testid="customer-search" />
        </FormField>
        {search.length >= 2 && (
          <div className="jobform-results" aria-live="polite">
            {fetching && !data && <p className="muted small">Searching…</p>}
            {data && !found.length && <p className="muted small">No customer matches “{search}”.</p>}
            {found.length > 0 && (
              <>
                <p className="muted small">{data && data.customers.totalCount > found.length
                  ? `Best ${found.length} of ${data.customers.totalCount} matches — type more to narrow.`
                  : `${found.length} ${found.length === 1 ? 'match' : 'matches'}`}</p>
                <ul className="jobform-pick">
                  {found.map((customer) => (
                    <li key={customer.id}>
                      <button type="button" className="button secondary small" onClick={() => {
                        setValue('customerId', customer.id, { shouldValidate: true });
                        setValue('propertyId', '');
                        setCustomerName(customer.displayName);
                      }}>{customer.displayName}{customer.status === 'ARCHIVED' ? ' (archived)' : ''}</button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    );
  }
  return (
    <>
      <div className="form-field">
        <span className="jobform-label">Customer</span>
        <p className="jobform-fixed">
          <Link href={`/customers/${encodeURIComponent(customerId)}`}>{customerName || 'The customer'}</Link>{' '}
          <button type="button" className="button link small" onClick={() => {
            setValue('customerId', '');
            setValue('propertyId', '');
            setCustomerName('');
          }}>Change</button>
        </p>
      </div>
      <FormField label="Property" error={errors.propertyId?.message ?? error ?? undefined}
        hint={loading ? 'Reading the properties…' : `${total} ${total === 1 ? 'property' : 'properties'}${active.length < properties.length ? `, ${properties.length - active.length} inactive not shown` : ''}`}>
        <select {...register('propertyId')} disabled={loading}>
          <option value="">{loading ? 'Loading…' : active.length ? 'Pick the property' : 'This customer has no active property'}</option>
          {active.map((place) => (
            <option key={place.id} value={place.id}>{place.name}{place.address.line1 && place.address.line1 !== place.name ? ` — ${place.address.line1}` : ''}</option>
          ))}
        </select>
      </FormField>
    </>
  );
}

function Services({ form, catalog }: {
  form: UseFormReturn<JobFormValues>;
  catalog: { id: string; name: string; active: boolean; defaultPrice?: { amount: string; currency: string } | null }[];
}) {
  const { control, register, watch, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'services' });
  const lines = watch('services');
  const [adding, setAdding] = useState('');
  const bookable = catalog.filter((service) => service.active);
  const total = lines.reduce((sum, line) => {
    const price = Number(String(line.unitPrice).replace(/[$,\s]/g, ''));
    const quantity = Number(line.quantity);
    return Number.isFinite(price) && Number.isFinite(quantity) ? sum + Math.round(price * 100) * quantity : sum;
  }, 0);
  const currency = catalog.find((service) => service.defaultPrice)?.defaultPrice?.currency ?? 'USD';
  const servicesError = (errors.services as { message?: string } | undefined)?.message;
  return (
    <fieldset className="span-all jobform-services">
      <legend>Services</legend>
      {fields.length === 0 && <p className="muted small">No services yet: add them from the catalog below.</p>}
      {fields.length > 0 && (
        <div className="jobform-lines" role="group" aria-label="Service lines">
          {fields.map((field, index) => {
            const lineErrors = errors.services?.[index];
            const name = catalog.find((service) => service.id === lines[index]?.serviceId)?.name;
            return (
              <div key={field.id} className="jobform-line" data-testid="service-line">
                <input type="hidden" {...register(`services.${index}.serviceId`)} />
                <FormField label={`Service ${index + 1}${name && name !== lines[index]?.description ? ` (${name})` : ''}`}
                  error={lineErrors?.description?.message ?? lineErrors?.serviceId?.message}>
                  <input {...register(`services.${index}.description`)} />
                </FormField>
                <FormField label="Quantity" error={lineErrors?.quantity?.message}>
                  <input inputMode="decimal" className="jobform-qty" {...register(`services.${index}.quantity`)} />
                </FormField>
                <FormField label="Unit price" error={lineErrors?.unitPrice?.message}>
                  <MoneyInput {...register(`services.${index}.unitPrice`)} />
                </FormField>
                <button type="button" className="button link small jobform-remove" onClick={() => remove(index)}
                  aria-label={`Remove ${lines[index]?.description || `service ${index + 1}`}`}>Remove</button>
              </div>
            );
          })}
          <p className="jobform-total">Total <strong className="nowrap">{formatMoney({ amount: (total / 100).toFixed(2), currency })}</strong>
            <span className="muted small"> before tax</span></p>
        </div>
      )}
      <div className="jobform-add">
        <FormField label="Add a service" error={servicesError}>
          <select value={adding} onChange={(event) => setAdding(event.target.value)} data-testid="add-service">
            <option value="">Pick from the catalog</option>
            {bookable.map((service) => (
              <option key={service.id} value={service.id}>{service.name}{service.defaultPrice ? ` — ${formatMoney(service.defaultPrice)}` : ''}</option>
            ))}
          </select>
        </FormField>
        <button type="button" className="button secondary" disabled={!adding} onClick={() => {
          const service = catalog.find((item) => item.id === adding);
          if (!service) return;
          append({ serviceId: service.id, description: service.name, quantity: '1',
            unitPrice: service.defaultPrice ? formatAmountText(service.defaultPrice.amount) : '0' });
          setAdding('');
        }}>Add</button>
      </div>
    </fieldset>
  );
}

function JobFormBody({ jobId, initial, customerName: initialName, propertyName, locked, servicesLocked }: {
  jobId?: string; initial: JobFormValues; customerName: string; propertyName?: string; locked?: string;
  servicesLocked?: string;
}) {
  const form = useForm<JobFormValues>({ resolver: zodResolver(jobSchema), defaultValues: initial, mode: 'onSubmit' });
  const { register, handleSubmit, setError, setValue, watch, formState: { errors, isSubmitting } } = form;
  const [customerName, setCustomerName] = useState(initialName);
  const [messages, setMessages] = useState<string[]>([]);
  const [{ data: catalogData }] = useQuery({ query: Catalog });
  const crew = useCrew();
  const [, create] = useMutation(CreateJob);
  const [, update] = useMutation(UpdateJob);
  const original = useRef(initial);
  const teamId = watch('teamId');
  const employeeIds = watch('employeeIds');
  const date = watch('date');
  const catalog = useMemo(() => catalogData?.services ?? [], [catalogData]);
  const count = watch('services').length;

  async function save(values: JobFormValues) {
    setMessages([]);
    const known = formFields(count);
    if (jobId) {
      const result = await update({ input: updateInput(jobId, values, original.current) });
      const sent = outcome<{ userErrors: { field?: string[] | null; code?: string | null; message: string }[]; job?: { id: string } | null }>(result, 'jobUpdate');
      if (!sent.ok) {
        setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, known, RENAME)]);
        return;
      }
      navigate(`/jobs/${encodeURIComponent(jobId)}`);
      return;
    }
    const result = await create({ input: createInput(values) });
    const sent = outcome<{ userErrors: { field?: string[] | null; code?: string | null; message: string }[]; job?: { id: string } | null }>(result, 'jobCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, known, RENAME)]);
      return;
    }
    if (sent.payload.job) navigate(`/jobs/${encodeURIComponent(sent.payload.job.id)}`);
  }

  const team = crew.teams.find((item) => item.id === teamId);
  const people = crew.employees;
  // Someone already on the job who has since left stays listed (the API keeps them), marked.
  const assignedGone = employeeIds.filter((id) => !people.some((person) => person.id === id));
  return (
    <form className="card jobform" noValidate onSubmit={handleSubmit(save)} aria-busy={isSubmitting}>
      <div className="form-grid">
        {locked ? (
          <div className="form-field span-all">
            <span className="jobform-label">Where</span>
            <p className="jobform-fixed">{locked}</p>
          </div>
        ) : propertyName ? (
          <div className="form-field span-all">
            <span className="jobform-label">Where</span>
            <p className="jobform-fixed">{propertyName} · {customerName}{' '}
              <button type="button" className="button link small" onClick={() => { navigate('/jobs/new'); }}>Change</button></p>
          </div>
        ) : (
          <WherePicker form={form} customerName={customerName} setCustomerName={setCustomerName} />
        )}
        <FormField label="Day" error={errors.date?.message}>
          <DatePicker label="Day" value={date} onChange={(day) => setValue('date', day, { shouldValidate: true })} />
        </FormField>
        <FormField label="Starts at" error={errors.startTime?.message} hint="Company time">
          <input type="time" step={300} {...register('startTime')} />
        </FormField>
        <FormField label="Ends at" error={errors.endTime?.message} hint="Optional">
          <input type="time" step={300} {...register('endTime')} />
        </FormField>
        <FormField label="Team" error={errors.teamId?.message}>
          <select {...register('teamId', {
            onChange: (event: { target: { value: string } }) => {
              // A team picked for a job nobody is on yet brings its people; the office can untick them.
              const picked = crew.teams.find((item) => item.id === event.target.value);
              if (picked && !form.getValues('employeeIds').length) {
                setValue('employeeIds', picked.members.filter((person) => person.active).map((person) => person.id));
              }
            },
          })}>
            <option value="">No team</option>
            {crew.teams.map((item) => <option key={item.id} value={item.id}>{item.name}</option>)}
          </select>
        </FormField>
        <fieldset className="span-all jobform-people" aria-describedby={errors.employeeIds ? 'people-error' : undefined}>
          <legend>People on the job {team && <span className="muted small">(team {team.name}: {team.members.map((person) => person.name.split(' ')[0]).join(', ')})</span>}</legend>
          <div className="jobform-checks">
            {[...people.map((person) => ({ id: person.id, name: person.name })),
              ...assignedGone.map((id) => ({ id, name: 'Former employee' }))].map((person) => (
              <label key={person.id} className="tick">
                <input type="checkbox" checked={employeeIds.includes(person.id)} onChange={(event) => {
                  const now = form.getValues('employeeIds');
                  setValue('employeeIds', event.target.checked ? [...now, person.id] : now.filter((id) => id !== person.id),
                    { shouldDirty: true });
                }} />
                {person.name}
              </label>
            ))}
          </div>
          {errors.employeeIds && <p className="form-field-error" id="people-error" role="alert">{errors.employeeIds.message}</p>}
        </fieldset>
        {servicesLocked ? (
          <div className="span-all"><p className="muted">{servicesLocked}</p></div>
        ) : (
          <Services form={form} catalog={catalog} />
        )}
        <FormField label="Notes for the client" error={errors.clientNotes?.message} hint="The client reads these in the portal.">
          <textarea rows={3} {...register('clientNotes')} />
        </FormField>
        <FormField label="Internal notes" error={errors.internalNotes?.message} hint="Office and the crew on the job only; never the client.">
          <textarea rows={3} {...register('internalNotes')} />
        </FormField>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel={jobId ? 'Saving…' : 'Scheduling…'}>{jobId ? 'Save changes' : 'Schedule job'}</SubmitButton>
        <Link href={jobId ? `/jobs/${encodeURIComponent(jobId)}` : '/schedule'} className="button link">Cancel</Link>
      </div>
    </form>
  );
}

const EMPTY: JobFormValues = {
  customerId: '', propertyId: '', date: '', startTime: '09:00', endTime: '11:00', teamId: '', employeeIds: [],
  services: [], clientNotes: '', internalNotes: '',
};

export function NewJob() {
  const { search } = useLocation();
  const customer = search.get('customer') ?? '';
  const property = search.get('property') ?? '';
  const asked = search.get('date');
  const [{ data, error, fetching }, refetch] = useQuery({
    query: Start,
    variables: { customer: customer || 'none', property: property || 'none', hasCustomer: !!customer, hasProperty: !!property },
    pause: !customer && !property,
  });
  if ((customer || property) && fetching && !data) return <Loading />;
  if ((customer || property) && error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const place = data?.property?.__typename === 'Property' ? data.property : null;
  const owner = place?.customer ?? (data?.customer?.__typename === 'Customer' ? data.customer : null);
  const initial: JobFormValues = {
    ...EMPTY,
    date: isDay(asked) ? asked : today(),
    customerId: owner?.id ?? '',
    propertyId: place?.id ?? '',
  };
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/schedule">Schedule</Link></nav>
      <PageHeader title="New job" />
      <JobFormBody key={`${owner?.id ?? ''}|${place?.id ?? ''}`} initial={initial} customerName={owner?.displayName ?? ''}
        propertyName={place?.name} />
    </>
  );
}

export function EditJob({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: EditJobQuery, variables: { id }, requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const job = data?.node?.__typename === 'Job' ? data.node : null;
  if (!job) return <Empty><h1 id="page-title" tabIndex={-1}>Job not found</h1><p><Link href="/schedule">Back to the schedule</Link></p></Empty>;
  const initial = formFromJob(job);
  const closed = job.status === 'FINISHED' || job.status === 'CANCELLED';
  const billed = job.invoice && job.invoice.status !== 'VOID';
  const unlinked = job.services.some((line) => !line.service);
  const servicesLocked = closed ? 'The services of a finished or cancelled job stay as they were done.'
    : billed ? 'The services are on an invoice: void the invoice to change them.'
      : unlinked ? 'A line of this job is no longer in the catalog, so its services cannot be edited here.' : undefined;
  const where = `${job.property?.name ?? 'Property'}${job.property?.address.line1 && job.property.address.line1 !== job.property.name ? `, ${job.property.address.line1}` : ''} · ${job.customer?.displayName ?? ''}`;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/schedule">Schedule</Link> · <Link href={`/jobs/${encodeURIComponent(id)}`}>Job</Link></nav>
      <PageHeader title={`Edit job · ${job.property?.name ?? ''}`} />
      <JobFormBody jobId={id} initial={initial} customerName={job.customer?.displayName ?? ''} locked={where}
        servicesLocked={servicesLocked} />
    </>
  );
}
