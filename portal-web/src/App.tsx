import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider, useQuery, useMutation, type Client } from 'urql';
import { createClient, closeSocket, onAccessChanged, onSignedOut, resetSocket } from './lib/client';
import { resetConnection } from './lib/connection';
import { leaveLostPage, showNotice } from './lib/notice';
import { match, navigate, useLocation } from './lib/router';
import { setCompanyName, setCompanyTimeZone } from './lib/company';
import { ViewerContext, ViewerQueryDocument, type ViewerInfo } from './session';
import { graphql } from './gql';
import { Layout } from './components/Layout';
import { ErrorState, Loading } from './components/ui';
import { SignIn } from './pages/SignIn';
import { officeRoutes } from './pages/office/routes';

const loadDashboard = () => import('./pages/client/Dashboard');
const loadJobs = () => import('./pages/client/Jobs');
const Dashboard = lazy(loadDashboard);
const Jobs = lazy(loadJobs);
const JobDetail = lazy(() => import('./pages/client/JobDetail'));
const Invoices = lazy(() => import('./pages/client/Invoices'));
const InvoiceDetail = lazy(() => import('./pages/client/InvoiceDetail'));
const Batches = lazy(() => import('./pages/client/Batches'));
const BatchDetail = lazy(() => import('./pages/client/BatchDetail'));
const Transactions = lazy(() => import('./pages/client/Transactions'));
const PaymentMethods = lazy(() => import('./pages/client/PaymentMethods'));
const Properties = lazy(() => import('./pages/client/Properties'));
const PropertyDetail = lazy(() => import('./pages/client/PropertyDetail'));
const FieldToday = lazy(() => import('./pages/field/Today'));
const FieldJob = lazy(() => import('./pages/field/FieldJob'));

const SignOut = graphql(`
  mutation SignOut { signOut { userErrors { message } } }
`);

/**
 * What the last person signed in on this browser was (role, finances): not a secret, only a hint so that a
 * reload starts the page's code and data at once, alongside the sign-in check, instead of after it.
 */
const HINT_KEY = 'dop.portal.hint';
interface Hint { role: string; finances: boolean }

function readHint(): Hint | null {
  try {
    const hint = JSON.parse(window.localStorage.getItem(HINT_KEY) ?? 'null') as Hint | null;
    return hint && typeof hint.role === 'string' && typeof hint.finances === 'boolean' ? hint : null;
  } catch {
    return null;
  }
}

function writeHint(hint: Hint | null): void {
  try {
    if (hint) window.localStorage.setItem(HINT_KEY, JSON.stringify(hint));
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // private mode: no head start, nothing else changes
  }
}

/** Start the first page's code and data in parallel with the viewer query (the page's own query then finds them). */
function warmUp(client: Client): void {
  const hint = readHint();
  if (!hint || hint.role === 'EMPLOYEE' || hint.role === 'OWNER' || hint.role === 'OFFICE') return;
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  const view = new URLSearchParams(window.location.search);
  if (path === '/') void loadDashboard().then((page) => page.prefetch(client, hint.finances));
  else if (path === '/jobs' && ![...view.keys()].length) void loadJobs().then((page) => page.prefetch(client, hint.finances));
}

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode, needsFinances?: boolean];

function routesFor(viewer: ViewerInfo): Route[] {
  if (viewer.role === 'EMPLOYEE') {
    return [
      ['/', () => <FieldToday />],
      ['/jobs/:id', ({ id }) => <FieldJob id={id} />],
    ];
  }
  const shared: Route[] = [
    ['/jobs', () => <Jobs />],
    ['/jobs/:id', ({ id }) => <JobDetail id={id} />],
    ['/invoices', () => <Invoices />, true],
    ['/invoices/:id', ({ id }) => <InvoiceDetail id={id} />, true],
    ['/batches', () => <Batches />, true],
    ['/batches/:id', ({ id }) => <BatchDetail id={id} />, true],
    ['/transactions', () => <Transactions />, true],
    ['/properties', () => <Properties />],
    ['/properties/:id', ({ id }) => <PropertyDetail id={id} />],
  ];
  if (viewer.role === 'OWNER' || viewer.role === 'OFFICE') {
    // The office's own pages first; the client pages below stay reachable (read-only) until an area replaces them.
    return [...officeRoutes(viewer).map((route): Route => [route.pattern, route.render]), ...shared];
  }
  return [['/', () => <Dashboard />], ['/payment-methods', () => <PaymentMethods />, true], ...shared];
}

/** Whether `viewer` may open `path`, and how to render it. */
function routeFor(viewer: ViewerInfo, path: string): ReactNode | null {
  for (const [pattern, render, needsFinances] of routesFor(viewer)) {
    const params = match(pattern, path);
    if (!params) continue;
    if (needsFinances && !viewer.finances) return null;
    return render(params);
  }
  return null;
}

function Routes({ viewer }: { viewer: ViewerInfo }) {
  const { path } = useLocation();
  const page = routeFor(viewer, path);
  // The viewer was re-read (after ACCESS_CHANGED) and may no longer open the page that was open: leave it.
  const before = useRef(viewer);
  useEffect(() => {
    const had = routeFor(before.current, window.location.pathname.replace(/\/+$/, '') || '/') !== null;
    before.current = viewer;
    if (had && routeFor(viewer, window.location.pathname.replace(/\/+$/, '') || '/') === null) leaveLostPage();
  }, [viewer]);
  if (page !== null) return <Suspense fallback={<Loading />}>{page}</Suspense>;
  return (
    <div className="state state-empty">
      <h1 id="page-title" tabIndex={-1}>Page not found</h1>
      <p><a href="/" onClick={(event) => { event.preventDefault(); navigate('/'); }}>Back to the start</a></p>
    </div>
  );
}

function SignedIn({ viewer, onSignOut }: { viewer: ViewerInfo; onSignOut: () => void }) {
  const [, signOut] = useMutation(SignOut);
  writeHint(viewer.role ? { role: viewer.role, finances: viewer.finances } : null);
  async function leave() {
    writeHint(null);
    await signOut({});
    closeSocket();
    onSignOut();
    navigate('/', true);
  }
  return (
    <ViewerContext.Provider value={viewer}>
      <Layout onSignOut={leave}><Routes viewer={viewer} /></Layout>
    </ViewerContext.Provider>
  );
}

function Gate({ onChange, message }: { onChange: () => void; message: string | null }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ViewerQueryDocument, requestPolicy: 'network-only' });
  // The server says the viewer's rights narrowed: read the viewer again (pages re-read their own data).
  useEffect(() => onAccessChanged(() => refetch({ requestPolicy: 'network-only' })), [refetch]);
  if (fetching && !data) return <Loading label="Opening the portal…" />;
  if (error && !data) return <main className="content"><ErrorState error={error} retry={() => refetch()} /></main>;
  const viewer = data?.viewer;
  setCompanyTimeZone(data?.company.timeZone);
  setCompanyName(data?.company.name);
  if (!viewer?.authenticated) return <SignIn onSignedIn={onChange} message={message} />;
  return <SignedIn viewer={viewer} onSignOut={onChange} />;
}

export function App() {
  // A new client (and so a new cache and socket) for every sign-in and sign-out: nothing leaks between users.
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const client = useMemo(() => {
    resetSocket();
    resetConnection();
    const made = createClient(true);
    if (generation === 0) warmUp(made);
    return made;
  }, [generation]);
  // The server closed the socket because this session ended (signed out elsewhere, deactivated): end it here
  // too (cookie, cache, hint) and show the sign-in page saying so. No reconnect is attempted.
  useEffect(() => onSignedOut((text) => {
    writeHint(null);
    showNotice(null);
    void client.mutation(SignOut, {}).toPromise().finally(() => {
      setMessage(text);
      navigate('/', true);
      setGeneration((value) => value + 1);
    });
  }), [client]);
  return (
    <Provider value={client}>
      <Gate key={generation} message={message} onChange={() => { setMessage(null); setGeneration((value) => value + 1); }} />
    </Provider>
  );
}
