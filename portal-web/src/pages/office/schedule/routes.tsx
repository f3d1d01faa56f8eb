import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

const Week = lazy(() => import('./Week'));
const DayBoard = lazy(() => import('./DayBoard'));
const NewJob = lazy(() => import('./JobForm').then((module) => ({ default: module.NewJob })));
const EditJob = lazy(() => import('./JobForm').then((module) => ({ default: module.EditJob })));
const OfficeJob = lazy(() => import('./OfficeJob'));

/**
 * The schedule area's pages: the week, the day's dispatch board, the job form, and (shadowing the client's
 * job page for staff) the office job page.
 */
export const routes: OfficeRoute[] = [
  { pattern: '/schedule', render: () => <Week /> },
  { pattern: '/schedule/day', render: () => <DayBoard /> },
  { pattern: '/jobs/new', render: () => <NewJob /> },
  { pattern: '/jobs/:id/edit', render: ({ id }) => <EditJob id={id} /> },
  { pattern: '/jobs/:id', render: ({ id }) => <OfficeJob id={id} /> },
];
