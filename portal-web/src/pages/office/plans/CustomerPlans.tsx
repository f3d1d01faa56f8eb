/**
 * The Plans tab of the customer profile (the plans area owns this file; the profile renders its default export
 * with `{ customerId }`). Until recurring plans exist in the API, it says where they will appear.
 */
import { Empty } from '../../../components/ui';

export default function CustomerPlans({ customerId }: { customerId: string }) {
  return (
    <Empty>
      <p data-customer={customerId}>Recurring plans for this customer appear here once the plans area is in place.</p>
    </Empty>
  );
}
