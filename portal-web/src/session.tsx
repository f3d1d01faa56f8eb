import { createContext, useContext } from 'react';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';

export const ViewerQueryDocument = graphql(`
  query Viewer {
    viewer {
      authenticated
      role
      finances
      user { id username name }
      customer { id displayName batches(first: 0) { totalCount } }
      properties { id name }
    }
    company { name timeZone }
  }
`);

export type ViewerInfo = ViewerQuery['viewer'];

export const ViewerContext = createContext<ViewerInfo | null>(null);

export function useViewer(): ViewerInfo {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in app');
  return viewer;
}

/** Whether the signed-in person may see money: the API says so in `viewer.finances`. */
export function useFinances(): boolean {
  return useViewer().finances;
}
