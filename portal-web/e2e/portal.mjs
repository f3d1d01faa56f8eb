// The portal end to end, in Debian's chromium: run by tests/e2e/test_portal.py against a fresh app, or by
// hand against `uv run dop serve --demo` (codes read from its log): `node e2e/portal.mjs`.
//
// Env: BASE_URL, CODE_URL (GET ?username= → {"codes": [...]}) or CODE_LOG, SCREENS_DIR,
// INTERNAL_NOTES (a JSON file: strings that must never reach a client), CLIENT_USER, NOFIN_USER, EMPLOYEE_USER.
import { readFileSync } from 'node:fs';
import { BASE_URL, DESKTOP, PHONE, api, check, launch, moneyOnPage, pngPhoto, shoot, signIn, waitForStatus } from './lib.mjs';

const CLIENT = process.env.CLIENT_USER || 'pm1';
const NOFIN = process.env.NOFIN_USER || 'pm1-site';
const EMPLOYEE = process.env.EMPLOYEE_USER || 'field1';
const internalNotes = process.env.INTERNAL_NOTES ? JSON.parse(readFileSync(process.env.INTERNAL_NOTES, 'utf8')) : [];

const results = [];
const started = Date.now();
function report(name, details = {}) {
  results.push({ name, ...details });
  console.log(JSON.stringify({ ok: name, ...details, atMs: Date.now() - started }));
}

/** Collect every GraphQL response body a context receives (to look for internal notes). */
function recordResponses(context) {
  const bodies = [];
  context.on('response', async (response) => {
    if (!response.url().includes('/graphql')) return;
    try { bodies.push(await response.text()); } catch { /* redirected or aborted */ }
  });
  context.on('websocket', (socket) => socket.on('framereceived', (frame) => bodies.push(String(frame.payload))));
  return bodies;
}

function leaks(texts) {
  const found = [];
  for (const note of internalNotes) {
    const needle = note.slice(0, 60);
    if (texts.some((text) => text.includes(needle) || text.includes(JSON.stringify(needle).slice(1, -1)))) found.push(note);
  }
  return found;
}

const browser = await launch();
try {
  // ---------------------------------------------------------------- the client signs in: the dashboard
  const clientContext = await browser.newContext({ viewport: DESKTOP });
  const clientBodies = recordResponses(clientContext);
  const client = await clientContext.newPage();
  const pageTexts = [];
  const visit = async (path, ready = 'main h1') => {
    await client.goto(`${BASE_URL}${path}`);
    await client.locator(ready).first().waitFor();
    await client.locator('.state-loading').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
    pageTexts.push(await client.content());
  };
  await signIn(client, CLIENT);
  await client.locator('[data-testid="figure-revenue"]').waitFor();
  const given = await api(client, `{
    dashboard { completedJobs pendingJobs receivableJobs badDebtJobs totalRevenue { amount currency } }
    viewer { customer { displayName } }
  }`);
  const figure = async (id) => (await client.locator(`[data-testid="figure-${id}"] .figure-value`).innerText()).trim();
  const shown = {
    completed: Number(await figure('completed')),
    pending: Number(await figure('pending')),
    receivable: Number(await figure('receivable')),
    badDebt: Number(await figure('bad-debt')),
    revenue: await figure('revenue'),
  };
  const dash = given.dashboard;
  check(shown.completed === dash.completedJobs, `dashboard completed ${shown.completed} ≠ API ${dash.completedJobs}`);
  check(shown.pending === dash.pendingJobs, `dashboard pending ${shown.pending} ≠ API ${dash.pendingJobs}`);
  check(shown.receivable === dash.receivableJobs, `dashboard receivable ${shown.receivable} ≠ API ${dash.receivableJobs}`);
  check(shown.badDebt === dash.badDebtJobs, `dashboard bad debt ${shown.badDebt} ≠ API ${dash.badDebtJobs}`);
  const revenue = new Intl.NumberFormat('en-US', { style: 'currency', currency: dash.totalRevenue.currency }).format(Number(dash.totalRevenue.amount));
  check(shown.revenue === revenue, `dashboard revenue ${shown.revenue} ≠ API ${revenue}`);
  check(await client.locator('.chart-bar').count() === 12, 'the revenue chart does not have 12 months');
  pageTexts.push(await client.content());
  await shoot(client, 'dashboard-desktop');
  await shoot(client, 'dashboard-phone', PHONE);
  await client.setViewportSize(DESKTOP);
  report('client dashboard shows the API figures', shown);
  const customerName = given.viewer.customer.displayName;

  // ---------------------------------------------------------------- the employee's day, at phone size
  const fieldContext = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const field = await fieldContext.newPage();
  await signIn(field, EMPLOYEE);
  await field.locator('main h1', { hasText: 'Today' }).waitFor();
  await field.locator('.state-loading').first().waitFor({ state: 'detached' }).catch(() => {});
  const now = new Date();
  const day = await field.evaluate(() => Array.from(document.querySelectorAll('[data-job-id]')).map((node) => node.getAttribute('data-job-id')));
  check(day.length > 0, `${EMPLOYEE} has no jobs today in the field view`);
  const today = await api(field, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Job { id status customer { displayName } property { id name } } } }`, { ids: day });
  const target = today.nodes.find((job) => job && job.status === 'PENDING' && job.customer?.displayName === customerName);
  check(target, `no PENDING job of ${customerName} in ${EMPLOYEE}'s day (${now.toISOString()})`);
  await shoot(field, 'field-phone');
  await shoot(field, 'field-desktop', DESKTOP);
  await field.setViewportSize(PHONE);
  report('field view lists today in order', { jobs: day.length, target: target.id });

  // ---------------------------------------------------------------- live: the client's open jobs page
  await visit(`/jobs?property=${encodeURIComponent(target.property.id)}`, `[data-job-id="${target.id}"]`);
  const row = client.locator(`[data-job-id="${target.id}"]`);
  await waitForStatus(row, 'PENDING');
  const card = field.locator(`[data-job-id="${target.id}"]`);
  check(await card.getByRole('button', { name: 'Started' }).count() === 0, 'Started offered before On the Way');
  const timings = {};
  for (const [button, status] of [['On the Way', 'ON_THE_WAY'], ['Started', 'STARTED']]) {
    await card.getByRole('button', { name: button, exact: true }).click();
    await card.locator(`[data-status="${status}"]`).waitFor();
    timings[status] = await waitForStatus(row, status, 2000);
    check(timings[status] <= 2000, `client saw ${status} after ${timings[status]} ms`);
  }
  check(await card.getByRole('button', { name: 'Finished' }).count() === 1, 'Finished not offered after Started');
  await shoot(client, 'jobs-live-desktop');
  await shoot(client, 'jobs-live-phone', PHONE);
  await client.setViewportSize(DESKTOP);
  report('client sees On the Way and Started live, without reload', timings);

  // ---------------------------------------------------------------- a lost connection shows and recovers
  await clientContext.setOffline(true);
  await client.locator('.connection-banner').waitFor({ timeout: 15000 });
  await clientContext.setOffline(false);
  await client.locator('.connection-banner').waitFor({ state: 'detached', timeout: 15000 });
  report('a lost connection shows and recovers');

  // ---------------------------------------------------------------- the crew ticks the checklist and adds a photo
  await card.getByRole('link', { name: target.property.name }).click();
  await field.getByRole('heading', { name: 'Checklist' }).waitFor();
  const firstTick = field.locator('.field-checklist input[type=checkbox]').first();
  await firstTick.check();
  await field.waitForFunction(() => document.querySelector('.field-checklist input[type=checkbox]')?.checked === true);
  await field.getByText('Before', { exact: true }).click();
  await field.locator('input[type=file]').setInputFiles({ name: 'before-kitchen.png', mimeType: 'image/png', buffer: await pngPhoto() });
  await field.getByText('Before photo added.').waitFor({ timeout: 10000 });
  await field.locator('.photo img').first().waitFor();
  await shoot(field, 'field-job-phone');
  report('the crew ticks a checklist item and uploads a photo from the phone');

  // ---------------------------------------------------------------- the client sees the job with its photo
  await visit(`/jobs/${encodeURIComponent(target.id)}`, '.photo img');
  const thumb = client.locator('.photo img').first();
  await client.waitForFunction(() => { const img = document.querySelector('.photo img'); return img && img.complete && img.naturalWidth > 0; });
  check(await client.locator('.checklist li.done').count() >= 1, 'the client does not see the ticked checklist item');
  await shoot(client, 'job-desktop');
  await shoot(client, 'job-phone', PHONE);
  await client.setViewportSize(DESKTOP);
  await thumb.click();
  await client.waitForFunction(() => { const img = document.querySelector('dialog.lightbox img'); return img && img.complete && img.naturalWidth > 0; });
  await shoot(client, 'job-photo-full-desktop');
  await client.keyboard.press('Escape');
  report('client sees the job with its photo, thumbnail and full size');

  // ---------------------------------------------------------------- invoices, and the PDF when the API has one
  await visit('/invoices', 'table, .state-empty');
  const firstInvoice = client.locator('table tbody tr th a').first();
  await firstInvoice.click();
  await client.locator('[data-testid="invoice-balance"]').waitFor();
  pageTexts.push(await client.content());
  await shoot(client, 'invoice-desktop');
  await shoot(client, 'invoice-phone', PHONE);
  await client.setViewportSize(DESKTOP);
  const pdfLink = client.getByRole('link', { name: 'Download PDF' });
  const [download] = await Promise.all([client.waitForEvent('download'), pdfLink.click()]);
  const head = readFileSync(await download.path()).subarray(0, 5).toString();
  check(head === '%PDF-', `the invoice download is not a PDF (${head})`);
  report('client downloads the invoice PDF', { file: download.suggestedFilename() });

  // ---------------------------------------------------------------- report a payment made elsewhere; ask for a correction
  await client.getByRole('button', { name: 'Report a payment made elsewhere' }).click();
  await client.getByLabel('Paid by').selectOption('ZELLE');
  await client.getByLabel(/Reference/).fill('ZELLE-E2E-1');
  await client.getByRole('button', { name: 'Send to the office' }).click();
  await client.getByText(/the office will confirm the payment/).waitFor();
  await client.getByRole('button', { name: 'Request a correction' }).click();
  await client.getByLabel('What should be corrected?').fill('The tax rate looks wrong for this unit.');
  await client.getByRole('button', { name: 'Send', exact: true }).click();
  await client.getByText('Waiting for the office').waitFor();
  await visit('/transactions', 'table');
  await client.locator('tr', { hasText: 'ZELLE-E2E-1' }).locator('[data-status="TO_APPROVAL"]').waitFor();
  report('client reports a payment (to approval) and requests a correction');

  // ---------------------------------------------------------------- the rest of the client's pages
  await visit('/batches', 'table, .state-empty');
  if (await client.locator('table tbody tr th a').count()) {
    await client.locator('table tbody tr th a').first().click();
    await client.getByRole('link', { name: 'Download PDF' }).waitFor();
    pageTexts.push(await client.content());
    await shoot(client, 'batch-phone', PHONE);
    await client.setViewportSize(DESKTOP);
  }
  for (const path of ['/transactions', '/properties', `/properties/${encodeURIComponent(target.property.id)}`, '/jobs?view=all']) {
    await visit(path);
  }
  const leaked = leaks([...pageTexts, ...clientBodies]);
  check(leaked.length === 0, `internal notes reached the client: ${JSON.stringify(leaked.slice(0, 3))}`);
  report('no internal note in the client pages or responses', { pages: pageTexts.length, responses: clientBodies.length, notes: internalNotes.length });

  // ---------------------------------------------------------------- the office finds a customer
  const officeContext = await browser.newContext({ viewport: DESKTOP });
  const office = await officeContext.newPage();
  await signIn(office, process.env.OFFICE_USER || 'office');
  await office.getByLabel(/Search by name/).fill(customerName.split(' ')[0]);
  await office.locator('table tbody th', { hasText: customerName }).waitFor();
  await shoot(office, 'office-customers-desktop');
  report('the office searches its customers');

  // ---------------------------------------------------------------- a user without finances sees no money
  const nofinContext = await browser.newContext({ viewport: DESKTOP });
  const nofinBodies = recordResponses(nofinContext);
  const nofin = await nofinContext.newPage();
  await signIn(nofin, NOFIN);
  const navLabels = await nofin.locator('.mainnav a').allInnerTexts();
  check(!navLabels.some((label) => /Invoices|Batches|Transactions/.test(label)), `no-finance nav offers ${navLabels}`);
  const seen = {};
  const nofinJobs = await api(nofin, `{ jobs(first: 1) { nodes { id property { id } } } }`);
  const someJob = nofinJobs.jobs.nodes[0];
  for (const path of ['/', '/jobs', '/jobs?view=all', `/jobs/${encodeURIComponent(someJob.id)}`, '/properties',
    `/properties/${encodeURIComponent(someJob.property.id)}`, '/invoices', '/transactions']) {
    await nofin.goto(`${BASE_URL}${path}`);
    await nofin.locator('main h1').first().waitFor();
    await nofin.locator('.state-loading').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => {});
    await nofin.waitForTimeout(200);
    const money = await moneyOnPage(nofin);
    check(money.length === 0, `${NOFIN} sees money on ${path}: ${money.slice(0, 3)}`);
    seen[path] = (await nofin.locator('main h1').first().innerText());
  }
  await nofin.getByTestId('bell').click();
  await nofin.locator('.bell-panel').waitFor();
  const bellMoney = await moneyOnPage(nofin);
  check(bellMoney.length === 0, `${NOFIN} sees money in the notifications: ${bellMoney.slice(0, 3)}`);
  const amountsInResponses = nofinBodies.filter((body) => /"(amount|cents)"\s*:\s*"?\d/.test(body));
  check(amountsInResponses.length === 0, `${NOFIN} received amounts: ${amountsInResponses[0]?.slice(0, 200)}`);
  report('a user without finances sees no amount on any page', { pages: Object.keys(seen).length });
} finally {
  await browser.close();
}
console.log(JSON.stringify({ done: results.length }));
