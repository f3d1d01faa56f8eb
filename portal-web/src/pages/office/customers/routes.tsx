import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

const Customers = lazy(() => import('./Customers'));
const NewCustomer = lazy(() => import('./NewCustomer'));

/** The customers area's pages: the list with search and filters, and the new-customer form. */
export const routes: OfficeRoute[] = [
  { pattern: '/customers', render: () => <Customers /> },
  { pattern: '/customers/new', render: () => <NewCustomer /> },
];
