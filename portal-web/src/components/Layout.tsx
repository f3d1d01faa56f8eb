import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from '../lib/router';
import { useConnection } from '../lib/connection';
import { showNotice, useNotice } from '../lib/notice';
import { useViewer } from '../session';
import { NotificationBell } from './NotificationBell';
import { officeNav } from '../pages/office/routes';

export interface NavItem {
  href: string;
  label: string;
}

export function navFor(role: string | null | undefined, finances: boolean, hasBatches = true): NavItem[] {
  if (role === 'EMPLOYEE') return [{ href: '/', label: 'Today' }];
  if (role === 'OWNER' || role === 'OFFICE') {
    return officeNav(role);
  }
  return [
    { href: '/', label: 'Dashboard' },
    { href: '/jobs', label: 'Jobs' },
    ...(finances
      ? [
          { href: '/invoices', label: 'Invoices' },
          ...(hasBatches ? [{ href: '/batches', label: 'Batches' }] : []),
          { href: '/transactions', label: 'Transactions' },
          { href: '/payment-methods', label: 'Payment methods' },
        ]
      : []),
    { href: '/properties', label: 'Properties' },
  ];
}

function ConnectionBanner() {
  const { state, stopped } = useConnection();
  if (stopped) {
    return (
      <div className="connection-banner connection-stopped" role="alert" data-testid="live-stopped">
        {stopped}
        <button type="button" className="button small" onClick={() => window.location.reload()}>Reload</button>
      </div>
    );
  }
  if (state !== 'offline') return null;
  return (
    <div className="connection-banner" role="status" aria-live="assertive">
      <span className="spinner" aria-hidden="true" /> Connection lost — reconnecting. The page refreshes as soon as it is back.
    </div>
  );
}

/** A one-off message (e.g. why the portal left a page): stays until dismissed or the next page. */
function Notice() {
  const notice = useNotice();
  const { path } = useLocation();
  const shownOn = useRef(path);
  useEffect(() => {
    if (notice) shownOn.current = path;
  }, [notice]);
  useEffect(() => {
    if (notice && path !== shownOn.current) showNotice(null);
  }, [path]);
  if (!notice) return null;
  return (
    <div className="notice-banner" role="alert" data-testid="notice">
      {notice}
      <button type="button" className="button link small" onClick={() => showNotice(null)}>Dismiss</button>
    </div>
  );
}

export function Layout({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const viewer = useViewer();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const items = navFor(viewer.role, viewer.finances, (viewer.customer?.batches.totalCount ?? 0) > 0);
  const field = viewer.role === 'EMPLOYEE';

  useEffect(() => {
    // Move focus to the new page's heading for keyboard and screen-reader users; not when the path changed
    // because a tab was chosen (the focus stays on the tab, so the arrow keys keep working).
    if (document.activeElement?.closest('[role="tablist"]')) return;
    const heading = main.current?.querySelector<HTMLElement>('#page-title');
    heading?.focus({ preventScroll: true });
  }, [path]);

  const active = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  const [menuOpen, setMenuOpen] = useState(false);
  // A new page closes the phone menu.
  useEffect(() => setMenuOpen(false), [path]);
  const current = items.find((item) => active(item.href));

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
        <nav className={`mainnav ${menuOpen ? 'open' : ''}`} aria-label="Main">
          <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="mainnav-links"
            onClick={() => setMenuOpen((value) => !value)} data-testid="menu">
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" /></svg>
            <span>Menu</span>{current && <span className="menu-current"> · {current.label}</span>}
          </button>
          <div id="mainnav-links" className="mainnav-links">
            {items.map((item) => (
              <Link key={item.href} href={item.href} aria-current={active(item.href) ? 'page' : undefined}>{item.label}</Link>
            ))}
          </div>
        </nav>
      )}
      <ConnectionBanner />
      <Notice />
      <main id="main" ref={main} className="content">{children}</main>
    </div>
  );
}
