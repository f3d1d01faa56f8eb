/**
 * Notes on the account, newest first (all of them, counted): internal ones (office only) and those the client
 * reads, each marked. Add a note (about the whole account or one property), change its text or who reads it,
 * delete it after a confirmation.
 */
import { useState } from 'react';
import { useMutation } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { formatDateTime } from '../../../../lib/format';
import { applyUserErrors, outcome } from '../../../../lib/forms';
import { describeError, describeUserErrors } from '../../../../lib/errors';
import { FormErrors, FormField, SubmitButton } from '../../../../components/form';
import { Empty, ErrorState, Loading } from '../../../../components/ui';
import { ConfirmDialog } from '../../../../components/office/ConfirmDialog';
import { PropertyPicker } from '../../../../components/office/PropertyPicker';

const CustomerNotesQuery = graphql(`
  query OfficeCustomerNotes($id: ID!) {
    node(id: $id) {
      __typename
      ... on Customer {
        id
        notes { id body visibility visibleToCustomer createdAt updatedAt property { id name } job { id scheduledStart } }
        properties(first: 1) { totalCount }
      }
    }
  }
`);

const NoteCreate = graphql(`
  mutation OfficeNoteCreate($input: NoteCreateInput!) {
    noteCreate(input: $input) { userErrors { field code message } note { id body visibility visibleToCustomer createdAt updatedAt } }
  }
`);
const NoteUpdate = graphql(`
  mutation OfficeNoteUpdate($input: NoteUpdateInput!) {
    noteUpdate(input: $input) { userErrors { field code message } note { id body visibility visibleToCustomer updatedAt } }
  }
`);
const NoteDelete = graphql(`
  mutation OfficeNoteDelete($input: NoteDeleteInput!) {
    noteDelete(input: $input) { userErrors { field code message } deletedNoteId }
  }
`);

const noteSchema = z.object({
  text: z.string().trim().min(1, 'Write the note.').max(5000, 'A note is at most 5,000 characters.'),
  visibleToCustomer: z.boolean(),
  propertyId: z.string(),
});
type NoteValues = z.infer<typeof noteSchema>;

function NoteForm({ customerId, propertyTotal, onSaved }: { customerId: string; propertyTotal: number; onSaved: () => void }) {
  const [, create] = useMutation(NoteCreate);
  const [messages, setMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, reset, setValue, watch, formState: { errors, isSubmitting } } = useForm<NoteValues>({
    resolver: zodResolver(noteSchema), defaultValues: { text: '', visibleToCustomer: false, propertyId: '' },
  });
  const submit = handleSubmit(async (values) => {
    setMessages([]);
    const result = await create({ input: { customerId, text: values.text.trim(), visibleToCustomer: values.visibleToCustomer, propertyId: values.propertyId || null } });
    const sent = outcome<{ userErrors: { field?: string[] | null; code: string; message: string }[] }>(result, 'noteCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, ['text', 'visibleToCustomer', 'propertyId'])]);
      return;
    }
    reset();
    onSaved();
  });
  return (
    <form className="card note-form" onSubmit={submit} noValidate aria-label="Add a note">
      <h2>Add a note</h2>
      <FormField label="Note" error={errors.text?.message}>
        <textarea rows={3} {...register('text')} />
      </FormField>
      <div className="form-row">
        {propertyTotal > 0 && (
          <FormField label="About" error={errors.propertyId?.message}>
            <PropertyPicker customerId={customerId} noneLabel="The whole account" value={watch('propertyId')}
              onChange={(propertyId) => setValue('propertyId', propertyId)} />
          </FormField>
        )}
        <label className="check-label"><input type="checkbox" {...register('visibleToCustomer')} /> The client reads it too (portal)</label>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions"><SubmitButton busy={isSubmitting} busyLabel="Adding…">Add note</SubmitButton></div>
    </form>
  );
}

type NoteRow = { id: string; body: string; visibleToCustomer: boolean; createdAt: string; updatedAt: string;
  property?: { id: string; name: string } | null; job?: { id: string; scheduledStart: string } | null };

function NoteItem({ note, readOnly, onChanged }: { note: NoteRow; readOnly: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.body);
  const [visible, setVisible] = useState(note.visibleToCustomer);
  const [error, setErrorText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [{ fetching: saving }, update] = useMutation(NoteUpdate);
  const [{ fetching: deleting }, remove] = useMutation(NoteDelete);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  async function save() {
    if (!text.trim()) { setErrorText('Write the note.'); return; }
    if (text.length > 5000) { setErrorText('A note is at most 5,000 characters.'); return; }
    const result = await update({ input: { noteId: note.id, text: text.trim(), visibleToCustomer: visible } });
    const payload = result.data?.noteUpdate;
    if (!payload) { setErrorText(describeError(result.error) || 'Nothing was saved. Try again.'); return; }
    if (payload.userErrors.length) { setErrorText(describeUserErrors(payload.userErrors)); return; }
    setErrorText('');
    setEditing(false);
    onChanged();
  }
  async function confirmDelete() {
    const result = await remove({ input: { noteId: note.id } });
    const payload = result.data?.noteDelete;
    if (!payload) { setDeleteErrors([describeError(result.error) || 'Nothing was deleted. Try again.']); return; }
    if (payload.userErrors.length) { setDeleteErrors([describeUserErrors(payload.userErrors)]); return; }
    setConfirming(false);
    onChanged();
  }
  return (
    <li className={`note-item ${note.visibleToCustomer ? 'note-visible' : 'note-internal'}`} data-note={note.id}>
      <div className="note-meta">
        <span className={`badge ${note.visibleToCustomer ? 'badge-info' : 'badge-neutral'}`}>{note.visibleToCustomer ? 'Client sees it' : 'Internal'}</span>
        {note.property && <span className="muted small">about {note.property.name}</span>}
        <span className="muted small nowrap">{formatDateTime(note.createdAt)}{note.updatedAt !== note.createdAt && ' · edited'}</span>
      </div>
      {editing ? (
        <form onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
          <FormField label="Note" error={error}>
            <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} />
          </FormField>
          <label className="check-label"><input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} /> The client reads it too (portal)</label>
          <div className="form-actions">
            <button type="button" className="button secondary small" onClick={() => { setEditing(false); setText(note.body); setVisible(note.visibleToCustomer); setErrorText(''); }}>Cancel</button>
            <SubmitButton busy={saving} className="button primary small">Save note</SubmitButton>
          </div>
        </form>
      ) : (
        <>
          <p className="note-body">{note.body}</p>
          {!readOnly && (
            <div className="note-actions">
              <button type="button" className="button link" onClick={() => setEditing(true)}>Edit</button>
              <button type="button" className="button link" onClick={() => { setDeleteErrors([]); setConfirming(true); }}>Delete</button>
            </div>
          )}
        </>
      )}
      <ConfirmDialog open={confirming} title="Delete this note?" confirmLabel="Delete note" busyLabel="Deleting…" danger
        busy={deleting} errors={deleteErrors} onConfirm={() => void confirmDelete()} onCancel={() => setConfirming(false)}>
        <p>“{note.body.length > 120 ? `${note.body.slice(0, 117)}…` : note.body}”</p>
        <p>The activity trail keeps that it was deleted.</p>
      </ConfirmDialog>
    </li>
  );
}

export function NotesTab({ customerId, readOnly, onChanged }: { customerId: string; readOnly: boolean; onChanged: () => void }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerNotesQuery, variables: { id: customerId } });
  const customer = data?.node?.__typename === 'Customer' ? data.node : null;
  const reload = () => { refetch({ requestPolicy: 'network-only' }); onChanged(); };
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!customer) return null;
  const notes = customer.notes;
  const internal = notes.filter((note) => !note.visibleToCustomer).length;
  return (
    <section aria-label="Notes">
      {!readOnly && <NoteForm customerId={customerId} propertyTotal={customer.properties.totalCount} onSaved={reload} />}
      {notes.length === 0 ? <Empty>No notes yet.</Empty> : (
        <>
          <p className="muted" data-testid="list-count">{notes.length} {notes.length === 1 ? 'note' : 'notes'}: {internal} internal, {notes.length - internal} the client reads</p>
          <ul className="note-list">{notes.map((note) => <NoteItem key={note.id} note={note} readOnly={readOnly} onChanged={reload} />)}</ul>
        </>
      )}
    </section>
  );
}
