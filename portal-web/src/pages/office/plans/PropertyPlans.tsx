/** The recurring plans at one property (a section of the office property page). */
import { PlansPanel } from './PlansPanel';

export default function PropertyPlans({ propertyId }: { propertyId: string }) {
  return <section className="card"><PlansPanel propertyId={propertyId} /></section>;
}
