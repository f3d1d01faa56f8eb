import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useEffect } from 'react';
import { formatMoney, type MoneyLike } from '../lib/format';
import { describeError } from '../lib/errors';
import { companyName } from '../lib/company';
import { tone } from '../lib/status';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

export function ErrorState({ error, retry }: { error: CombinedError | Error | string; retry?: () => void }) {
  const message = describeError(error);
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {retry && <button type="button" className="button secondary" onClick={retry}>Try again</button>}
    </div>
  );
}

export function Badge({ status, label }: { status: string; label: string }) {
  return <span className={`badge badge-${tone(status)}`} data-status={status}>{label}</span>;
}

export function Amount({ money, className }: { money: MoneyLike | null | undefined; className?: string }) {
  return <span className={`money ${className ?? ''}`} data-money="">{formatMoney(money)}</span>;
}

/** The browser tab's title: "Invoice 1042 · Sparkle Cleaning". */
export function useTitle(title: string): void {
  useEffect(() => {
    const company = companyName();
    document.title = company ? `${title} · ${company}` : title;
  }, [title]);
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useTitle(title);
  return (
    <header className="page-header">
      <h1 tabIndex={-1} id="page-title">{title}</h1>
      {children && <div className="page-actions">{children}</div>}
    </header>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </div>
  );
}

export function Address({ address }: { address: { line1?: string | null; line2?: string | null; city?: string | null;
  region?: string | null; postalCode?: string | null } | null | undefined }) {
  if (!address) return <>—</>;
  const cityLine = [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <address>
      {[address.line1, address.line2, cityLine].filter(Boolean).map((line) => <span key={line} className="address-line">{line}</span>)}
    </address>
  );
}
