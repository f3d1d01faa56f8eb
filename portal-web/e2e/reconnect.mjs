// Reconnect and catch up, by hand: the server is killed while a client's jobs page is open, a job moves while
// the browser is still waiting to reconnect, and the page must show it — read from `jobEvents(after:)` with
// the last cursor it saw, not by reloading the list. Then a sign-out elsewhere closes the socket (4403) and
// the page goes to sign-in saying so.
//
// It starts (and kills, and restarts) the server itself:
//   DATABASE_URL=postgresql://… PORT=8311 node e2e/reconnect.mjs
// Env: DATABASE_URL (a throwaway database: the demo company is loaded into it), PORT, DOP (the `dop` command,
// default ../.venv/bin/dop), SCREENS_DIR.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';

const PORT = process.env.PORT || '8311';
const LOG = `/tmp/dop-reconnect-${PORT}.log`;
process.env.BASE_URL = `http://127.0.0.1:${PORT}`;
process.env.CODE_LOG = LOG;
const { BASE_URL, launch, signIn, api, check, shoot, DESKTOP } = await import('./lib.mjs');
const report = (what, details) => console.log(`ok  ${what} ${JSON.stringify(details)}`);
const DOP = process.env.DOP || new URL('../../.venv/bin/dop', import.meta.url).pathname;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let server = null;
async function start() {
  const log = openSync(LOG, 'a');
  server = spawn(DOP, ['serve', '--port', PORT, '--demo'], { stdio: ['ignore', log, log], env: process.env });
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(`${BASE_URL}/healthz`)).ok) return;
    } catch { /* not yet */ }
    await sleep(100);
  }
  throw new Error(`the server did not start: see ${LOG}`);
}
function kill() {
  server.kill('SIGKILL');
  server = null;
}

await start();
const browser = await launch();
try {
  const office = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(office, 'office');
  const clientContext = await browser.newContext({ viewport: DESKTOP });
  const client = await clientContext.newPage();
  await signIn(client, 'client1');
  const operations = [];
  client.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/graphql')) {
      const name = /(?:query|mutation)\s+(\w+)/.exec(request.postDataJSON()?.query ?? '')?.[1];
      if (name) operations.push(name);
    }
  });
  const mine = await api(client, '{ jobs(filter: {statuses: [PENDING]}, first: 1) { nodes { id } } }');
  const jobId = mine.jobs.nodes[0].id;
  const move = async (status) => {
    const done = await api(office, `mutation($input: JobSetStatusInput!) { jobSetStatus(input: $input) { userErrors { message } } }`,
      { input: { jobId, status } });
    check(done.jobSetStatus.userErrors.length === 0, JSON.stringify(done.jobSetStatus.userErrors));
  };
  const row = client.locator(`[data-job-id="${jobId}"]`);
  await client.goto(`${BASE_URL}/jobs`);
  await row.waitFor();

  // A live move: the page learns the log's cursor from it.
  await move('ON_THE_WAY');
  await row.locator('[data-status="ON_THE_WAY"]').waitFor({ timeout: 5000 });

  kill();
  await client.locator('.connection-banner').waitFor({ timeout: 10_000 });
  await shoot(client, 'reconnect-1-banner');
  await sleep(3000); // a few failed attempts: the backoff grows
  await start();
  operations.length = 0;
  await move('STARTED'); // while the browser still waits to reconnect
  await row.locator('[data-status="STARTED"]').waitFor({ timeout: 30_000 });
  await client.locator('.connection-banner').waitFor({ state: 'detached', timeout: 30_000 });
  await shoot(client, 'reconnect-2-caught-up');
  check(operations.includes('JobEvents'), `no jobEvents catch-up after the reconnect: ${operations}`);
  check(await client.getByText('The server cannot be reached').count() === 0, 'the list was replaced by an error while offline');
  report('caught up by cursor after a restart', { operations });

  // Nothing moved while it was down: the catch-up finds nothing and the list is not read again.
  await client.waitForLoadState('networkidle');
  kill();
  await client.locator('.connection-banner').waitFor({ timeout: 10_000 });
  await start();
  operations.length = 0;
  await client.locator('.connection-banner').waitFor({ state: 'detached', timeout: 30_000 });
  await client.waitForLoadState('networkidle');
  check(operations.includes('JobEvents') && !operations.includes('Jobs'), `a quiet reconnect read: ${operations}`);
  report('a quiet reconnect does not reload the list', { operations });

  // Signed out elsewhere: the server closes the socket with 4403; the page goes to sign-in and says why.
  await client.request.post(`${BASE_URL}/graphql`, { data: { query: 'mutation { signOut { userErrors { message } } }' } });
  await client.getByTestId('signin-message').waitFor({ timeout: 10_000 });
  const message = await client.getByTestId('signin-message').textContent();
  check(/You were signed out/.test(message ?? ''), `sign-in says: ${message}`);
  await shoot(client, 'reconnect-3-signed-out');
  report('signed out elsewhere', { message });
} finally {
  await browser.close();
  if (server) kill();
}
