import type { OfficeRoute } from '../routes';

/** The settings area's pages. */
export const routes: OfficeRoute[] = [];
