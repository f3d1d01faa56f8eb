/** `/invoices` for the office: every invoice with its customer (the client's list, shadowed). */
import { PageHeader } from '../../../components/ui';
import { Link } from '../../../lib/router';
import { InvoiceList } from './InvoiceList';
import './billing.css';

export default function InvoicesPage() {
  return (
    <>
      <PageHeader title="Invoices"><Link className="button secondary small" href="/billing">Billing</Link></PageHeader>
      <InvoiceList path="/invoices" />
    </>
  );
}
