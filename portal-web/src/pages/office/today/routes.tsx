import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

// Until the Today page exists, the office starts on the customer list.
const Customers = lazy(() => import('../customers/Customers'));

/** The Today area's pages. */
export const routes: OfficeRoute[] = [
  { pattern: '/', render: () => <Customers /> },
];
