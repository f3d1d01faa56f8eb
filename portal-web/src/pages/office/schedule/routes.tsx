import type { OfficeRoute } from '../routes';

/** The schedule area's pages. */
export const routes: OfficeRoute[] = [];
