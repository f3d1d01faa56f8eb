/**
 * The portal's normalised cache (urql graphcache): every object with an `id` is stored once, so what a mutation
 * or a `jobStatusChanged` event returns replaces that object on every screen that shows it. Lists cannot be
 * updated that way (a new customer belongs in some searches and not in others), so one generic rule for every
 * mutation invalidates the lists that may have changed and the open screens read them again: no screen writes
 * its own refetch after a mutation.
 *
 * The rule, from the schema (src/gql/introspection.ts, written by `npm run codegen`):
 * - every list or connection field read at the root (`customers(search: …)`, `jobs(filter: …)`, …);
 * - every list or connection field of each object the mutation returns (so `propertyCreate` returning
 *   `property { customer { id } }` refreshes that customer's `properties`).
 * Types without an id (Money, PageInfo, connections, edges, …) are embedded in their parent (keyed null).
 */
import { cacheExchange, type Cache, type KeyingConfig, type UpdateResolver, type UpdatesConfig } from '@urql/exchange-graphcache';
import type { IntrospectionQuery } from 'graphql';
import introspection from '../gql/introspection';

interface TypeRef { kind: string; name?: string | null; ofType?: TypeRef | null }
interface FieldInfo { name: string; type: TypeRef }
interface TypeInfo { kind: string; name: string; fields?: readonly FieldInfo[] | null }

/** The schema's object types, as the introspection lists them. */
function objectTypes(schema: IntrospectionQuery): TypeInfo[] {
  return (schema.__schema.types as unknown as TypeInfo[]).filter((type) => type.kind === 'OBJECT' || type.kind === 'INTERFACE');
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/** Object types without an `id` field: graphcache embeds them in their parent instead of warning. */
export function keylessTypes(schema: IntrospectionQuery): string[] {
  return objectTypes(schema)
    .filter((type) => type.kind === 'OBJECT' && !ROOTS.has(type.name) && !type.fields?.some((field) => field.name === 'id'))
    .map((type) => type.name);
}

function unwrap(type: TypeRef): { list: boolean; name: string } {
  let list = false;
  let current: TypeRef | null | undefined = type;
  while (current && (current.kind === 'NON_NULL' || current.kind === 'LIST')) {
    if (current.kind === 'LIST') list = true;
    current = current.ofType;
  }
  return { list, name: current?.name ?? '' };
}

/**
 * For each type, its fields that hold a list of objects or a connection (`…Connection`): what a mutation may
 * have made stale. Lists of scalars (`emails`) belong to their object and come back with it.
 */
export function listFields(schema: IntrospectionQuery): Map<string, Set<string>> {
  const types = objectTypes(schema);
  const composite = new Set(types.map((type) => type.name));
  const result = new Map<string, Set<string>>();
  for (const type of types) {
    const names = new Set<string>();
    for (const field of type.fields ?? []) {
      const { list, name } = unwrap(field.type);
      if (name.endsWith('Connection') || (list && composite.has(name))) names.add(field.name);
    }
    if (names.size) result.set(type.name, names);
  }
  return result;
}

/** The objects with an id in a mutation's result (`{ __typename, id }`), each once, outermost first. */
export function entitiesIn(data: unknown): { typename: string; id: string }[] {
  const found = new Map<string, { typename: string; id: string }>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') {
      found.set(`${record.__typename}:${record.id}`, { typename: record.__typename, id: record.id });
    }
    Object.values(record).forEach(walk);
  };
  walk(data);
  return [...found.values()];
}

/** The fields each returned object (`Type:id`) came back with: fresh, so not to be read again. */
export function returnedFields(data: unknown): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') {
      const key = `${record.__typename}:${record.id}`;
      const fields = found.get(key) ?? new Set<string>();
      Object.keys(record).forEach((name) => fields.add(name));
      found.set(key, fields);
    }
    Object.values(record).forEach(walk);
  };
  walk(data);
  return found;
}

/**
 * The generic mutation rule: the lists at the root and on the returned objects are read again — except the lists
 * the mutation itself returned for an object (they are fresh; invalidating them would leave the mutation's own
 * result incomplete, and graphcache would answer it as null).
 */
export function invalidateLists(cache: Cache, lists: Map<string, Set<string>>, result: unknown): void {
  const fresh = returnedFields(result);
  const stale = (typename: string, entity: string, keep: Set<string> = new Set()) => {
    const names = lists.get(typename);
    if (!names) return;
    for (const field of cache.inspectFields(entity)) {
      if (names.has(field.fieldName) && !keep.has(field.fieldName)) cache.invalidate(entity, field.fieldName, field.arguments ?? undefined);
    }
  };
  stale('Query', 'Query');
  for (const { typename, id } of entitiesIn(result)) {
    const key = cache.keyOfEntity({ __typename: typename, id });
    if (key) stale(typename, key, fresh.get(`${typename}:${id}`));
  }
}

/** graphcache's configuration for this schema: keys, and the generic rule for every mutation field. */
export function cacheConfig(schema: IntrospectionQuery): { keys: KeyingConfig; updates: UpdatesConfig } {
  const keys: KeyingConfig = {};
  for (const name of keylessTypes(schema)) keys[name] = () => null;
  const lists = listFields(schema);
  const rule: UpdateResolver = (result, _args, cache) => invalidateLists(cache, lists, result);
  const mutation = objectTypes(schema).find((type) => type.name === 'Mutation');
  const Mutation: Record<string, UpdateResolver> = {};
  for (const field of mutation?.fields ?? []) Mutation[field.name] = rule;
  return { keys, updates: { Mutation } };
}

/** The exchange, built from the generated introspection. */
export function normalisedCache() {
  const schema = introspection as unknown as IntrospectionQuery;
  return cacheExchange({ schema, ...cacheConfig(schema) });
}
