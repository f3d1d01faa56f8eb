import { describe, expect, it } from 'vitest';
import { duplicateQuestion, emptyNewCustomer, fieldRenames, newCustomerSchema, reasonWords, toCreateInput } from './newCustomer';

describe('the new-customer form', () => {
  it('needs a name, and a street and city for the first property', () => {
    const result = newCustomerSchema.safeParse(emptyNewCustomer());
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['displayName', 'billingAddress.line1', 'billingAddress.city']));
  });

  it('checks the e-mail and the phone before sending', () => {
    const values = { ...emptyNewCustomer('Ana Ruiz'), addProperty: false, email: 'ana@', phone: '010-20' };
    const result = newCustomerSchema.safeParse(values);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['email', 'phone']);
  });

  it('sends the billing address as the first property’s when it is the same place', () => {
    const values = { ...emptyNewCustomer('Ana Ruiz'), email: ' ana@example.com ', phone: '(555) 010-2030',
      billingAddress: { line1: '8 Shore Rd', line2: '', city: 'Lakeside', region: 'MI', postalCode: '49503' } };
    const input = toCreateInput(values);
    expect(input.emails).toEqual(['ana@example.com']);
    expect(input.phones).toEqual(['(555) 010-2030']);
    expect(input.firstProperty).toMatchObject({ name: 'Home', address: { line1: '8 Shore Rd', city: 'Lakeside', line2: null } });
    expect(input.billingAddress).toMatchObject({ line1: '8 Shore Rd' });
  });

  it('sends no property and no billing address when none was given', () => {
    const input = toCreateInput({ ...emptyNewCustomer('Ana Ruiz'), addProperty: false });
    expect(input.firstProperty).toBeNull();
    expect(input.billingAddress).toBeNull();
  });

  it('puts the server’s errors on the fields the person sees', () => {
    expect(fieldRenames(true)['firstProperty.address.city']).toBe('billingAddress.city');
    expect(fieldRenames(false)['firstProperty.address.city']).toBe('property.address.city');
    expect(fieldRenames(false)['emails.0']).toBe('email');
  });

  it('asks the duplicate search only what is worth asking', () => {
    expect(duplicateQuestion({ displayName: 'An', billingName: '', email: 'ana', phone: '555' })).toBeNull();
    expect(duplicateQuestion({ displayName: 'Ana Ruiz', billingName: '', email: 'ana@ex', phone: '(555) 010-2030' }))
      .toEqual({ name: 'Ana Ruiz', billingName: null, email: 'ana@ex', phone: '(555) 010-2030' });
  });

  it('says why an existing customer may be the same client', () => {
    expect(reasonWords(['EMAIL', 'PHONE'])).toBe('same e-mail, same phone');
  });
});
