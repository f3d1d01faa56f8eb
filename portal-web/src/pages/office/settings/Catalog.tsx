/**
 * The service catalog (owner): services with their default price, taxable or not, bookable or archived —
 * create, edit in place, archive and restore; and each service's checklist template (the items every new job
 * with the service gets), edited as a list and saved whole (`checklistTemplateSet`).
 */
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import { Amount, Empty, ErrorState, Loading } from '../../../components/ui';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { applyUserErrors, outcome } from '../../../lib/forms';
import type { UserErrorLike } from '../../../lib/errors';
import { Link, navigate, useLocation } from '../../../lib/router';
import { decimalProblem, duplicateLabels, moveItem, type TemplateItem } from './settings';

const ServicesQuery = graphql(`
  query SettingsServices {
    services { id name description taxable active defaultPrice { amount cents currency } checklistTemplate { label required } }
  }
`);

const CreateService = graphql(`
  mutation SettingsServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) { userErrors { field code message } service { id name } }
  }
`);

const UpdateService = graphql(`
  mutation SettingsServiceUpdate($input: ServiceUpdateInput!) {
    serviceUpdate(input: $input) {
      userErrors { field code message }
      service { id name description taxable active defaultPrice { amount cents currency } }
    }
  }
`);

const SetTemplate = graphql(`
  mutation SettingsChecklistTemplateSet($input: ChecklistTemplateSetInput!) {
    checklistTemplateSet(input: $input) { userErrors { field code message } service { id checklistTemplate { label required } } }
  }
`);

type Payload = { userErrors: readonly UserErrorLike[] };
const SERVICE_TYPES = { additionalTypenames: ['Service'] };

const serviceForm = z.object({
  name: z.string().trim().min(1, 'Enter the service’s name.').max(120, 'Use at most 120 characters.'),
  defaultPrice: z.string().superRefine((value, context) => {
    const problem = decimalProblem(value.replace(/^\$/, ''), { places: 2, max: 999999 });
    if (problem) context.addIssue({ code: 'custom', message: problem.replace('0.30', '120.00') });
  }),
  description: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
  taxable: z.boolean(),
});
type ServiceForm = z.infer<typeof serviceForm>;
const SERVICE_FIELDS = ['name', 'defaultPrice', 'description', 'taxable'];

interface ServiceRow {
  id: string; name: string; description?: string | null; taxable: boolean; active: boolean;
  defaultPrice?: { amount: unknown; cents: number; currency: string } | null;
  checklistTemplate?: readonly TemplateItem[] | null;
}

function ServiceEditor({ service, onDone }: { service?: ServiceRow; onDone: (message: string | null) => void }) {
  const [, create] = useMutation(CreateService);
  const [, update] = useMutation(UpdateService);
  const [messages, setMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ServiceForm>({
    resolver: zodResolver(serviceForm),
    defaultValues: {
      name: service?.name ?? '', defaultPrice: service?.defaultPrice ? String(service.defaultPrice.amount) : '',
      description: service?.description ?? '', taxable: service?.taxable ?? true,
    },
  });
  async function submit(form: ServiceForm) {
    setMessages([]);
    const values = { name: form.name, defaultPrice: form.defaultPrice.trim().replace(/^\$/, ''),
      description: form.description || null, taxable: form.taxable };
    const result = service
      ? await update({ input: { id: service.id, ...values } })
      : await create({ input: values });
    const sent = outcome<Payload>(result, service ? 'serviceUpdate' : 'serviceCreate');
    if (!sent.ok) { setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, SERVICE_FIELDS)]); return; }
    onDone(service ? `${form.name} is saved; new jobs use the new price.` : `${form.name} is in the catalog.`);
  }
  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={service ? `Edit ${service.name}` : 'New service'}>
      <div className="form-grid">
        <FormField label="Name" error={errors.name?.message}><input {...register('name')} /></FormField>
        <FormField label="Price per unit" error={errors.defaultPrice?.message} hint="Jobs copy it when booked.">
          <input inputMode="decimal" className="nowrap" {...register('defaultPrice')} />
        </FormField>
        <FormField label="What it includes (optional)" error={errors.description?.message}>
          <input {...register('description')} />
        </FormField>
        <label className="settings-check"><input type="checkbox" {...register('taxable')} /> Sales tax applies</label>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{service ? 'Save service' : 'Add service'}</SubmitButton>
        <button type="button" className="button secondary" onClick={() => onDone(null)}>Cancel</button>
      </div>
    </form>
  );
}

function ArchiveButton({ service, onDone }: { service: ServiceRow; onDone: (message: string) => void }) {
  const [{ fetching }, update] = useMutation(UpdateService);
  const [problem, setProblem] = useState<string | null>(null);
  async function flip() {
    const result = await update({ input: { id: service.id, active: !service.active } });
    const sent = outcome<Payload>(result, 'serviceUpdate');
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((one) => one.message)].join(' ')); return; }
    onDone(service.active ? `${service.name} is archived: new jobs can’t book it; past jobs keep it.` : `${service.name} can be booked again.`);
  }
  return (
    <>
      <button type="button" className="button secondary small" disabled={fetching} onClick={flip}>
        {fetching ? 'Saving…' : service.active ? 'Archive' : 'Restore'}
      </button>
      {problem && <p className="form-field-error" role="alert">{problem}</p>}
    </>
  );
}

export function Services() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ServicesQuery, context: SERVICE_TYPES });
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const all = data?.services ?? [];
  const rows = all.filter((service) => showArchived || service.active);
  const archived = all.length - all.filter((service) => service.active).length;
  function done(text: string | null) {
    setEditing(null);
    if (text) { setMessage(text); refetch({ requestPolicy: 'network-only' }); }
  }
  return (
    <section className="card" aria-labelledby="section-title">
      <div className="card-header">
        <h2 id="section-title">Services and prices</h2>
        {editing !== 'new' && <button type="button" className="button primary" onClick={() => setEditing('new')}>New service</button>}
      </div>
      <p className="section-intro">What a job line bills by default. A new price applies to jobs booked from now on; jobs already made keep theirs.</p>
      {message && <p className="success" role="status" data-testid="saved">{message}</p>}
      {editing === 'new' && <div className="card"><ServiceEditor onDone={done} /></div>}
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && all.length === 0 && <Empty>No services yet: add the first one.</Empty>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table settings-table">
            <caption className="visually-hidden">Services</caption>
            <thead><tr><th scope="col">Service</th><th scope="col" className="num">Price</th><th scope="col">Tax</th>
              <th scope="col" className="num">Checklist</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {rows.map((service) => (
                <Fragment key={service.id}>
                  <tr data-service={service.name}>
                    <th scope="row">{service.name}{!service.active && <span className="badge badge-neutral"> Archived</span>}
                      {service.description && <span className="muted small block">{service.description}</span>}</th>
                    <td className="num nowrap"><Amount money={service.defaultPrice} /></td>
                    <td>{service.taxable ? 'Taxable' : 'No tax'}</td>
                    <td className="num nowrap">
                      <Link href={`/settings/checklists?service=${encodeURIComponent(service.id)}`}>
                        {service.checklistTemplate?.length ? `${service.checklistTemplate.length} ${service.checklistTemplate.length === 1 ? 'item' : 'items'}` : 'None'}
                      </Link>
                    </td>
                    <td className="actions-cell">
                      {editing !== service.id && (
                        <button type="button" className="button secondary small" onClick={() => setEditing(service.id)}>Edit</button>
                      )}{' '}
                      <ArchiveButton service={service} onDone={done} />
                    </td>
                  </tr>
                  {editing === service.id && (
                    <tr className="edit-row"><td colSpan={5}><ServiceEditor service={service} onDone={done} /></td></tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <p className="pager-count" data-testid="list-count">
          {all.length - archived} bookable {all.length - archived === 1 ? 'service' : 'services'}
          {archived > 0 && <>, {archived} archived — <button type="button" className="button link" onClick={() => setShowArchived(!showArchived)}>
            {showArchived ? 'hide archived' : 'show archived'}</button></>}
        </p>
      )}
    </section>
  );
}

// --------------------------------------------------------------------------------------------- checklists

function TemplateEditor({ service, onSaved }: { service: ServiceRow; onSaved: (message: string) => void }) {
  const [, save] = useMutation(SetTemplate);
  const [items, setItems] = useState<TemplateItem[]>(() => [...(service.checklistTemplate ?? [])]);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<number, string>>({});
  const [messages, setMessages] = useState<string[]>([]);
  useEffect(() => { setItems([...(service.checklistTemplate ?? [])]); setProblems({}); setMessages([]); }, [service.id]);
  const change = (index: number, patch: Partial<TemplateItem>) => setItems(items.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<number, string> = {};
    items.forEach((item, index) => {
      if (!item.label.trim()) found[index] = 'Say what to do, or remove the item.';
      else if (item.label.trim().length > 200) found[index] = 'Use at most 200 characters.';
    });
    for (const index of duplicateLabels(items)) found[index] = 'This item is already on the list.';
    if (items.length > 50) setMessages(['A checklist has at most 50 items.']);
    setProblems(found);
    if (Object.keys(found).length || items.length > 50) return;
    setBusy(true);
    setMessages([]);
    const result = await save({ input: { serviceId: service.id, items: items.map((item) => ({ label: item.label.trim(), required: item.required })) } });
    setBusy(false);
    const sent = outcome<Payload>(result, 'checklistTemplateSet');
    if (!sent.ok) {
      const byItem: Record<number, string> = {};
      const rest: string[] = [...sent.messages];
      for (const error of sent.userErrors) {
        const at = error.field?.[2];
        if (error.field?.[1] === 'items' && at !== undefined && /^\d+$/.test(at)) byItem[Number(at)] = error.message;
        else rest.push(error.message);
      }
      setProblems(byItem);
      setMessages(rest);
      return;
    }
    onSaved(`${service.name}’s checklist is saved: new jobs get these ${items.length} items; jobs already made keep theirs.`);
  }
  return (
    <form onSubmit={submit} aria-label={`Checklist of ${service.name}`}>
      {items.length === 0 && <p className="muted">No items: jobs with this service start with an empty checklist.</p>}
      <ol className="template-items">
        {items.map((item, index) => (
          <li key={index} className={`template-item ${problems[index] ? 'has-error' : ''}`}>
            <span className="position" aria-hidden="true">{index + 1}.</span>
            <input type="text" value={item.label} aria-label={`Item ${index + 1}`} aria-invalid={problems[index] ? true : undefined}
              aria-describedby={problems[index] ? `item-${index}-error` : undefined}
              onChange={(event) => change(index, { label: event.target.value })} />
            <label className="settings-check"><input type="checkbox" checked={item.required}
              onChange={(event) => change(index, { required: event.target.checked })} /> Required</label>
            <span className="template-buttons">
              <button type="button" className="button secondary small" aria-label={`Move item ${index + 1} up`} disabled={index === 0}
                onClick={() => setItems(moveItem(items, index, -1))}>↑</button>
              <button type="button" className="button secondary small" aria-label={`Move item ${index + 1} down`} disabled={index === items.length - 1}
                onClick={() => setItems(moveItem(items, index, 1))}>↓</button>
              <button type="button" className="button secondary small" aria-label={`Remove item ${index + 1}`}
                onClick={() => setItems(items.filter((_, at) => at !== index))}>Remove</button>
            </span>
            {problems[index] && <p className="form-field-error" id={`item-${index}-error`} role="alert" style={{ gridColumn: '2 / -1' }}>{problems[index]}</p>}
          </li>
        ))}
      </ol>
      <button type="button" className="button secondary" disabled={items.length >= 50}
        onClick={() => setItems([...items, { label: '', required: false }])}>Add an item</button>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={busy}>Save checklist</SubmitButton>
        <span className="muted small">{items.length} of at most 50 items</span>
      </div>
    </form>
  );
}

export function Checklists() {
  const { search } = useLocation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ServicesQuery, context: SERVICE_TYPES });
  const [message, setMessage] = useState<string | null>(null);
  const services = useMemo(() => (data?.services ?? []).filter((service) => service.active || service.id === search.get('service')), [data, search]);
  const chosenId = search.get('service') ?? services[0]?.id ?? '';
  const chosen = services.find((service) => service.id === chosenId);
  return (
    <section className="card" aria-labelledby="section-title">
      <h2 id="section-title">Checklist templates</h2>
      <p className="section-intro">The steps every new job with a service gets, in order. Required steps must be ticked before the crew can finish the job.</p>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && services.length === 0 && <Empty>No services yet: <Link href="/settings/services">add one first</Link>.</Empty>}
      {services.length > 0 && (
        <div className="form-field" style={{ maxWidth: '24rem', marginBottom: '1rem' }}>
          <label htmlFor="template-service">Service</label>
          <select id="template-service" value={chosenId} onChange={(event) => { setMessage(null); navigate(`/settings/checklists?service=${encodeURIComponent(event.target.value)}`, true); }}>
            {services.map((service) => (
              <option key={service.id} value={service.id}>{service.name} ({service.checklistTemplate?.length ?? 0} {service.checklistTemplate?.length === 1 ? 'item' : 'items'})</option>
            ))}
          </select>
        </div>
      )}
      {message && <p className="success" role="status" data-testid="saved">{message}</p>}
      {chosen && <TemplateEditor key={chosen.id} service={chosen} onSaved={(text) => { setMessage(text); refetch({ requestPolicy: 'network-only' }); }} />}
    </section>
  );
}
