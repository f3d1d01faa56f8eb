import type { OfficeRoute } from '../routes';

/** The profile area's pages. */
export const routes: OfficeRoute[] = [];
