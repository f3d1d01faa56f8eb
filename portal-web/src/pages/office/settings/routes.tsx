import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

const Settings = lazy(() => import('./Settings'));

/** The settings area (owner only): `/settings` opens the company details; `/settings/:section` any section. */
export const routes: OfficeRoute[] = [
  { pattern: '/settings', render: () => <Settings />, ownerOnly: true },
  { pattern: '/settings/:section', render: ({ section }) => <Settings section={section} />, ownerOnly: true },
];
