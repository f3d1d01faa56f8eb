/** Create or change a property (propertyCreate / propertyUpdate): name, type, address, access and internal notes. */
import { useState } from 'react';
import { useMutation } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { PropertyType } from '../../../gql/graphql';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { PROPERTY_TYPE_LABEL } from './labels';

const PropertyCreate = graphql(`
  mutation OfficePropertyCreate($input: PropertyCreateInput!) {
    propertyCreate(input: $input) { userErrors { field code message } property { id name } }
  }
`);
const PropertyUpdate = graphql(`
  mutation OfficePropertyUpdate($input: PropertyUpdateInput!) {
    propertyUpdate(input: $input) {
      userErrors { field code message }
      property { id name type accessNotes description internalNotes address { line1 line2 city region postalCode country } }
    }
  }
`);

const schema = z.object({
  name: z.string().trim().min(1, 'Give the property a name, e.g. "Main house".').max(200, 'At most 200 characters.'),
  type: z.enum(['RESIDENTIAL', 'BUSINESS', 'POOL']),
  address: z.object({
    line1: z.string().trim().min(1, 'Enter the street and number.').max(200), line2: z.string().trim().max(200),
    city: z.string().trim().min(1, 'Enter the city.').max(100), region: z.string().trim().max(100),
    postalCode: z.string().trim().max(20), country: z.string().trim().max(2, 'Two letters, e.g. US.'),
  }),
  accessNotes: z.string().max(5000, 'At most 5,000 characters.'),
  description: z.string().max(5000, 'At most 5,000 characters.'),
  internalNotes: z.string().max(5000, 'At most 5,000 characters.'),
});
type Values = z.infer<typeof schema>;
const KNOWN = ['name', 'type', 'address.line1', 'address.line2', 'address.city', 'address.region', 'address.postalCode', 'address.country',
  'accessNotes', 'description', 'internalNotes'];
type Payload = { userErrors: { field?: string[] | null; code: string; message: string }[]; property?: { id: string } | null };

export type PropertyFields = {
  id: string; name: string; type: PropertyType; accessNotes?: string | null; description?: string | null; internalNotes?: string | null;
  address: { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null; postalCode?: string | null; country?: string | null };
};

export function PropertyForm({ customerId, property, onSaved, onCancel }: {
  customerId?: string; property?: PropertyFields; onSaved: (id: string) => void; onCancel: () => void;
}) {
  const [, create] = useMutation(PropertyCreate);
  const [, update] = useMutation(PropertyUpdate);
  const [messages, setMessages] = useState<string[]>([]);
  const address = property?.address;
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: property?.name ?? '', type: property?.type ?? 'RESIDENTIAL',
      address: { line1: address?.line1 ?? '', line2: address?.line2 ?? '', city: address?.city ?? '', region: address?.region ?? '', postalCode: address?.postalCode ?? '', country: address?.country ?? '' },
      accessNotes: property?.accessNotes ?? '', description: property?.description ?? '', internalNotes: property?.internalNotes ?? '',
    },
  });
  const submit = handleSubmit(async (values) => {
    setMessages([]);
    const blank = (text: string) => text.trim() || null;
    const fields = {
      name: values.name.trim(), type: values.type,
      address: Object.fromEntries(Object.entries(values.address).map(([key, value]) => [key, blank(value)])),
      accessNotes: blank(values.accessNotes), description: blank(values.description), internalNotes: blank(values.internalNotes),
    };
    const sent = property
      ? outcome<Payload>(await update({ input: { id: property.id, ...fields } }), 'propertyUpdate')
      : outcome<Payload>(await create({ input: { customerId: customerId ?? '', ...fields } }), 'propertyCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, KNOWN)]);
      return;
    }
    onSaved(sent.payload.property?.id ?? property?.id ?? '');
  });
  return (
    <form className="card property-form" noValidate onSubmit={submit} aria-labelledby="property-form-title">
      <h2 id="property-form-title">{property ? 'Edit property' : 'New property'}</h2>
      <div className="form-grid-2">
        <FormField label="Name" hint='What the office calls it, e.g. "Main house" or "Unit 4B".' error={errors.name?.message}><input type="text" autoFocus {...register('name')} /></FormField>
        <FormField label="Type" error={errors.type?.message}>
          <select {...register('type')}>{Object.entries(PROPERTY_TYPE_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}</select>
        </FormField>
      </div>
      <fieldset className="form-grid-2">
        <legend>Address</legend>
        <FormField label="Street" error={errors.address?.line1?.message}><input type="text" autoComplete="off" {...register('address.line1')} /></FormField>
        <FormField label="Apartment, suite" error={errors.address?.line2?.message}><input type="text" {...register('address.line2')} /></FormField>
        <FormField label="City" error={errors.address?.city?.message}><input type="text" {...register('address.city')} /></FormField>
        <FormField label="State or region" error={errors.address?.region?.message}><input type="text" {...register('address.region')} /></FormField>
        <FormField label="ZIP or postal code" error={errors.address?.postalCode?.message}><input type="text" {...register('address.postalCode')} /></FormField>
        <FormField label="Country" hint="Two letters, e.g. US." error={errors.address?.country?.message}><input type="text" {...register('address.country')} /></FormField>
      </fieldset>
      <div className="form-grid-2">
        <FormField label="Access notes" hint="How to get in (lockbox, gate code): the assigned crew and the client read these." error={errors.accessNotes?.message}><textarea rows={3} {...register('accessNotes')} /></FormField>
        <FormField label="Description" hint="The client reads this too." error={errors.description?.message}><textarea rows={3} {...register('description')} /></FormField>
        <FormField label="Internal notes (office only)" error={errors.internalNotes?.message}><textarea rows={3} {...register('internalNotes')} /></FormField>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onCancel}>Cancel</button>
        <SubmitButton busy={isSubmitting}>{property ? 'Save property' : 'Add property'}</SubmitButton>
      </div>
    </form>
  );
}
