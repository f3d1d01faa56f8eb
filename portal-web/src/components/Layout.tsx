import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from '../lib/router';
import { useConnection } from '../lib/connection';
import { useViewer } from '../session';
import { NotificationBell } from './NotificationBell';

export interface NavItem {
  href: string;
  label: string;
}

export function navFor(role: string | null | undefined, finances: boolean): NavItem[] {
  if (role === 'EMPLOYEE') return [{ href: '/', label: 'Today' }];
  if (role === 'OWNER' || role === 'OFFICE') {
    return [
      { href: '/', label: 'Customers' },
      { href: '/jobs', label: 'Jobs' },
      { href: '/invoices', label: 'Invoices' },
    ];
  }
  return [
    { href: '/', label: 'Dashboard' },
    { href: '/jobs', label: 'Jobs' },
    ...(finances
      ? [
          { href: '/invoices', label: 'Invoices' },
          { href: '/batches', label: 'Batches' },
          { href: '/transactions', label: 'Transactions' },
        ]
      : []),
    { href: '/properties', label: 'Properties' },
  ];
}

function ConnectionBanner() {
  const { state } = useConnection();
  if (state !== 'offline') return null;
  return (
    <div className="connection-banner" role="status" aria-live="assertive">
      <span className="spinner" aria-hidden="true" /> Connection lost — reconnecting. The page refreshes as soon as it is back.
    </div>
  );
}

export function Layout({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const viewer = useViewer();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const items = navFor(viewer.role, viewer.finances);
  const field = viewer.role === 'EMPLOYEE';

  useEffect(() => {
    // Move focus to the new page's heading for keyboard and screen-reader users.
    const heading = main.current?.querySelector<HTMLElement>('#page-title');
    heading?.focus({ preventScroll: true });
  }, [path]);

  const active = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));

  return (
    <div className={`app ${field ? 'app-field' : ''}`}>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <Link href="/" className="brand"><span className="brand-mark" aria-hidden="true">✦</span>
          <span className="brand-name">{viewer.customer?.displayName ?? (field ? 'Field team' : 'Office')}</span>
        </Link>
        <div className="topbar-right">
          {viewer.user && <NotificationBell />}
          <span className="who" title={viewer.user?.username}>{viewer.user?.name ?? viewer.user?.username}</span>
          <button type="button" className="button ghost small" onClick={onSignOut}>Sign out</button>
        </div>
      </header>
      {items.length > 1 && (
        <nav className="mainnav" aria-label="Main">
          {items.map((item) => (
            <Link key={item.href} href={item.href} aria-current={active(item.href) ? 'page' : undefined}>{item.label}</Link>
          ))}
        </nav>
      )}
      <ConnectionBanner />
      <main id="main" ref={main} className="content">{children}</main>
    </div>
  );
}
