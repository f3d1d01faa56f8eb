/**
 * Employees and teams (owner): who works in the field and in which crews. Employees are created (with a sign-in
 * of their own if they need one), edited and retired; teams are created, renamed and given their members.
 */
import { Fragment, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../components/ui';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { applyUserErrors, outcome } from '../../../lib/forms';
import type { UserErrorLike } from '../../../lib/errors';
import { Link } from '../../../lib/router';
import { formatRating } from '../../../lib/format';

const PeopleQuery = graphql(`
  query SettingsPeople {
    employees { id name email phone active user { id username active } rating { average count } }
    teams { id name members { id name } rating { average count } }
  }
`);

const CreateEmployee = graphql(`
  mutation SettingsEmployeeCreate($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) { userErrors { field code message } employee { id name } }
  }
`);

const UpdateEmployee = graphql(`
  mutation SettingsEmployeeUpdate($input: EmployeeUpdateInput!) {
    employeeUpdate(input: $input) {
      userErrors { field code message }
      employee { id name email phone active user { id username active } }
    }
  }
`);

const CreateTeam = graphql(`
  mutation SettingsTeamCreate($input: TeamCreateInput!) {
    teamCreate(input: $input) { userErrors { field code message } team { id name members { id name } } }
  }
`);

const UpdateTeam = graphql(`
  mutation SettingsTeamUpdate($input: TeamUpdateInput!) {
    teamUpdate(input: $input) { userErrors { field code message } team { id name members { id name } } }
  }
`);

type Payload = { userErrors: readonly UserErrorLike[] };
const PEOPLE_TYPES = { additionalTypenames: ['Employee', 'Team'] };

function usePeople() {
  return useQuery({ query: PeopleQuery, context: PEOPLE_TYPES });
}

// ------------------------------------------------------------------------------------------------ employees

const employeeForm = z.object({
  name: z.string().trim().min(1, 'Enter their full name.').max(120, 'Use at most 120 characters.'),
  email: z.union([z.literal(''), z.string().trim().email('That is not an e-mail address (name@example.com).')]),
  phone: z.string().trim().max(40, 'Use at most 40 characters.'),
  signIn: z.boolean(),
  username: z.string().trim(),
  sendCredentials: z.boolean(),
}).superRefine((form, context) => {
  if (!form.signIn) return;
  if (!/^[A-Za-z0-9._-]{3,40}$/.test(form.username)) {
    context.addIssue({ code: 'custom', path: ['username'], message: "Use 3 to 40 characters: letters, digits, '.', '_' or '-'." });
  }
  if (!form.email) context.addIssue({ code: 'custom', path: ['email'], message: 'A sign-in needs an e-mail address: the codes go there.' });
});
type EmployeeForm = z.infer<typeof employeeForm>;

interface EmployeeRow {
  id: string; name: string; email?: string | null; phone?: string | null; active: boolean;
  user?: { id: string; username: string; active: boolean } | null;
}

/** Which row (or 'new') is being edited, and the last saved message; `done` closes the editor and, after a save,
 *  shows its message and reads the list again. */
function useRowEditing(refetch: (options: { requestPolicy: 'network-only' }) => void) {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  function done(text: string | null) {
    setEditing(null);
    if (text) { setMessage(text); refetch({ requestPolicy: 'network-only' }); }
  }
  return { editing, setEditing, message, done };
}

function EmployeeEditor({ employee, onDone }: { employee?: EmployeeRow; onDone: (message: string | null) => void }) {
  const [, create] = useMutation(CreateEmployee);
  const [, update] = useMutation(UpdateEmployee);
  const [messages, setMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState: { errors, isSubmitting } } = useForm<EmployeeForm>({
    resolver: zodResolver(employeeForm),
    defaultValues: { name: employee?.name ?? '', email: employee?.email ?? '', phone: employee?.phone ?? '', signIn: false,
      username: '', sendCredentials: true },
  });
  const signIn = watch('signIn');
  async function submit(form: EmployeeForm) {
    setMessages([]);
    const newUser = form.signIn ? { username: form.username, email: form.email || null, sendCredentials: form.sendCredentials } : null;
    const values = { name: form.name, email: form.email || null, phone: form.phone || null, newUser };
    const result = employee ? await update({ input: { id: employee.id, ...values } }) : await create({ input: values });
    const sent = outcome<Payload>(result, employee ? 'employeeUpdate' : 'employeeCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, ['name', 'email', 'phone', 'username'],
        { 'newUser.username': 'username', 'newUser.email': 'email' })]);
      return;
    }
    onDone(employee ? `${form.name} is saved.` : `${form.name} is on the staff${form.signIn ? ` and signs in as ${form.username}` : ''}.`);
  }
  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={employee ? `Edit ${employee.name}` : 'New employee'}>
      <div className="form-grid">
        <FormField label="Full name" error={errors.name?.message}><input {...register('name')} /></FormField>
        <FormField label="E-mail" error={errors.email?.message}><input type="email" {...register('email')} /></FormField>
        <FormField label="Phone" error={errors.phone?.message}><input type="tel" {...register('phone')} /></FormField>
        {!employee?.user && (
          <label className="settings-check span-all"><input type="checkbox" {...register('signIn')} /> Give them a sign-in for the field view</label>
        )}
        {signIn && (
          <>
            <FormField label="Username" error={errors.username?.message}><input autoComplete="off" {...register('username')} /></FormField>
            <label className="settings-check"><input type="checkbox" {...register('sendCredentials')} /> E-mail them the sign-in link now</label>
          </>
        )}
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting}>{employee ? 'Save employee' : 'Add employee'}</SubmitButton>
        <button type="button" className="button secondary" onClick={() => onDone(null)}>Cancel</button>
      </div>
    </form>
  );
}

function RetireButton({ employee, onDone }: { employee: EmployeeRow; onDone: (message: string) => void }) {
  const [{ fetching }, update] = useMutation(UpdateEmployee);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function flip() {
    const result = await update({ input: { id: employee.id, active: !employee.active } });
    setConfirming(false);
    const sent = outcome<Payload>(result, 'employeeUpdate');
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((one) => one.message)].join(' ')); return; }
    onDone(employee.active ? `${employee.name} is retired: off new jobs and teams, and their sign-in is disabled.` : `${employee.name} is back on the staff.`);
  }
  if (confirming) {
    return (
      <span className="confirm-inline">
        Retire {employee.name}?{' '}
        <button type="button" className="button danger small" disabled={fetching} onClick={flip} autoFocus>{fetching ? 'Retiring…' : 'Retire'}</button>{' '}
        <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>Keep</button>
      </span>
    );
  }
  return (
    <>
      <button type="button" className="button secondary small" disabled={fetching}
        onClick={() => (employee.active ? setConfirming(true) : void flip())}>{employee.active ? 'Retire' : 'Bring back'}</button>
      {problem && <p className="form-field-error" role="alert">{problem}</p>}
    </>
  );
}

export function Employees() {
  const [{ data, error, fetching }, refetch] = usePeople();
  const { editing, setEditing, message, done } = useRowEditing(refetch);
  const rows = data?.employees ?? [];
  const active = rows.filter((row) => row.active).length;
  return (
    <section className="card" aria-labelledby="section-title">
      <div className="card-header">
        <h2 id="section-title">Employees</h2>
        {editing !== 'new' && <button type="button" className="button primary" onClick={() => setEditing('new')}>New employee</button>}
      </div>
      <p className="section-intro">The people jobs and teams are assigned to. Office and owner sign-ins are under <Link href="/access/staff">Portal access → Staff users</Link>.</p>
      {message && <p className="success" role="status" data-testid="saved">{message}</p>}
      {editing === 'new' && <div className="card"><EmployeeEditor onDone={done} /></div>}
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && <Empty>No employees yet.</Empty>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table settings-table">
            <caption className="visually-hidden">Employees</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Contact</th><th scope="col">Sign-in</th><th scope="col">Rating</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr data-employee={row.name}>
                    <th scope="row">{row.name}{!row.active && <span className="badge badge-neutral"> Retired</span>}</th>
                    <td>{row.email ?? '—'}{row.phone && <span className="muted small block nowrap">{row.phone}</span>}</td>
                    <td>{row.user ? <>{row.user.username}{!row.user.active && <span className="muted small"> (disabled)</span>}</> : <span className="muted">None</span>}</td>
                    <td className="nowrap">{formatRating(row.rating)}</td>
                    <td className="actions-cell">
                      {editing !== row.id && <button type="button" className="button secondary small" onClick={() => setEditing(row.id)}>Edit</button>}{' '}
                      <RetireButton employee={row} onDone={done} />
                    </td>
                  </tr>
                  {editing === row.id && <tr className="edit-row"><td colSpan={5}><EmployeeEditor employee={row} onDone={done} /></td></tr>}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <p className="pager-count" data-testid="list-count">{active} active, {rows.length - active} retired — every employee is listed.</p>}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------- teams

interface TeamRow { id: string; name: string; members: readonly { id: string; name: string }[] }

function TeamEditor({ team, employees, onDone }: {
  team?: TeamRow; employees: readonly EmployeeRow[]; onDone: (message: string | null) => void;
}) {
  const [, create] = useMutation(CreateTeam);
  const [, update] = useMutation(UpdateTeam);
  const [name, setName] = useState(team?.name ?? '');
  const [members, setMembers] = useState<string[]>((team?.members ?? []).map((member) => member.id));
  const [nameError, setNameError] = useState<string | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const choices = employees.filter((person) => person.active || members.includes(person.id));
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const clean = name.trim();
    if (!clean) { setNameError('Name the team.'); return; }
    setNameError(null);
    setBusy(true);
    setMessages([]);
    const result = team
      ? await update({ input: { id: team.id, name: clean, memberIds: members } })
      : await create({ input: { name: clean, memberIds: members } });
    setBusy(false);
    const sent = outcome<Payload>(result, team ? 'teamUpdate' : 'teamCreate');
    if (!sent.ok) {
      const rest = [...sent.messages];
      for (const error of sent.userErrors) {
        if (error.field?.[1] === 'name') setNameError(error.message);
        else rest.push(error.message);
      }
      setMessages(rest);
      return;
    }
    onDone(`${clean} is saved with ${members.length} ${members.length === 1 ? 'member' : 'members'}.`);
  }
  const nameId = team ? `team-name-${team.id}` : 'team-name-new';
  return (
    <form onSubmit={submit} noValidate aria-label={team ? `Edit ${team.name}` : 'New team'}>
      <div className={`form-field ${nameError ? 'has-error' : ''}`} style={{ maxWidth: '24rem' }}>
        <label htmlFor={nameId}>Team name</label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${nameId}-error` : undefined} />
        {nameError && <p className="form-field-error" id={`${nameId}-error`} role="alert">{nameError}</p>}
      </div>
      <fieldset style={{ marginTop: '0.75rem' }}>
        <legend>Members ({members.length})</legend>
        {choices.length === 0 && <p className="muted">No active employees: add them under Employees first.</p>}
        <div className="member-list">
          {choices.map((person) => (
            <label key={person.id} className="settings-check">
              <input type="checkbox" checked={members.includes(person.id)}
                onChange={() => setMembers(members.includes(person.id) ? members.filter((id) => id !== person.id) : [...members, person.id])} />
              {person.name}{!person.active && <span className="muted small"> (retired)</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={busy}>{team ? 'Save team' : 'Create team'}</SubmitButton>
        <button type="button" className="button secondary" onClick={() => onDone(null)}>Cancel</button>
      </div>
    </form>
  );
}

export function Teams() {
  const [{ data, error, fetching }, refetch] = usePeople();
  const { editing, setEditing, message, done } = useRowEditing(refetch);
  const teams = data?.teams ?? [];
  const employees = data?.employees ?? [];
  return (
    <section className="card" aria-labelledby="section-title">
      <div className="card-header">
        <h2 id="section-title">Teams</h2>
        {editing !== 'new' && <button type="button" className="button primary" onClick={() => setEditing('new')}>New team</button>}
      </div>
      <p className="section-intro">Crews the schedule sends to a job together.</p>
      {message && <p className="success" role="status" data-testid="saved">{message}</p>}
      {editing === 'new' && <div className="card"><TeamEditor employees={employees} onDone={done} /></div>}
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && teams.length === 0 && <Empty>No teams yet.</Empty>}
      {teams.length > 0 && (
        <div className="table-wrap">
          <table className="table settings-table">
            <caption className="visually-hidden">Teams</caption>
            <thead><tr><th scope="col">Team</th><th scope="col">Members</th><th scope="col">Rating</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {teams.map((team) => (
                <Fragment key={team.id}>
                  <tr data-team={team.name}>
                    <th scope="row">{team.name}</th>
                    <td>{team.members.length ? team.members.map((member) => member.name).join(', ') : <span className="muted">Nobody yet</span>}</td>
                    <td className="nowrap">{formatRating(team.rating)}</td>
                    <td className="actions-cell">
                      {editing !== team.id && <button type="button" className="button secondary small" onClick={() => setEditing(team.id)}>Edit</button>}
                    </td>
                  </tr>
                  {editing === team.id && <tr className="edit-row"><td colSpan={4}><TeamEditor team={team} employees={employees} onDone={done} /></td></tr>}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && <p className="pager-count" data-testid="list-count">{teams.length} {teams.length === 1 ? 'team' : 'teams'}</p>}
    </section>
  );
}
