/**
 * The office area's pages (OWNER and OFFICE), one folder per area, each with its own `routes.tsx`:
 * today, customers, profile (a customer and its properties), schedule, billing, access (portal users, staff,
 * API tokens) and settings (owner only). The first pattern that matches a path wins, so an area's page shadows
 * the client pages that staff could open before it existed.
 */
import type { ReactNode } from 'react';
import type { ViewerInfo } from '../../session';
import { routes as today } from './today/routes';
import { routes as customers } from './customers/routes';
import { routes as profile } from './profile/routes';
import { routes as schedule } from './schedule/routes';
import { routes as billing } from './billing/routes';
import { routes as access } from './access/routes';
import { routes as settings } from './settings/routes';

/** A path pattern ("/customers/:id") and what it shows. `ownerOnly` pages are not routes for OFFICE users. */
export interface OfficeRoute {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
  ownerOnly?: boolean;
}

export function officeRoutes(viewer: ViewerInfo): OfficeRoute[] {
  const all = [...today, ...customers, ...profile, ...schedule, ...billing, ...access, ...settings];
  return viewer.role === 'OWNER' ? all : all.filter((route) => !route.ownerOnly);
}

/** The office's main navigation, in the order of a working day. */
export function officeNav(role: string | null | undefined): { href: string; label: string }[] {
  return [
    { href: '/', label: 'Today' },
    { href: '/customers', label: 'Customers' },
    { href: '/schedule', label: 'Schedule' },
    { href: '/billing', label: 'Billing' },
    { href: '/access', label: 'Portal access' },
    ...(role === 'OWNER' ? [{ href: '/settings', label: 'Settings' }] : []),
  ];
}
