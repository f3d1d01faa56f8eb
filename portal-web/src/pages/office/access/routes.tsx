import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

const PortalUsers = lazy(() => import('./PortalUsers'));
const StaffUsers = lazy(() => import('./StaffUsers'));
const ApiTokens = lazy(() => import('./ApiTokens'));

/** The access area's pages: portal users (`?customer=` narrows and preselects), staff users (owner), API tokens. */
export const routes: OfficeRoute[] = [
  { pattern: '/access', render: () => <PortalUsers /> },
  { pattern: '/access/staff', render: () => <StaffUsers />, ownerOnly: true },
  { pattern: '/access/tokens', render: () => <ApiTokens /> },
];
