/** The people on the account: add, change and remove contacts (the default billing contact is marked). */
import { useState } from 'react';
import { useMutation } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { ContactRole } from '../../../gql/graphql';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { describeError, describeUserErrors } from '../../../lib/errors';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { ConfirmDialog } from '../../../components/office/ConfirmDialog';
import { CONTACT_ROLE_LABEL } from './labels';

const ContactCreate = graphql(`
  mutation OfficeContactCreate($input: ContactCreateInput!) {
    contactCreate(input: $input) { userErrors { field code message } contact { id name role isDefaultBilling email phone } }
  }
`);
const ContactUpdate = graphql(`
  mutation OfficeContactUpdate($input: ContactUpdateInput!) {
    contactUpdate(input: $input) { userErrors { field code message } contact { id name role isDefaultBilling email phone } }
  }
`);
const ContactDelete = graphql(`
  mutation OfficeContactDelete($input: ContactDeleteInput!) {
    contactDelete(input: $input) { userErrors { field code message } deletedContactId }
  }
`);

type Contact = { id: string; name: string; role: ContactRole; isDefaultBilling: boolean; email?: string | null; phone?: string | null };

const ROLES: ContactRole[] = ['BILLING', 'APPROVER', 'OWNER', 'ON_SITE'];
const contactSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name.').max(200, 'At most 200 characters.'),
  role: z.enum(['BILLING', 'APPROVER', 'OWNER', 'ON_SITE']),
  email: z.string().trim().refine((value) => !value || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'The e-mail address is not valid.'),
  phone: z.string().trim().refine((value) => !value || /^[+()\d\s.-]{7,}$/.test(value), 'The phone number is not valid.'),
  defaultBilling: z.boolean(),
});
type ContactValues = z.infer<typeof contactSchema>;
const FIELDS = ['name', 'role', 'email', 'phone', 'defaultBilling'];
type Payload = { userErrors: { field?: string[] | null; code: string; message: string }[] };

function ContactForm({ customerId, contact, onDone, onCancel }: {
  customerId: string; contact?: Contact; onDone: () => void; onCancel: () => void;
}) {
  const [, create] = useMutation(ContactCreate);
  const [, update] = useMutation(ContactUpdate);
  const [messages, setMessages] = useState<string[]>([]);
  const { register, handleSubmit, setError, watch, formState: { errors, isSubmitting } } = useForm<ContactValues>({
    resolver: zodResolver(contactSchema),
    defaultValues: { name: contact?.name ?? '', role: contact?.role ?? 'BILLING', email: contact?.email ?? '', phone: contact?.phone ?? '', defaultBilling: contact?.isDefaultBilling ?? false },
  });
  const role = watch('role');
  const submit = handleSubmit(async (values) => {
    setMessages([]);
    const fields = { name: values.name.trim(), role: values.role, email: values.email.trim() || null, phone: values.phone.trim() || null,
      defaultBilling: values.role === 'BILLING' && values.defaultBilling };
    const sent = contact
      ? outcome<Payload>(await update({ input: { contactId: contact.id, ...fields } }), 'contactUpdate')
      : outcome<Payload>(await create({ input: { customerId, ...fields } }), 'contactCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, FIELDS, { contactId: '', customerId: '' })]);
      return;
    }
    onDone();
  });
  const prefix = contact ? `contact-${contact.id}` : 'contact-new';
  return (
    <form className="contact-form" noValidate onSubmit={submit} aria-label={contact ? `Change ${contact.name}` : 'Add a contact'}>
      <FormField label="Name" error={errors.name?.message} id={`${prefix}-name`}><input type="text" autoFocus {...register('name')} /></FormField>
      <FormField label="Role" error={errors.role?.message} id={`${prefix}-role`}>
        <select {...register('role')}>{ROLES.map((value) => <option key={value} value={value}>{CONTACT_ROLE_LABEL[value]}</option>)}</select>
      </FormField>
      <FormField label="E-mail" error={errors.email?.message} id={`${prefix}-email`}><input type="email" {...register('email')} /></FormField>
      <FormField label="Phone" error={errors.phone?.message} id={`${prefix}-phone`}><input type="tel" {...register('phone')} /></FormField>
      {role === 'BILLING' && (
        <label className="check-label"><input type="checkbox" {...register('defaultBilling')} /> Default billing contact</label>
      )}
      <FormErrors messages={messages} />
      <div className="form-actions">
        <button type="button" className="button secondary small" onClick={onCancel}>Cancel</button>
        <SubmitButton busy={isSubmitting} className="button primary small">{contact ? 'Save contact' : 'Add contact'}</SubmitButton>
      </div>
    </form>
  );
}

export function ContactsCard({ customerId, contacts, readOnly, onChanged }: {
  customerId: string; contacts: readonly Contact[]; readOnly: boolean; onChanged: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const [removeErrors, setRemoveErrors] = useState<string[]>([]);
  const [{ fetching: deleting }, remove] = useMutation(ContactDelete);
  async function confirmRemove() {
    if (!removing) return;
    const result = await remove({ input: { contactId: removing.id } });
    const payload = result.data?.contactDelete;
    if (!payload) { setRemoveErrors([describeError(result.error) || 'Nothing was removed. Try again.']); return; }
    if (payload.userErrors.length) { setRemoveErrors([describeUserErrors(payload.userErrors)]); return; }
    setRemoving(null);
    onChanged();
  }
  return (
    <section className="card" aria-labelledby="contacts-title">
      <div className="card-header">
        <h2 id="contacts-title">Contacts <span className="muted small">({contacts.length})</span></h2>
        {!readOnly && editing !== 'new' && <button type="button" className="button link" onClick={() => setEditing('new')}>Add contact</button>}
      </div>
      {editing === 'new' && <ContactForm customerId={customerId} onDone={() => { setEditing(null); onChanged(); }} onCancel={() => setEditing(null)} />}
      {contacts.length === 0 && editing !== 'new' ? <p className="muted">No contacts yet.</p> : (
        <ul className="rows compact">
          {contacts.map((contact) => (
            <li key={contact.id} data-contact={contact.id}>
              {editing === contact.id ? (
                <ContactForm customerId={customerId} contact={contact} onDone={() => { setEditing(null); onChanged(); }} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <span>
                    <strong>{contact.name}</strong> <span className="muted small">{CONTACT_ROLE_LABEL[contact.role]}{contact.isDefaultBilling && ' · default billing'}</span>
                    <span className="small block">
                      {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
                      {contact.email && contact.phone && ' · '}
                      {contact.phone && <a className="nowrap" href={`tel:${contact.phone}`}>{contact.phone}</a>}
                    </span>
                  </span>
                  {!readOnly && (
                    <span className="row-actions">
                      <button type="button" className="button link" onClick={() => setEditing(contact.id)}>Edit<span className="visually-hidden"> {contact.name}</span></button>
                      <button type="button" className="button link" onClick={() => { setRemoveErrors([]); setRemoving(contact); }}>Remove<span className="visually-hidden"> {contact.name}</span></button>
                    </span>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog open={removing !== null} title={`Remove ${removing?.name ?? 'this contact'}?`} confirmLabel="Remove contact"
        busyLabel="Removing…" danger busy={deleting} errors={removeErrors} onConfirm={() => void confirmRemove()} onCancel={() => setRemoving(null)}>
        <p>They leave this client's account; the activity trail keeps who they were.</p>
      </ConfirmDialog>
    </section>
  );
}
