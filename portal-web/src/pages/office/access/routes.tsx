import type { OfficeRoute } from '../routes';

/** The access area's pages. */
export const routes: OfficeRoute[] = [];
