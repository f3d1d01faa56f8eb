import { describe, expect, it } from 'vitest';
import type { IntrospectionQuery } from 'graphql';
import introspection from '../gql/introspection';
import { cacheConfig, entitiesIn, keylessTypes, listFields, returnedFields } from './cache';

const schema = introspection as unknown as IntrospectionQuery;

describe('the normalised cache configuration', () => {
  it('embeds the types without an id (money, page info, connections) and keys the rest by id', () => {
    const keyless = keylessTypes(schema);
    expect(keyless).toEqual(expect.arrayContaining(['Money', 'PageInfo', 'CustomerConnection', 'CustomerEdge']));
    expect(keyless).not.toContain('Customer');
    expect(keyless).not.toContain('Query');
  });

  it('knows which fields are lists of objects or connections, and not the lists of scalars', () => {
    const lists = listFields(schema);
    expect([...lists.get('Query')!]).toEqual(expect.arrayContaining(['customers', 'jobs', 'customersByOverdue', 'tags']));
    expect([...lists.get('Customer')!]).toEqual(expect.arrayContaining(['properties']));
    expect(lists.get('Customer')!.has('emails')).toBe(false);
  });

  it('gives every mutation the generic rule', () => {
    const { updates } = cacheConfig(schema);
    expect(Object.keys(updates.Mutation ?? {})).toEqual(expect.arrayContaining(['customerCreate', 'propertyCreate']));
  });

  it('finds each object with an id in a mutation result once', () => {
    const result = { propertyCreate: { property: { __typename: 'Property', id: 'P1', customer: { __typename: 'Customer', id: 'C1' } },
      userErrors: [], again: [{ __typename: 'Customer', id: 'C1' }] } };
    expect(entitiesIn(result)).toEqual([{ typename: 'Property', id: 'P1' }, { typename: 'Customer', id: 'C1' }]);
  });
});

describe('returnedFields', () => {
  it('names the fields each object came back with, so the rule leaves them alone', () => {
    const data = { jobUpdate: { __typename: 'JobUpdatePayload', job: { __typename: 'Job', id: 'J1', employees: [{ __typename: 'Employee', id: 'E1', name: 'Ann' }], team: null } } };
    const fields = returnedFields(data);
    expect([...(fields.get('Job:J1') ?? [])].sort()).toEqual(['__typename', 'employees', 'id', 'team']);
    expect(fields.has('Employee:E1')).toBe(true);
  });
});
