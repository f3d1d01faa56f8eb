import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

const CustomerProfile = lazy(() => import('./CustomerProfile'));
const Merge = lazy(() => import('./Merge'));
const PropertyPage = lazy(() => import('./PropertyPage'));
const NewProperty = lazy(() => import('./PropertyPage').then((module) => ({ default: module.NewProperty })));

/**
 * The profile area's pages: a customer's profile with its tabs (`/customers/:id/:tab`), the merge of two
 * customers, and a property in the office (new, view and edit) — shadowing the client's property page for staff.
 * `/customers/new` belongs to the customers area, whose routes come first.
 */
export const routes: OfficeRoute[] = [
  { pattern: '/customers/:id', render: ({ id }) => <CustomerProfile id={id} /> },
  { pattern: '/customers/:id/merge', render: ({ id }) => <Merge id={id} /> },
  { pattern: '/customers/:id/:tab', render: ({ id, tab }) => <CustomerProfile id={id} tab={tab} /> },
  { pattern: '/properties/new', render: () => <NewProperty /> },
  { pattern: '/properties/:id', render: ({ id }) => <PropertyPage id={id} /> },
];
