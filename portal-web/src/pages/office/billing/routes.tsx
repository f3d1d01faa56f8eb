import type { OfficeRoute } from '../routes';

/** The billing area's pages. */
export const routes: OfficeRoute[] = [];
