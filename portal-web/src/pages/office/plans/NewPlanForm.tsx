/**
 * The plan form, new or edit: name, property (the customer's active ones; fixed once the plan exists), services
 * from the catalog with their prices (editable), team, the rule (weekdays every N weeks, a day of the month, or
 * the n-th weekday), the start day and the time window in the company's time zone. Checked before sending;
 * userErrors land next to their field. An edit sends only what changed (`recurringPlanUpdate`) and hands back
 * what the server did to the coming visits, including the ones it left alone.
 */
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { DatePicker } from '../../../components/office/DatePicker';
import { MoneyInput } from '../../../components/office/MoneyInput';
import { PropertyPicker } from '../../../components/office/PropertyPicker';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { formatMoney } from '../../../lib/format';
import { formatAmountText } from '../../../lib/money';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { addDays, today } from '../../../lib/schedule';
import type { PlanEditResultFragment, PlansPlanFragment } from '../../../gql/graphql';
import {
  changesNothing, DAY_SHORT, planCreateInput, planFormFields, planFormValues, planSchema, planUpdateInput, WEEKDAYS,
  type PlanFormValues,
} from './plans';

const Options = graphql(`
  query PlansFormOptions {
    services { id name active defaultPrice { amount currency } }
    teams { id name }
  }
`);

const Create = graphql(`
  mutation PlansCreate($input: RecurringPlanCreateInput!) {
    recurringPlanCreate(input: $input) { userErrors { field code message } jobsCreated plan { id } }
  }
`);

/** What an edit did: the counts and the coming visits it left alone (started, finished, or changed by hand). */
export const PlanEditResult = graphql(`
  fragment PlanEditResult on RecurringPlanPayload {
    jobsCreated jobsUpdated jobsCancelled jobsRestored
    leftAlone { id status scheduledStart occurrenceDate }
  }
`);

const Update = graphql(`
  mutation PlansUpdate($input: RecurringPlanUpdateInput!) {
    recurringPlanUpdate(input: $input) { userErrors { field code message } ...PlanEditResult plan { ...PlansPlan } }
  }
`);

const RENAME: Record<string, string> = {};

type Payload = { userErrors: { field?: string[] | null; code?: string | null; message: string }[] };

export function NewPlanForm(props: { customerId: string; propertyId?: string; onSaved: () => void; onCancel: () => void }) {
  return <PlanForm {...props} onSaved={() => props.onSaved()} />;
}

/** The form; with `plan` it edits that plan (property fixed), else it makes a new one. */
export function PlanForm({ customerId, propertyId, plan, onSaved, onCancel }: {
  customerId: string; propertyId?: string; plan?: PlansPlanFragment;
  onSaved: (result?: PlanEditResultFragment) => void; onCancel: () => void;
}) {
  const [{ data, error }] = useQuery({ query: Options });
  const [, create] = useMutation(Create);
  const [, update] = useMutation(Update);
  const [messages, setMessages] = useState<string[]>([]);
  const [adding, setAdding] = useState('');
  const [before] = useState<PlanFormValues | null>(() => (plan ? planFormValues(plan) : null));
  const title = plan ? `Edit ${plan.name}` : 'New plan';
  const form = useForm<PlanFormValues>({
    resolver: zodResolver(planSchema),
    defaultValues: before ?? {
      name: '', propertyId: propertyId ?? '', frequency: 'WEEKLY', interval: '1', weekdays: [], monthDay: '1',
      weekOfMonth: '1', startDate: today(), startTime: '09:00', endTime: '11:00', teamId: '', billing: 'PER_VISIT',
      endDate: '', services: [],
    },
  });
  const { register, handleSubmit, setError, setValue, watch, control, formState: { errors, isSubmitting } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'services' });
  const frequency = watch('frequency');
  const weekdays = watch('weekdays');
  const catalog = data?.services ?? [];

  async function save(values: PlanFormValues) {
    setMessages([]);
    if (plan && before) {
      const input = planUpdateInput(plan.id, before, values);
      if (changesNothing(input)) { setMessages(['Nothing changed: edit a field, or Cancel.']); return; }
      const sent = outcome<Payload & PlanEditResultFragment>(await update({ input }), 'recurringPlanUpdate');
      if (!sent.ok) {
        setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, planFormFields(values.services.length), RENAME)]);
        return;
      }
      onSaved(sent.payload);
      return;
    }
    const sent = outcome<Payload>(await create({ input: planCreateInput(customerId, values) }), 'recurringPlanCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, planFormFields(values.services.length), RENAME)]);
      return;
    }
    onSaved();
  }
  const firstDay = before && before.startDate < today() ? before.startDate : today();

  const servicesError = (errors.services as { message?: string } | undefined)?.message;
  return (
    <form className="card plan-form" noValidate onSubmit={handleSubmit(save)} aria-busy={isSubmitting} aria-label={title}>
      <h3>{title}</h3>
      {plan && (
        <p className="muted small">Changes apply to the coming visits nobody has touched; a visit under way, finished, or
          changed by hand stays as it is and is listed after saving. {plan.property ? `The property (${plan.property.name}) stays: a plan elsewhere is a new plan.` : ''}</p>
      )}
      {error && !data && <FormErrors messages={['The catalog and teams could not be read. Reload the page and try again.']} />}
      <div className="form-grid">
        <FormField label="Name" error={errors.name?.message} hint="What the office calls it">
          <input {...register('name')} placeholder="Every other Friday clean" />
        </FormField>
        {propertyId || plan ? <input type="hidden" {...register('propertyId')} /> : (
          <FormField label="Property" error={errors.propertyId?.message}>
            <PropertyPicker customerId={customerId} activeOnly value={watch('propertyId')}
              onChange={(id) => setValue('propertyId', id, { shouldValidate: form.formState.isSubmitted })} />
          </FormField>
        )}
        <FormField label="Repeats" error={errors.frequency?.message}>
          <select {...register('frequency')}>
            <option value="WEEKLY">Weekly, on weekdays</option>
            <option value="MONTHLY_BY_DAY">Monthly, on a day of the month</option>
            <option value="MONTHLY_BY_WEEKDAY">Monthly, on the n-th weekday</option>
          </select>
        </FormField>
        <FormField label={frequency === 'WEEKLY' ? 'Every how many weeks' : 'Every how many months'} error={errors.interval?.message}
          hint={frequency === 'WEEKLY' ? '1 weekly, 2 every other week' : '1 monthly, 3 quarterly'}>
          <input inputMode="numeric" className="plan-small" {...register('interval')} />
        </FormField>
        {frequency === 'MONTHLY_BY_DAY' && (
          <FormField label="Day of the month" error={errors.monthDay?.message} hint="A shorter month uses its last day">
            <input inputMode="numeric" className="plan-small" {...register('monthDay')} />
          </FormField>
        )}
        {frequency === 'MONTHLY_BY_WEEKDAY' && (
          <FormField label="Which week" error={errors.weekOfMonth?.message}>
            <select {...register('weekOfMonth')}>
              <option value="1">First</option><option value="2">Second</option><option value="3">Third</option>
              <option value="4">Fourth</option><option value="-1">Last</option>
            </select>
          </FormField>
        )}
        {frequency !== 'MONTHLY_BY_DAY' && (
          <fieldset className="span-all plan-weekdays" aria-describedby={errors.weekdays ? 'plan-weekdays-error' : undefined}>
            <legend>{frequency === 'WEEKLY' ? 'On' : 'Weekday'}</legend>
            <div className="plan-checks">
              {WEEKDAYS.map((day) => (
                <label key={day} className="tick">
                  <input type={frequency === 'WEEKLY' ? 'checkbox' : 'radio'} name="plan-weekday" checked={weekdays.includes(day)}
                    onChange={(event) => {
                      const now = form.getValues('weekdays');
                      const next = frequency === 'WEEKLY'
                        ? (event.target.checked ? [...now, day] : now.filter((item) => item !== day))
                        : [day];
                      setValue('weekdays', next, { shouldValidate: form.formState.isSubmitted });
                    }} />
                  {DAY_SHORT[day]}
                </label>
              ))}
            </div>
            {errors.weekdays && <p className="form-field-error" id="plan-weekdays-error" role="alert">{errors.weekdays.message}</p>}
          </fieldset>
        )}
        <FormField label="First day" error={errors.startDate?.message}>
          <DatePicker label="First day" value={watch('startDate')} fromDay={firstDay}
            onChange={(day) => setValue('startDate', day, { shouldValidate: true })} />
        </FormField>
        <FormField label="Starts at" error={errors.startTime?.message} hint="Company time">
          <input type="time" step={300} {...register('startTime')} />
        </FormField>
        <FormField label="Ends at" error={errors.endTime?.message}>
          <input type="time" step={300} {...register('endTime')} />
        </FormField>
        <FormField label="Last day" error={errors.endDate?.message} hint="Visits stop after it; none: the plan runs on">
          <span className="plan-end">
            <label className="tick"><input type="checkbox" checked={!!watch('endDate')}
              onChange={(event) => setValue('endDate', event.target.checked ? addDays(watch('startDate') || today(), 364) : '',
                { shouldValidate: form.formState.isSubmitted, shouldDirty: true })} /> Ends</label>
            {watch('endDate') && (
              <DatePicker label="Last day" value={watch('endDate')} fromDay={watch('startDate') || today()}
                onChange={(day) => setValue('endDate', day, { shouldValidate: true, shouldDirty: true })} />
            )}
          </span>
        </FormField>
        <FormField label="Invoicing" error={errors.billing?.message} hint="Monthly: one invoice on the 1st for last month’s visits">
          <select {...register('billing')}>
            <option value="PER_VISIT">Per visit</option>
            <option value="MONTHLY">Monthly</option>
          </select>
        </FormField>
        <FormField label="Team" error={errors.teamId?.message}>
          <select {...register('teamId')}>
            <option value="">No team</option>
            {(data?.teams ?? []).map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </FormField>
        <fieldset className="span-all plan-lines">
          <legend>Services per visit</legend>
          {fields.map((field, index) => {
            const service = catalog.find((item) => item.id === field.serviceId);
            return (
              <div key={field.id} className="plan-line" data-testid="plan-service">
                <span className="plan-line-name">{service?.name ?? 'Service'}</span>
                <FormField label="Price" error={errors.services?.[index]?.unitPrice?.message ?? errors.services?.[index]?.serviceId?.message}>
                  <MoneyInput {...register(`services.${index}.unitPrice`)} />
                </FormField>
                <button type="button" className="button link small" onClick={() => remove(index)}
                  aria-label={`Remove ${service?.name ?? `service ${index + 1}`}`}>Remove</button>
              </div>
            );
          })}
          <div className="plan-add">
            <FormField label="Add a service" error={servicesError}>
              <select value={adding} onChange={(event) => setAdding(event.target.value)} data-testid="plan-add-service">
                <option value="">Pick from the catalog</option>
                {catalog.filter((item) => item.active).map((item) => (
                  <option key={item.id} value={item.id}>{item.name}{item.defaultPrice ? ` — ${formatMoney(item.defaultPrice)}` : ''}</option>
                ))}
              </select>
            </FormField>
            <button type="button" className="button secondary" disabled={!adding} onClick={() => {
              const item = catalog.find((service) => service.id === adding);
              if (!item) return;
              append({ serviceId: item.id, unitPrice: item.defaultPrice ? formatAmountText(item.defaultPrice.amount) : '0' });
              setAdding('');
            }}>Add</button>
          </div>
        </fieldset>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        {plan ? <SubmitButton busy={isSubmitting} busyLabel="Saving…">Save changes</SubmitButton>
          : <SubmitButton busy={isSubmitting} busyLabel="Creating…">Create plan</SubmitButton>}
        <button type="button" className="button link" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
