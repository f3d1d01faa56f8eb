/**
 * Staff users (OWNER only): everyone who signs in for the company — owners, office, field employees — with role,
 * status and last sign-in; a new staff user (an EMPLOYEE user signs in as one employee); disable, enable, unlock.
 */
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { Pager, usePages } from '../../../components/Pager';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { formatDateTime } from '../../../lib/format';
import { Link, navigate, useLocation } from '../../../lib/router';
import { useViewer } from '../../../session';
import { AccessNav } from './parts';
import { AccountActions, StateBadge } from './PortalUsers';
import { suggestUsername, USERNAME } from './scope';

const StaffQuery = graphql(`
  query AccessStaffUsers($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id username name email role active finances locked lastSignInAt employee { id name } }
    }
  }
`);

const Employees = graphql(`
  query AccessEmployees { employees { id name active user { id } } }
`);

const CreateStaff = graphql(`
  mutation AccessStaffUserCreate($input: StaffUserCreateInput!) {
    staffUserCreate(input: $input) { userErrors { field code message } user { id username role } }
  }
`);

const ROLE: Record<string, string> = { OWNER: 'Owner', OFFICE: 'Office', EMPLOYEE: 'Field employee' };
const ROLE_HINT: Record<string, string> = {
  OWNER: 'Everything, including settings and staff users.',
  OFFICE: 'Customers, schedule, billing and portal access; not settings or staff users.',
  EMPLOYEE: 'Only their own jobs in the field view.',
};
const STAFF_ROLES = ['OWNER', 'OFFICE', 'EMPLOYEE'] as const;
const USER_TYPES = { additionalTypenames: ['User'] };

const newStaff = z.object({
  role: z.enum(STAFF_ROLES),
  email: z.string().trim().min(1, 'Enter an e-mail address: sign-in codes are sent there.')
    .email('That is not an e-mail address (name@example.com).'),
  username: z.string().trim().regex(USERNAME, "Use 3 to 40 characters: letters, digits, '.', '_' or '-'."),
  name: z.string().trim().max(120, 'Use at most 120 characters.'),
  employeeId: z.string(),
  sendCredentials: z.boolean(),
}).refine((form) => form.role !== 'EMPLOYEE' || form.employeeId !== '',
  { path: ['employeeId'], message: 'Choose the employee this user signs in as.' });
type NewStaff = z.infer<typeof newStaff>;

function NewStaffUser({ onDone }: { onDone: (message: string) => void }) {
  const [, create] = useMutation(CreateStaff);
  const [{ data: people }] = useQuery({ query: Employees });
  const [messages, setMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, setValue, getValues, watch, formState: { errors, isSubmitting } } = useForm<NewStaff>({
    resolver: zodResolver(newStaff),
    defaultValues: { role: 'OFFICE', email: '', username: '', name: '', employeeId: '', sendCredentials: true },
  });
  const role = watch('role');
  const free = (people?.employees ?? []).filter((person) => person.active && !person.user);
  async function submit(form: NewStaff) {
    setMessages([]);
    const result = await create({ input: {
      role: form.role, email: form.email, username: form.username, name: form.name || null,
      employeeId: form.role === 'EMPLOYEE' ? form.employeeId : null, sendCredentials: form.sendCredentials,
    } });
    const sent = outcome<{ userErrors: { field?: readonly string[] | null; message: string }[] }>(result, 'staffUserCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, ['role', 'email', 'username', 'name', 'employeeId'])]);
      return;
    }
    onDone(`${form.username} (${ROLE[form.role]}) can sign in now${form.sendCredentials ? ` — the welcome e-mail went to ${form.email}` : ''}.`);
  }
  return (
    <form className="card access-form" onSubmit={handleSubmit(submit)} noValidate aria-labelledby="new-staff-title">
      <h2 id="new-staff-title">New staff user</h2>
      <div className="form-grid">
        <FormField label="Role" error={errors.role?.message} hint={ROLE_HINT[role]}>
          <select {...register('role')}>
            {STAFF_ROLES.map((value) => <option key={value} value={value}>{ROLE[value]}</option>)}
          </select>
        </FormField>
        {role === 'EMPLOYEE' && (
          <FormField label="Employee" error={errors.employeeId?.message}
            hint={free.length ? 'Employees without a sign-in yet.' : 'Every employee already has a sign-in: add the employee in Settings first.'}>
            <select {...register('employeeId', {
              onChange: (event) => {
                const person = free.find((one) => one.id === event.target.value);
                if (person && !getValues('name')) setValue('name', person.name);
              },
            })}>
              <option value="">Choose…</option>
              {free.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
            </select>
          </FormField>
        )}
        <FormField label="E-mail" error={errors.email?.message} hint="Sign-in codes go here.">
          <input type="email" autoComplete="off" {...register('email', {
            onBlur: (event) => { if (!getValues('username')) setValue('username', suggestUsername(event.target.value), { shouldValidate: !!errors.username }); },
          })} />
        </FormField>
        <FormField label="Username" error={errors.username?.message}>
          <input autoComplete="off" {...register('username')} />
        </FormField>
        <FormField label="Name (optional)" error={errors.name?.message}>
          <input autoComplete="off" {...register('name')} />
        </FormField>
        <label className="check-row span-all">
          <input type="checkbox" {...register('sendCredentials')} />
          E-mail them a welcome with their username and the sign-in link now
        </label>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Creating…">Create staff user</SubmitButton>
        <Link href="/access/staff" className="button secondary">Cancel</Link>
      </div>
    </form>
  );
}

export default function StaffUsers() {
  const viewer = useViewer();
  const { search: params } = useLocation();
  const creating = params.get('new') === '1';
  const [role, setRole] = useState<'all' | (typeof STAFF_ROLES)[number]>('all');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const pages = usePages(`${role}|${search}`);
  const filter = useMemo(() => ({ roles: role === 'all' ? [...STAFF_ROLES] : [role], search: search || null }), [role, search]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: StaffQuery, variables: { filter, after: pages.after }, context: USER_TYPES });
  const rows = data?.users.nodes ?? [];
  function done(text: string) {
    setMessage(text);
    refetch({ requestPolicy: 'network-only' });
  }
  return (
    <>
      <PageHeader title="Portal access">
        {!creating && <Link className="button primary" href="/access/staff?new=1">New staff user</Link>}
      </PageHeader>
      <AccessNav current="staff" />
      {message && (
        <div className="success" role="status" data-testid="access-message">
          {message} <button type="button" className="button link" onClick={() => setMessage(null)}>Dismiss</button>
        </div>
      )}
      {creating && <NewStaffUser onDone={(text) => { navigate('/access/staff', true); done(text); }} />}
      <div className="toolbar">
        <div className="filter grow">
          <label htmlFor="staff-search">Search by username, name or e-mail</label>
          <input id="staff-search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor="staff-role">Role</label>
          <select id="staff-role" value={role} onChange={(event) => setRole(event.target.value as typeof role)}>
            <option value="all">All staff</option>
            {STAFF_ROLES.map((value) => <option key={value} value={value}>{ROLE[value]}</option>)}
          </select>
        </div>
      </div>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && <Empty>No staff user matches.</Empty>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table access-table">
            <caption className="visually-hidden">Staff users</caption>
            <thead>
              <tr><th scope="col">User</th><th scope="col">Role</th><th scope="col">Status</th>
                <th scope="col" className="hide-md">Last sign-in</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-username={row.username}>
                  <th scope="row">
                    <span className="user-name">{row.username}</span>
                    <span className="muted small block">{[row.name, row.email].filter(Boolean).join(' · ')}</span>
                  </th>
                  <td>{ROLE[row.role] ?? row.role}{row.employee && <span className="muted small block">as {row.employee.name}</span>}</td>
                  <td><StateBadge row={row} /></td>
                  <td className="hide-md nowrap">{row.lastSignInAt ? formatDateTime(row.lastSignInAt) : <span className="muted">Never</span>}</td>
                  <td className="actions-cell">
                    {row.id === viewer.user?.id
                      ? <span className="muted small">You</span>
                      : <AccountActions row={row} onDone={done} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <Pager page={pages.page} shown={rows.length} total={data.users.totalCount} hasNext={data.users.pageInfo.hasNextPage}
          endCursor={data.users.pageInfo.endCursor} noun={['staff user', 'staff users']} onNext={pages.next} onPrevious={pages.previous} />
      )}
    </>
  );
}
