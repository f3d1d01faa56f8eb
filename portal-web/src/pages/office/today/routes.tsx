import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

const Today = lazy(() => import('./Today'));

/** The Today area's pages: the office's day. */
export const routes: OfficeRoute[] = [
  { pattern: '/', render: () => <Today /> },
];
