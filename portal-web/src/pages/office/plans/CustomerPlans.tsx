/**
 * The Plans tab of the customer profile (the profile renders this default export with `{ customerId }`): the
 * customer's recurring plans with their next visits, pause/resume, skip a date, and a new plan.
 */
import { PlansPanel } from './PlansPanel';

export default function CustomerPlans({ customerId }: { customerId: string }) {
  return <PlansPanel customerId={customerId} />;
}
