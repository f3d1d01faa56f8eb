import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { CustomerKind, CustomerStatus, OfficeCustomersQuery } from '../../../gql/graphql';
import { ErrorState, Loading, PageHeader } from '../../../components/ui';
import { Pager, PAGE_SIZE, usePages } from '../../../components/Pager';
import { DataTable, type DataColumn } from '../../../components/office/DataTable';
import { useSlashFocus } from '../../../components/office/useSlashFocus';
import { Link, navigate, useLocation } from '../../../lib/router';
import { formatPhone } from './phone';
import './customers.css';

const CustomersQuery = graphql(`
  query OfficeCustomers($search: String, $status: CustomerStatus, $filter: CustomerFilter, $first: Int, $after: String) {
    customers(search: $search, status: $status, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id displayName billingName kind status emails phones
        billingAddress { city }
        tags { id name }
        properties(first: 1) { totalCount nodes { id address { line1 city } } }
      }
    }
  }
`);

const TagsQuery = graphql(`
  query OfficeCustomerTags { tags { id name customerCount } }
`);

type Row = OfficeCustomersQuery['customers']['nodes'][number];

export const KIND_LABEL: Record<CustomerKind, string> = {
  RESIDENTIAL: 'Residential', BUSINESS: 'Business', PROPERTY_MANAGER: 'Property manager',
};

/** Where a customer is: its first property's street and city, else its billing city. */
function place(row: Row): string {
  const first = row.properties.nodes[0]?.address;
  if (first) return [first.line1, first.city].filter(Boolean).join(', ');
  return row.billingAddress.city ?? '—';
}

const COLUMNS: DataColumn<Row>[] = [
  {
    id: 'name', header: 'Name', rowHeader: true, sortValue: (row) => row.displayName,
    cell: (row) => (
      <>
        <Link href={`/customers/${encodeURIComponent(row.id)}`} className="customer-link">{row.displayName}</Link>
        {row.billingName && row.billingName !== row.displayName && <span className="customer-sub">Bills to {row.billingName}</span>}
      </>
    ),
  },
  { id: 'kind', header: 'Kind', sortValue: (row) => KIND_LABEL[row.kind], cell: (row) => KIND_LABEL[row.kind], nowrap: true },
  {
    id: 'contact', header: 'Contact', hideBelow: 'md',
    cell: (row) => (
      <span className="customer-contact">
        {row.phones[0] && <span className="nowrap">{formatPhone(row.phones[0])}</span>}
        {row.emails[0] && <span className="customer-email">{row.emails[0]}</span>}
        {!row.phones[0] && !row.emails[0] && '—'}
      </span>
    ),
  },
  { id: 'place', header: 'Where', sortValue: place, cell: place },
  { id: 'properties', header: 'Properties', align: 'end', sortValue: (row) => row.properties.totalCount, cell: (row) => row.properties.totalCount },
  {
    id: 'tags', header: 'Tags', hideBelow: 'md',
    cell: (row) => (row.tags?.length ? <span className="tag-list">{row.tags.map((tag) => <span key={tag.id} className="tag-chip">{tag.name}</span>)}</span> : ''),
  },
  {
    id: 'status', header: 'Status', sortValue: (row) => row.status,
    cell: (row) => (row.status === 'ACTIVE'
      ? <span className="badge badge-good">Active</span> : <span className="badge badge-neutral">Archived</span>),
  },
];

/** The filters as the address bar holds them, so a reload or a link keeps the list the person was looking at. */
function readFilters(search: URLSearchParams) {
  return {
    q: search.get('q') ?? '',
    kind: (search.get('kind') ?? '') as CustomerKind | '',
    status: (search.get('status') ?? 'ACTIVE') as CustomerStatus | 'ALL',
    tag: search.get('tag') ?? '',
  };
}

function writeFilters(filters: ReturnType<typeof readFilters>): void {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status !== 'ACTIVE') params.set('status', filters.status);
  if (filters.tag) params.set('tag', filters.tag);
  const query = params.toString();
  navigate(`/customers${query ? `?${query}` : ''}`, true);
}

export default function Customers() {
  const { search: params } = useLocation();
  const filters = readFilters(params);
  const [text, setText] = useState(filters.q);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);
  // Search as you type: the address bar (and the query) follow the box a moment after the last key.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (text.trim() !== filters.q) writeFilters({ ...filters, q: text.trim() });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [text]); // eslint-disable-line react-hooks/exhaustive-deps

  const key = JSON.stringify(filters);
  const pages = usePages(key);
  const variables = useMemo(() => ({
    search: filters.q || null,
    status: filters.status === 'ALL' ? null : filters.status,
    filter: filters.kind || filters.tag ? { kind: filters.kind || null, tags: filters.tag ? [filters.tag] : null } : null,
    first: PAGE_SIZE,
    after: pages.after,
  }), [key, pages.after]); // eslint-disable-line react-hooks/exhaustive-deps
  const [{ data, error, fetching }, refetch] = useQuery({ query: CustomersQuery, variables });
  const [{ data: tagData }] = useQuery({ query: TagsQuery });
  const list = data?.customers;
  const rows = list?.nodes ?? [];
  const filtered = Boolean(filters.q || filters.kind || filters.tag || filters.status !== 'ACTIVE');

  return (
    <>
      <PageHeader title="Customers">
        <Link href="/customers/new" className="button primary">New customer</Link>
      </PageHeader>
      <form className="toolbar customers-toolbar" role="search" onSubmit={(event) => { event.preventDefault(); writeFilters({ ...filters, q: text.trim() }); }}>
        <div className="filter grow">
          <label htmlFor="customer-search">Search customers <kbd title="Press / to search">/</kbd></label>
          <input id="customer-search" ref={searchRef} type="search" value={text} autoComplete="off"
            placeholder="Name, billing name, e-mail, phone, street or city" onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor="customer-kind">Kind</label>
          <select id="customer-kind" value={filters.kind} onChange={(event) => writeFilters({ ...filters, kind: event.target.value as CustomerKind | '' })}>
            <option value="">All kinds</option>
            {(Object.keys(KIND_LABEL) as CustomerKind[]).map((kind) => <option key={kind} value={kind}>{KIND_LABEL[kind]}</option>)}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="customer-status">Status</label>
          <select id="customer-status" value={filters.status} onChange={(event) => writeFilters({ ...filters, status: event.target.value as CustomerStatus | 'ALL' })}>
            <option value="ACTIVE">Active</option>
            <option value="ARCHIVED">Archived</option>
            <option value="ALL">Active and archived</option>
          </select>
        </div>
        <div className="filter">
          <label htmlFor="customer-tag">Tag</label>
          <select id="customer-tag" value={filters.tag} onChange={(event) => writeFilters({ ...filters, tag: event.target.value })}>
            <option value="">Any tag</option>
            {(tagData?.tags ?? []).map((tag) => <option key={tag.id} value={tag.name}>{tag.name} ({tag.customerCount})</option>)}
          </select>
        </div>
      </form>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading label="Loading customers…" />}
      {list && (
        <div aria-busy={fetching} className={fetching ? 'list-refreshing' : undefined} data-loaded-q={fetching ? undefined : filters.q}>
          <DataTable
            caption="Customers"
            columns={COLUMNS}
            rows={rows}
            rowKey={(row) => row.id}
            complete={pages.page === 1 && rows.length >= list.totalCount}
            order={filters.q ? 'Best matches first. Narrow the list to one page to sort by a column.'
              : 'By name, A to Z. Narrow the list to one page to sort by a column.'}
            empty={(
              <div className="state state-empty" data-testid="no-customers">
                <p>{filtered ? 'No customer matches.' : 'No customers yet.'}</p>
                {filters.q && <p><Link href={`/customers/new?name=${encodeURIComponent(filters.q)}`}>Create “{filters.q}” as a new customer</Link></p>}
              </div>
            )}
            footer={(
              <Pager page={pages.page} shown={rows.length} total={list.totalCount} hasNext={list.pageInfo.hasNextPage}
                endCursor={list.pageInfo.endCursor} noun={['customer', 'customers']} onNext={pages.next} onPrevious={pages.previous} />
            )}
          />
        </div>
      )}
    </>
  );
}
