/**
 * The customer's open reminders (office only), soonest first: add one (what, when, for whom — the viewer unless
 * another staff user is picked) and mark one done. Its assignee is notified when it comes due.
 */
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { formatDateTime } from '../../../../lib/format';
import { isTime, today, zonedInstant } from '../../../../lib/schedule';
import { describeError, describeUserErrors } from '../../../../lib/errors';
import { FormErrors, FormField, SubmitButton } from '../../../../components/form';
import { DatePicker } from '../../../../components/office/DatePicker';
import { Empty, ErrorState, Loading } from '../../../../components/ui';

const CustomerRemindersQuery = graphql(`
  query OfficeCustomerReminders($id: ID!) {
    node(id: $id) {
      __typename
      ... on Customer { id reminders { id text dueAt doneAt createdAt assignee { id name username } } }
    }
  }
`);

const ReminderCreate = graphql(`
  mutation OfficeReminderCreate($input: ReminderCreateInput!) {
    reminderCreate(input: $input) { userErrors { field code message } reminder { id text dueAt doneAt assignee { id name username } } }
  }
`);
const ReminderComplete = graphql(`
  mutation OfficeReminderComplete($input: ReminderCompleteInput!) {
    reminderComplete(input: $input) { userErrors { field code message } reminder { id doneAt } }
  }
`);

function ReminderForm({ customerId, onSaved }: { customerId: string; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [day, setDay] = useState(today());
  const [time, setTime] = useState('09:00');
  const [errors, setErrors] = useState<{ text?: string; day?: string; time?: string }>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [{ fetching }, create] = useMutation(ReminderCreate);
  async function submit() {
    const found: typeof errors = {};
    if (!text.trim()) found.text = 'Say what to remember.';
    else if (text.length > 500) found.text = 'A reminder is at most 500 characters.';
    if (!day) found.day = 'Pick the day.';
    if (!isTime(time)) found.time = 'The time is like 09:30.';
    setErrors(found);
    setMessages([]);
    if (Object.keys(found).length) return;
    const result = await create({ input: { customerId, text: text.trim(), dueAt: zonedInstant(day, time) } });
    const payload = result.data?.reminderCreate;
    if (!payload) { setMessages([describeError(result.error) || 'Nothing was saved. Try again.']); return; }
    if (payload.userErrors.length) {
      const byField: typeof errors = {};
      const rest: string[] = [];
      for (const problem of payload.userErrors) {
        const name = problem.field?.[problem.field.length - 1];
        if (name === 'text') byField.text = problem.message;
        else if (name === 'dueAt') byField.day = problem.message;
        else rest.push(describeUserErrors([problem]));
      }
      setErrors(byField);
      setMessages(rest);
      return;
    }
    setText('');
    onSaved();
  }
  return (
    <form className="card reminder-form" noValidate aria-label="Add a reminder" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h2>Add a reminder</h2>
      <FormField label="Remind me to" error={errors.text}>
        <input type="text" value={text} onChange={(event) => setText(event.target.value)} />
      </FormField>
      <div className="form-row">
        <FormField label="Day" error={errors.day}>
          <DatePicker label="Due day" value={day} onChange={setDay} fromDay={today()} />
        </FormField>
        <FormField label="Time" error={errors.time}>
          <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </FormField>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions"><SubmitButton busy={fetching} busyLabel="Adding…">Add reminder</SubmitButton></div>
    </form>
  );
}

export function RemindersTab({ customerId, readOnly, onChanged }: { customerId: string; readOnly: boolean; onChanged: () => void }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerRemindersQuery, variables: { id: customerId } });
  const [{ fetching: completing }, complete] = useMutation(ReminderComplete);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const reload = () => { refetch({ requestPolicy: 'network-only' }); onChanged(); };
  const reminders = data?.node?.__typename === 'Customer' ? (data.node.reminders ?? []) : [];
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  async function done(id: string) {
    setBusyId(id);
    setProblem('');
    const result = await complete({ input: { reminderId: id } });
    setBusyId(null);
    const payload = result.data?.reminderComplete;
    if (!payload) setProblem(describeError(result.error) || 'Nothing was saved. Try again.');
    else if (payload.userErrors.length) setProblem(describeUserErrors(payload.userErrors));
    else reload();
  }
  const now = Date.now();
  const sorted = [...reminders].sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
  return (
    <section aria-label="Reminders">
      {!readOnly && <ReminderForm customerId={customerId} onSaved={reload} />}
      <FormErrors messages={problem ? [problem] : []} />
      {sorted.length === 0 ? <Empty>No open reminders.</Empty> : (
        <>
          <p className="muted" data-testid="list-count">{sorted.length} open {sorted.length === 1 ? 'reminder' : 'reminders'}</p>
          <ul className="rows reminder-list">
            {sorted.map((reminder) => {
              const overdue = reminder.dueAt ? new Date(reminder.dueAt).getTime() < now : false;
              return (
                <li key={reminder.id} className="reminder" data-reminder={reminder.id}>
                  <span>
                    <strong>{reminder.text}</strong>
                    <span className="muted small block">
                      <span className={`nowrap ${overdue ? 'overdue' : ''}`}>{overdue ? 'Overdue since ' : 'Due '}{formatDateTime(reminder.dueAt)}</span>
                      {reminder.assignee && <> · for {reminder.assignee.name || reminder.assignee.username}</>}
                    </span>
                  </span>
                  {!readOnly && (
                    <button type="button" className="button secondary small" disabled={completing} aria-busy={busyId === reminder.id}
                      onClick={() => void done(reminder.id)}>{busyId === reminder.id ? 'Saving…' : 'Done'}</button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
