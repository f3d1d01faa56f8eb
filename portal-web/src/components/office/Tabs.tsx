/**
 * Tabs whose choice lives in the URL (`/customers/:id/:tab`), so a tab can be linked, reloaded and left with Back.
 *
 * The WAI-ARIA tabs pattern: one `tablist`, each tab a link with `role="tab"` and `aria-selected`, a roving
 * tabindex (Tab enters the list on the chosen tab and leaves it to the panel), ←/→ move to the previous/next tab
 * (wrapping), Home/End to the first/last, and moving selects (the page follows the URL). The panel is
 * `TabPanel`, labelled by its tab. A count after a label ("Jobs 12") is part of the tab's name.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import './Tabs.css';
import { navigate } from '../../lib/router';
import { tabKeyTarget } from './focus';

export interface TabItem {
  id: string;
  label: string;
  /** A number shown after the label (rows on the tab); left out when unknown. */
  count?: number | null;
}

/** The DOM ids a tab and its panel share, so they can point at each other. */
export const tabDomId = (base: string, id: string) => `${base}-tab-${id}`;
export const panelDomId = (base: string, id: string) => `${base}-panel-${id}`;

export function Tabs({ tabs, active, hrefFor, label, idBase = 'tabs' }: {
  tabs: readonly TabItem[];
  active: string;
  /** The URL of a tab (`/customers/123/jobs`). */
  hrefFor: (id: string) => string;
  /** What the tabs are about, for screen readers ("Customer"). */
  label: string;
  idBase?: string;
}) {
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  const select = (id: string) => navigate(hrefFor(id), false, { keepScroll: true });
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    const target = tabKeyTarget(event.key, index, tabs.length);
    if (target === null) return;
    event.preventDefault();
    refs.current[target]?.focus();
    select(tabs[target].id);
  }
  return (
    <div className="office-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => {
        const selected = tab.id === active;
        return (
          <a
            key={tab.id}
            ref={(node) => { refs.current[index] = node; }}
            id={tabDomId(idBase, tab.id)}
            role="tab"
            href={hrefFor(tab.id)}
            aria-selected={selected}
            aria-controls={panelDomId(idBase, tab.id)}
            tabIndex={selected ? 0 : -1}
            className={`office-tab ${selected ? 'active' : ''}`}
            data-tab={tab.id}
            onKeyDown={(event) => onKeyDown(event, index)}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              select(tab.id);
            }}
          >
            {tab.label}
            {tab.count !== undefined && tab.count !== null && <span className="office-tab-count nowrap">{tab.count}</span>}
          </a>
        );
      })}
    </div>
  );
}

/** The panel of the chosen tab, labelled by it and reachable with Tab from the tab list. */
export function TabPanel({ id, idBase = 'tabs', children }: { id: string; idBase?: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={panelDomId(idBase, id)} aria-labelledby={tabDomId(idBase, id)} tabIndex={0} className="office-tabpanel">
      {children}
    </div>
  );
}
