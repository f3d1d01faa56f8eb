/**
 * Settings (OWNER only): one page per section, a side list of the sections (a row of links at tablet width).
 * Company details, taxes and fees, invoice numbering and the logo are `companyUpdate`; services, checklists,
 * employees and teams have their own mutations.
 */
import { lazy, Suspense } from 'react';
import { PageHeader, Loading } from '../../../components/ui';
import { Link } from '../../../lib/router';
import './settings.css';

const Company = lazy(() => import('./CompanySections').then((module) => ({ default: module.CompanyDetails })));
const Taxes = lazy(() => import('./CompanySections').then((module) => ({ default: module.TaxesAndFees })));
const Numbering = lazy(() => import('./CompanySections').then((module) => ({ default: module.InvoiceNumbering })));
const Logo = lazy(() => import('./CompanySections').then((module) => ({ default: module.LogoSection })));
const Services = lazy(() => import('./Catalog').then((module) => ({ default: module.Services })));
const Checklists = lazy(() => import('./Catalog').then((module) => ({ default: module.Checklists })));
const Employees = lazy(() => import('./People').then((module) => ({ default: module.Employees })));
const Teams = lazy(() => import('./People').then((module) => ({ default: module.Teams })));

export const SECTIONS = [
  { key: 'company', label: 'Company details', render: () => <Company /> },
  { key: 'taxes', label: 'Taxes and fees', render: () => <Taxes /> },
  { key: 'numbering', label: 'Invoice numbering', render: () => <Numbering /> },
  { key: 'logo', label: 'Logo', render: () => <Logo /> },
  { key: 'services', label: 'Services and prices', render: () => <Services /> },
  { key: 'checklists', label: 'Checklist templates', render: () => <Checklists /> },
  { key: 'employees', label: 'Employees', render: () => <Employees /> },
  { key: 'teams', label: 'Teams', render: () => <Teams /> },
] as const;

export default function Settings({ section = 'company' }: { section?: string }) {
  const current = SECTIONS.find((one) => one.key === section);
  return (
    <>
      <PageHeader title={current ? `Settings: ${current.label}` : 'Settings'} />
      <div className="settings-layout">
        <nav className="settings-nav" aria-label="Settings sections">
          {SECTIONS.map((one) => (
            <Link key={one.key} href={`/settings/${one.key}`} className={one.key === section ? 'active' : ''}
              aria-current={one.key === section ? 'page' : undefined}>{one.label}</Link>
          ))}
        </nav>
        <div className="settings-body">
          {current
            ? <Suspense fallback={<Loading />}>{current.render()}</Suspense>
            : <div className="state state-empty"><p>There is no such settings section. <Link href="/settings">Back to the settings</Link></p></div>}
        </div>
      </div>
    </>
  );
}
