// The portal end to end, in Debian's chromium: run by tests/e2e/test_portal.py against a fresh app, or by
// hand against `uv run dop serve --demo` (codes read from its log): `node e2e/portal.mjs`.
//
// Env: BASE_URL, CODE_URL (GET ?username= → {"codes": [...]}) or CODE_LOG, SCREENS_DIR,
// INTERNAL_NOTES (a JSON file: strings that must never reach a client), CLIENT_USER, NOFIN_USER, EMPLOYEE_USER,
// OFFICE_USER.
import { readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { BASE_URL, DESKTOP, PHONE, api, check, firstContent, hiddenColumns, launch, moneyOnPage, pngPhoto, shoot, signIn, smallTapTargets, waitForStatus, wrapped } from './lib.mjs';

const CLIENT = process.env.CLIENT_USER || 'pm1';
const NOFIN = process.env.NOFIN_USER || 'pm1-site';
const EMPLOYEE = process.env.EMPLOYEE_USER || 'field1';
const OFFICE = process.env.OFFICE_USER || 'office';
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
  await client.locator('[data-testid="figure-paid"]').waitFor();
  const given = await api(client, `{
    dashboard { completedJobs pendingJobs amountPaid { amount currency } openBalance { amount currency } }
    viewer { customer { displayName } }
  }`);
  const figure = async (id) => (await client.locator(`[data-testid="figure-${id}"] .figure-value`).innerText()).trim();
  const shown = {
    completed: Number(await figure('completed')),
    pending: Number(await figure('pending')),
    paid: await figure('paid'),
    open: await figure('open'),
  };
  const labels = await client.locator('.figure-label').allInnerTexts();
  check(labels.includes('You paid') && labels.includes('Open balance'), `the client's dashboard says ${labels}`);
  check(!labels.some((label) => /revenue|receivable|bad-debt/i.test(label)), `company words on the client's dashboard: ${labels}`);
  const dash = given.dashboard;
  check(shown.completed === dash.completedJobs, `dashboard completed ${shown.completed} ≠ API ${dash.completedJobs}`);
  check(shown.pending === dash.pendingJobs, `dashboard pending ${shown.pending} ≠ API ${dash.pendingJobs}`);
  const usd = (money) => new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency }).format(Number(money.amount));
  check(shown.paid === usd(dash.amountPaid), `dashboard paid ${shown.paid} ≠ API ${usd(dash.amountPaid)}`);
  check(shown.open === usd(dash.openBalance), `dashboard open balance ${shown.open} ≠ API ${usd(dash.openBalance)}`);
  check(await client.locator('.chart-bar').count() === 12, 'the revenue chart does not have 12 months');
  check(await client.locator('[data-testid="chart-value"]').count() === 12, 'the chart\'s values are not labelled');
  check(/^Welcome|^Dashboard/.test(await client.title()), `the dashboard's title is "${await client.title()}"`);
  pageTexts.push(await client.content());
  await shoot(client, 'dashboard-desktop');
  await shoot(client, 'dashboard-phone', PHONE);
  // the nav folds into a menu on the phone; every entry is inside the screen once it is open
  await client.getByTestId('menu').click();
  const navBoxes = await client.locator('.mainnav-links a').evaluateAll((links) => links.map((link) => { const r = link.getBoundingClientRect(); return [link.textContent, r.left, r.right, r.height]; }));
  check(navBoxes.length >= 5 && navBoxes.every(([, left, right, height]) => left >= 0 && right <= PHONE.width && height >= 44), `the phone menu: ${JSON.stringify(navBoxes)}`);
  await shoot(client, 'menu-phone');
  await client.getByTestId('menu').click();
  // the bell's panel opens inside the screen
  await client.getByTestId('bell').click();
  const bell = await client.locator('.bell-panel').boundingBox();
  check(bell && bell.x >= 0 && bell.x + bell.width <= PHONE.width, `the notification panel is at x=${bell?.x}, ${bell?.width} wide, on a ${PHONE.width} px screen`);
  await shoot(client, 'bell-phone');
  await client.getByTestId('bell').click();
  const smallDashboard = await smallTapTargets(client);
  check(smallDashboard.length === 0, `tap targets under 44 px on the phone: ${smallDashboard.slice(0, 5)}`);
  await client.setViewportSize(DESKTOP);
  report('client dashboard shows the API figures in the client\'s words; phone menu and bell inside the screen', { ...shown, bell });
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

  // ---------------------------------------------------------------- live: the office takes the employee off a job
  // (the office stays signed in for its own scenario below)
  const officeContext = await browser.newContext({ viewport: DESKTOP });
  const office = await officeContext.newPage();
  await signIn(office, OFFICE);
  const crews = await api(field, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Job { id employees { id } } } }`, { ids: day });
  const mine = crews.nodes.map((job) => job.employees.map((person) => person.id))
    .reduce((common, ids) => common.filter((id) => ids.includes(id)));
  check(mine.length === 1, `${EMPLOYEE}'s employee is not the one on every job of their day: ${mine}`);
  const other = crews.nodes.find((job) => job.id !== target.id) ?? crews.nodes[0];
  const setCrew = async (employeeIds) => {
    const done = await api(office, `mutation($input: JobUpdateInput!) { jobUpdate(input: $input) { userErrors { message } } }`,
      { input: { id: other.id, employeeIds } });
    check(done.jobUpdate.userErrors.length === 0, `jobUpdate: ${JSON.stringify(done.jobUpdate.userErrors)}`);
  };
  const crew = other.employees.map((person) => person.id);
  const otherCard = field.locator(`[data-job-id="${other.id}"]`);
  let clock = Date.now();
  await setCrew(crew.filter((id) => id !== mine[0]));
  await otherCard.waitFor({ state: 'detached', timeout: 5000 });
  const gone = Date.now() - clock;
  const notice = await field.locator('.field-notice').innerText();
  check(/took you off/.test(notice), `no word that the job left the day: "${notice}"`);
  await shoot(field, 'field-taken-off-phone');
  await shoot(field, 'field-taken-off-desktop', DESKTOP);
  await field.setViewportSize(PHONE);
  clock = Date.now();
  await setCrew(crew);
  await otherCard.waitFor({ timeout: 5000 });
  const back = Date.now() - clock;
  await field.locator('.field-notice').waitFor({ state: 'detached', timeout: 2000 });
  // the job's own page, open when the office takes them off it, says so instead of showing the job
  await field.goto(`${BASE_URL}/jobs/${encodeURIComponent(other.id)}`);
  await field.getByRole('heading', { name: 'Checklist' }).waitFor();
  await setCrew(crew.filter((id) => id !== mine[0]));
  await field.getByRole('heading', { name: 'No longer on your day' }).waitFor({ timeout: 5000 });
  await shoot(field, 'field-job-taken-off-phone');
  await setCrew(crew);
  await field.goto(`${BASE_URL}/`);
  await field.locator(`[data-job-id="${target.id}"]`).waitFor();
  report('field view follows the office taking the employee off a job and putting them back, without reload', { gone, back });

  // ---------------------------------------------------------------- live: the client's open jobs page
  await visit(`/jobs?property=${encodeURIComponent(target.property.id)}`, `[data-job-id="${target.id}"]`);
  const row = client.locator(`[data-job-id="${target.id}"]`);
  await waitForStatus(row, 'PENDING');
  const card = field.locator(`[data-job-id="${target.id}"]`);
  check(await card.getByRole('button', { name: 'Start job' }).count() === 0, 'Start job offered before I’m on my way');
  check(await field.getByRole('button', { name: /^(On the Way|Started|Finished)$/ }).count() === 0, 'a field button is named as a state');
  const timings = {};
  for (const [button, status] of [['I’m on my way', 'ON_THE_WAY'], ['Start job', 'STARTED']]) {
    await card.getByRole('button', { name: button, exact: true }).click();
    await card.locator(`[data-status="${status}"]`).waitFor();
    timings[status] = await waitForStatus(row, status, 2000);
    check(timings[status] <= 2000, `client saw ${status} after ${timings[status]} ms`);
  }
  check(await card.getByRole('button', { name: 'Finish job' }).count() === 1, 'Finish job not offered after Start job');
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

  // ---------------------------------------------------------------- the client's job page is open while the crew works
  await visit(`/jobs/${encodeURIComponent(target.id)}`, '.checklist, .card h2');
  const doneBefore = await client.locator('.checklist li.done').count();
  const photosBefore = await client.locator('.photo img').count();
  await card.getByRole('link', { name: target.property.name }).click();
  await field.getByRole('heading', { name: 'Checklist' }).waitFor();
  // the checklist comes before the details on the phone
  const order = await field.locator('main h2').allInnerTexts();
  check(order.indexOf('Checklist') >= 0 && order.indexOf('Checklist') < order.indexOf('Details'), `field job sections in order ${order}`);
  const boxes = field.locator('.field-checklist input[type=checkbox]');
  const required = await field.locator('.field-checklist li', { hasText: '(required)' }).count();
  const finish = field.getByRole('button', { name: 'Finish job' });
  if (required > 0) {
    check(await finish.isDisabled(), 'Finish job is enabled while required checklist items are open');
    await field.getByTestId('finish-blocked').waitFor();
  }
  const proofTimings = {};
  let started = Date.now();
  await boxes.first().check();
  await field.waitForFunction(() => document.querySelector('.field-checklist input[type=checkbox]')?.checked === true);
  await client.waitForFunction((n) => document.querySelectorAll('.checklist li.done').length > n, doneBefore, { timeout: 3000 });
  proofTimings.tick = Date.now() - started;
  await field.getByText('Before', { exact: true }).click();
  started = Date.now();
  await field.locator('input[type=file]').setInputFiles({ name: 'before-kitchen.png', mimeType: 'image/png', buffer: await pngPhoto() });
  await field.getByText('Before photo added.').waitFor({ timeout: 10000 });
  await field.locator('.photo img').first().waitFor();
  await client.waitForFunction((n) => document.querySelectorAll('.photo img').length > n, photosBefore, { timeout: 3000 });
  proofTimings.photo = Date.now() - started;
  // once every required item is ticked, Finish job is enabled and no refusal is left on screen
  const openBoxes = field.locator('.field-checklist li', { hasText: '(required)' }).locator('input:not(:checked)');
  for (let guard = 0; guard < 30 && await openBoxes.count() > 0; guard += 1) {
    await openBoxes.first().check();
    await field.waitForTimeout(150);
  }
  if (required > 0) {
    await field.waitForFunction(() => !document.querySelector('[data-testid="finish-blocked"]'), null, { timeout: 5000 });
    check(!(await finish.isDisabled()), 'Finish job stays disabled with every required item ticked');
  }
  await shoot(field, 'field-job-phone');
  report('live proof: the crew ticks and adds a photo, the client\'s open job page shows both without reload; Finish job waits for the required items', proofTimings);

  // ---------------------------------------------------------------- the client sees the job with its photo
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

  // ---------------------------------------------------------------- every list pages through everything, and fits a phone
  const listChecks = {};
  for (const [path, noun] of [['/invoices', 'invoice'], ['/jobs?view=all', 'job'], ['/transactions', 'payment'], ['/batches', 'batch']]) {
    await visit(path, '[data-testid="list-count"], .state-empty');
    const count = await client.locator('[data-testid="list-count"]').first().innerText().catch(() => '');
    if (count) check(new RegExp(`^(Showing \\d+–\\d+ of \\d+ |\\d+ )${noun}`).test(count), `${path} count reads "${count}"`);
    if (/^Showing 1–/.test(count)) {
      await client.getByRole('button', { name: 'Next page' }).first().click();
      await client.locator('[data-testid="list-count"]', { hasText: /Showing (5|[1-9]\d)\d?–/ }).first().waitFor();
    }
    await client.setViewportSize(PHONE);
    await client.evaluate(() => window.scrollTo(0, 0));
    const hidden = await hiddenColumns(client);
    check(hidden.length === 0, `${path} at ${PHONE.width} px: ${hidden}`);
    const broken = await wrapped(client);
    check(broken.length === 0, `${path} at ${PHONE.width} px: wrapped ${broken.slice(0, 3)}`);
    const small = await smallTapTargets(client);
    check(small.length === 0, `${path} at ${PHONE.width} px: tap targets under 44 px ${small.slice(0, 5)}`);
    await shoot(client, `list-${path.slice(1).split('?')[0]}-phone`);
    await client.setViewportSize(DESKTOP);
    listChecks[path] = { count, title: await client.title() };
  }
  const titles = new Set(Object.values(listChecks).map((item) => item.title));
  check(titles.size === Object.keys(listChecks).length, `pages share a title: ${JSON.stringify(listChecks)}`);
  const favicon = await client.request.get(`${BASE_URL}${await client.locator('link[rel=icon]').getAttribute('href')}`);
  check(favicon.ok(), 'no favicon');
  report('lists page through everything with the total, and become cards on a phone with no column hidden', listChecks);

  // ---------------------------------------------------------------- invoices, and the PDF when the API has one
  await visit('/invoices?view=unpaid', 'table, .state-empty');
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
  const balanceDue = await client.getByLabel('Amount').inputValue();
  await client.getByLabel('Amount').fill('abc');
  await client.getByRole('button', { name: 'Send to the office' }).click();
  await client.locator('#report-amount-error').waitFor();
  const said = await client.locator('main').innerText();
  check(!/\[GraphQL\]|Variable '\$|Decimal/.test(said), 'a raw GraphQL message reached the page');
  check(/must be a number/.test(await client.locator('#report-amount-error').innerText()), 'no clear word for the amount "abc"');
  await client.getByLabel('Amount').fill(balanceDue);
  await client.getByLabel('Paid by').selectOption('ZELLE');
  await client.getByLabel(/Reference/).fill('ZELLE-E2E-1');
  // on a phone, a double tap on Send: one request, carrying the form's idempotency key
  await client.setViewportSize(PHONE);
  const reportsSent = [];
  const watchReports = (request) => {
    const body = request.url().includes('/graphql') ? request.postData() || '' : '';
    if (body.includes('paymentReport')) reportsSent.push(JSON.parse(body).variables?.input?.idempotencyKey);
  };
  client.on('request', watchReports);
  await client.getByRole('button', { name: 'Send to the office' }).dblclick();
  await client.getByText(/the office will confirm the payment/).waitFor();
  client.off('request', watchReports);
  check(reportsSent.length === 1, `a double click on Send sent ${reportsSent.length} payment reports`);
  check(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(reportsSent[0] ?? ''),
    `the payment report carries no UUID idempotency key (${reportsSent[0]})`);
  await client.locator('[data-testid="pay-covered"]').waitFor();
  await shoot(client, 'invoice-reported-phone', PHONE);
  await client.setViewportSize(DESKTOP);
  // the whole balance is reported: the invoice shows it pending and offers no second report
  await client.locator('[data-testid="invoice-pending"]').waitFor();
  await client.locator('[data-testid="pay-covered"]').waitFor();
  check(await client.getByRole('button', { name: 'Report a payment made elsewhere' }).count() === 0, 'a second report is offered for a covered balance');
  await shoot(client, 'invoice-reported-desktop');
  await client.getByRole('button', { name: 'Request a correction' }).click();
  await client.getByLabel('What should be corrected?').fill('The tax rate looks wrong for this unit.');
  await client.getByRole('button', { name: 'Send', exact: true }).click();
  await client.getByText('Waiting for the office').waitFor();
  await visit('/transactions', 'table');
  await client.locator('tr', { hasText: 'ZELLE-E2E-1' }).first().locator('[data-status="TO_APPROVAL"]').waitFor();
  const reportedRows = await client.locator('tr', { hasText: 'ZELLE-E2E-1' }).count();
  check(reportedRows === 1, `the double-clicked report is listed ${reportedRows} times under Transactions`);
  // another invoice, the same Zelle reference: refused at the reference, in the server's words naming the first
  await visit('/invoices?view=unpaid', 'table, .state-empty');
  const unpaid = await client.locator('table tbody tr th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  let reportable = null;
  for (const href of unpaid.slice(0, 5)) {
    await visit(href, '[data-testid="invoice-balance"]');
    if (await client.getByRole('button', { name: 'Report a payment made elsewhere' }).count()) { reportable = href; break; }
  }
  check(reportable, 'no other unpaid invoice offers to report a payment');
  await client.setViewportSize(PHONE);
  await client.getByRole('button', { name: 'Report a payment made elsewhere' }).click();
  await client.getByLabel('Paid by').selectOption('ZELLE');
  await client.getByLabel(/Reference/).fill('zelle-e2e-1 ');
  await client.getByRole('button', { name: 'Send to the office' }).click();
  await client.locator('#report-reference-error').waitFor();
  const duplicateSaid = await client.locator('#report-reference-error').innerText();
  check(/ZELLE-E2E-1/.test(duplicateSaid) && /already recorded/.test(duplicateSaid) && !/idempotency|DUPLICATE_REFERENCE/i.test(duplicateSaid),
    `the duplicate reference reads "${duplicateSaid}"`);
  await shoot(client, 'invoice-duplicate-reference-phone', PHONE);
  await client.setViewportSize(DESKTOP);
  report('client reports a payment (bad amount refused in words first; one request with its idempotency key on a phone double click; pending shown; no second report; the same reference again refused in words) and requests a correction', { reportsSent: reportsSent.length });

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
  await office.goto(`${BASE_URL}/customers`);
  await office.getByLabel(/Search customers/).fill(customerName.split(' ')[0]);
  await office.locator('main table tbody', { hasText: customerName }).waitFor();
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
  const nofinJobs = await api(nofin, `{ jobs(first: 1) { nodes { id property { id } } } dashboard { receivableJobs badDebtJobs } }`);
  check(nofinJobs.dashboard.receivableJobs === null && nofinJobs.dashboard.badDebtJobs === null, `${NOFIN} gets money-derived counts: ${JSON.stringify(nofinJobs.dashboard)}`);
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

  // ---------------------------------------------------------------- time to first content, on a reload
  const timing = {
    dashboard: await firstContent(client, `${BASE_URL}/`, '[data-testid="figure-completed"]'),
    jobs: await firstContent(client, `${BASE_URL}/jobs`, '.job-item, .state-empty'),
  };
  console.log(JSON.stringify({ firstContent: timing }));
  if (process.env.FIRST_CONTENT_OUT) writeFileSync(process.env.FIRST_CONTENT_OUT, JSON.stringify(timing, null, 2));
  report('first content on a reload (ms from navigation start)', timing);
} finally {
  await browser.close();
}
console.log(JSON.stringify({ done: results.length }));
