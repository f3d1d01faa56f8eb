// Schedule and dispatch: the office schedules a job for today (the form checks before sending), sees it on the day
// board, watches it move live as the field employee works it from the field view in a second browser, reassigns it
// by the menu and by drag, sees another office user's reassignment and new day arrive on its board and week view
// without reload (`jobChanged`), and corrects its status with a reason. Puts ctx.made.jobId (a finished job, to invoice).
import { api, check, signIn, waitForStatus } from '../lib.mjs';

/** Now in the company's zone: today's day and the next whole hour (capped so the job stays on today). */
async function companyNow(page) {
  const { company } = await api(page, '{ company { timeZone } }');
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: company.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date()).map((part) => [part.type, part.value]));
  const hour = Math.min(Number(parts.hour) + 1, 22);
  const pad = (value) => String(value).padStart(2, '0');
  return { day: `${parts.year}-${parts.month}-${parts.day}`, start: `${pad(hour)}:00`, end: `${pad(hour + 1)}:00` };
}

async function demoProperty(page) {
  const data = await api(page, `{ customers(search: "Reyes", first: 1) { nodes { id properties(first: 1) { nodes { id name } } } } }`);
  const customer = data.customers.nodes[0];
  return { customerId: customer.id, propertyId: customer.properties.nodes[0].id, propertyName: customer.properties.nodes[0].name };
}

export async function run(ctx) {
  if (!ctx.page) {
    // run alone (`node e2e/office.mjs 30`): sign in first
    ctx.context = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
    ctx.page = await ctx.context.newPage();
    await signIn(ctx.page, ctx.office);
  }
  const page = ctx.page;
  const base = ctx.base;
  let { propertyId, customerId, propertyName } = ctx.made;
  if (!propertyId) ({ customerId, propertyId, propertyName } = await demoProperty(page));
  if (!propertyName) {
    const data = await api(page, 'query($id: ID!) { node(id: $id) { ... on Property { name } } }', { id: propertyId });
    propertyName = data.node.name;
  }
  const { teams } = await api(page, '{ teams { id name members { id name user { username } } } }');
  const blue = teams.find((team) => team.members.some((person) => person.user?.username === 'field1'));
  const other = teams.find((team) => team !== blue && team.members.length > 0);
  check(blue && other, 'the demo has field1 on a team and another team');
  const when = await companyNow(page);

  // ---------------------------------------------------------------- the week and the form
  await page.goto(`${base}/schedule`);
  await page.getByTestId('schedule-week').waitFor();
  await page.getByRole('link', { name: 'New job' }).click();
  await page.getByRole('heading', { name: 'New job' }).waitFor();
  await page.goto(`${base}/jobs/new?property=${encodeURIComponent(propertyId)}`);
  await page.getByText(propertyName, { exact: false }).first().waitFor();
  // nothing is sent while the form is wrong: an end before the start, a price that is not a number
  await page.getByLabel('Starts at').fill(when.start);
  await page.getByLabel('Ends at').fill('00:30');
  await page.getByLabel('Team').selectOption(blue.id);
  const addService = page.getByTestId('add-service');
  await addService.selectOption({ label: (await addService.locator('option', { hasText: 'Inside Fridge' }).innerText()).trim() });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByLabel('Unit price').fill('abc');
  await page.getByLabel('Notes for the client').fill('Please leave the side gate open.');
  await page.getByLabel('Internal notes').fill('Dog is friendly; bring the long ladder.');
  await page.getByRole('button', { name: 'Schedule job' }).click();
  await page.getByText('The end must be after the start.').waitFor();
  await page.getByText('The amount must be a number like 120 or 120.50.').waitFor();
  check(page.url().includes('/jobs/new'), 'the form left the page although it was wrong');
  await page.getByLabel('Ends at').fill(when.end);
  await page.getByLabel('Unit price').fill('55');
  const crew = await page.locator('.jobform-checks input:checked').count();
  check(crew === blue.members.length, `picking ${blue.name} ticks its ${blue.members.length} people (ticked ${crew})`);
  await ctx.screens(page, 'schedule-job-form');
  await page.getByRole('button', { name: 'Schedule job' }).click();
  await page.waitForURL((url) => /^\/jobs\/(?!new$)[^/]+$/.test(url.pathname));
  const jobId = decodeURIComponent(new URL(page.url()).pathname.split('/jobs/')[1]);
  ctx.made.jobId = jobId;
  await page.getByTestId('status-history').waitFor();
  const saved = await api(page, `query($id: ID!) { node(id: $id) { ... on Job { scheduledStart internalNotes
    services { description unitPrice { amount } } employees { id } team { id } } } }`, { id: jobId });
  check(saved.node.services[0].unitPrice.amount === '55.00', `the price typed is the price saved: ${JSON.stringify(saved.node.services)}`);
  check(saved.node.team.id === blue.id && saved.node.internalNotes.startsWith('Dog'), 'team and internal notes saved');
  ctx.report('office schedules a job for today (checked before sending)', { jobId });

  // ---------------------------------------------------------------- the day board, live as the field moves it
  await page.goto(`${base}/schedule/day?date=${when.day}`);
  const card = page.locator(`[data-lane="${blue.id}"] [data-job="${jobId}"]`);
  await card.waitFor();
  await waitForStatus(card, 'PENDING');
  await ctx.screens(page, 'schedule-day');
  await page.setViewportSize({ width: 1280, height: 860 });

  const fieldContext = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const field = await fieldContext.newPage();
  await signIn(field, 'field1');
  const fieldCard = field.locator(`[data-job-id="${jobId}"]`);
  await fieldCard.waitFor();
  const timings = {};
  for (const [button, status] of [['I’m on my way', 'ON_THE_WAY'], ['Start job', 'STARTED'], ['Finish job', 'FINISHED']]) {
    await fieldCard.getByRole('button', { name: button, exact: true }).click();
    timings[status] = await waitForStatus(page.locator(`[data-job="${jobId}"]`), status, 5000);
  }
  await fieldContext.close();
  ctx.report('the day board shows On the Way, Started and Finished from the field view without reload', timings);

  // ---------------------------------------------------------------- reassign: by the menu (keyboard), then by drag
  await page.locator(`[data-job="${jobId}"]`).getByRole('button', { name: /Move .* to another column/ }).click();
  await page.getByRole('menuitem', { name: other.name }).click();
  await page.locator(`[data-lane="${other.id}"] [data-job="${jobId}"]`).waitFor();
  await page.getByText(`moved to ${other.name}`).waitFor();
  const moved = await api(page, 'query($id: ID!) { node(id: $id) { ... on Job { team { id } employees { id } } } }', { id: jobId });
  check(moved.node.team.id === other.id && moved.node.employees.length === other.members.length, 'the menu sent the other team');
  // drag it back onto the first team's column (dnd-kit's pointer sensor: press, move past 6 px, drop)
  const handle = page.locator(`[data-job="${jobId}"] .sched-time`);
  await handle.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  const from = await handle.boundingBox();
  const to = await page.locator(`[data-lane="${blue.id}"] .sched-lane-head`).boundingBox();
  await page.mouse.move(from.x + 10, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 20, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height + 20, { steps: 12 });
  // let dnd-kit see the pointer over the column (it measures on the next frames) before dropping
  await page.locator(`[data-lane="${blue.id}"].is-over`).waitFor();
  await page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height + 22);
  await page.waitForTimeout(150);
  await page.mouse.up();
  await page.locator(`[data-lane="${blue.id}"] [data-job="${jobId}"]`).waitFor();
  await page.getByText(`moved to ${blue.name}`).waitFor();
  ctx.report('reassign by the menu and by drag');

  // ---------------------------------------------------------------- another office user moves it: live here
  const ownerContext = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const owner = await ownerContext.newPage();
  await signIn(owner, ctx.owner);
  const UPDATE = 'mutation($input: JobUpdateInput!) { jobUpdate(input: $input) { userErrors { message } job { scheduledStart scheduledEnd } } }';
  await page.evaluate(() => { window.__sameDocument = true; });
  const sent = await api(owner, UPDATE, { input: { id: jobId, teamId: other.id, employeeIds: other.members.map((person) => person.id) } });
  check(sent.jobUpdate.userErrors.length === 0, `the owner reassigns the job: ${JSON.stringify(sent)}`);
  await page.locator(`[data-lane="${other.id}"] [data-job="${jobId}"]`).waitFor({ timeout: 5000 });
  check(await page.evaluate(() => window.__sameDocument === true), 'the board followed without a reload');
  ctx.report('the day board follows another office user\'s reassignment without reload');
  // the week view follows a move to another day (the day after, or before on a Sunday: the same week)
  await page.goto(`${base}/schedule?week=${when.day}`);
  await page.locator(`[data-day="${when.day}"] [data-job="${jobId}"]`).waitFor();
  await page.evaluate(() => { window.__sameDocument = true; });
  const shift = new Date(`${when.day}T12:00:00Z`).getUTCDay() === 0 ? -1 : 1;
  const otherDay = new Date(Date.parse(`${when.day}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
  const at = (iso, days) => (iso ? new Date(Date.parse(iso) + days * 86_400_000).toISOString() : null);
  const { scheduledStart, scheduledEnd } = sent.jobUpdate.job;
  await api(owner, UPDATE, { input: { id: jobId, scheduledStart: at(scheduledStart, shift), scheduledEnd: at(scheduledEnd, shift) } });
  await page.locator(`[data-day="${otherDay}"] [data-job="${jobId}"]`).waitFor({ timeout: 5000 });
  check(await page.locator(`[data-day="${when.day}"] [data-job="${jobId}"]`).count() === 0, 'the job left its old day');
  check(await page.evaluate(() => window.__sameDocument === true), 'the week followed without a reload');
  // and back where it was (today, the first team), on the board
  await api(owner, UPDATE, { input: { id: jobId, scheduledStart, scheduledEnd, teamId: blue.id,
    employeeIds: blue.members.map((person) => person.id) } });
  await page.locator(`[data-day="${when.day}"] [data-job="${jobId}"]`).waitFor({ timeout: 5000 });
  await ownerContext.close();
  await page.goto(`${base}/schedule/day?date=${when.day}`);
  await page.locator(`[data-lane="${blue.id}"] [data-job="${jobId}"]`).waitFor();
  ctx.report('the week view follows another office user\'s change of day without reload');

  // ---------------------------------------------------------------- status correction with a reason
  await page.locator(`[data-job="${jobId}"]`).getByRole('link').first().click();
  await page.getByTestId('status-change').waitFor();
  const form = page.getByTestId('status-change');
  await form.getByLabel('New status').selectOption('STARTED');
  await form.getByRole('button', { name: 'Correct the status' }).click();
  await form.getByText('This is a correction: say why').waitFor();
  await form.getByLabel(/Reason/).fill('Upstairs bathroom was missed');
  await form.getByRole('button', { name: 'Correct the status' }).click();
  await page.getByTestId('status-history').getByText('Upstairs bathroom was missed').waitFor();
  await waitForStatus(page.locator('.page-header'), 'STARTED');
  await form.getByLabel('New status').selectOption('FINISHED');
  await form.getByRole('button', { name: 'Change status' }).click();
  await waitForStatus(page.locator('.page-header'), 'FINISHED');
  await page.getByTestId('invoice-job').waitFor();
  await ctx.screens(page, 'schedule-job');
  ctx.report('status correction with a reason, kept in the history');

  await page.goto(`${base}/schedule?week=${when.day}`);
  await page.locator(`[data-job="${jobId}"]`).waitFor();
  await ctx.screens(page, 'schedule-week');
  await page.setViewportSize({ width: 1280, height: 860 });

  // ---------------------------------------------------------------- the date picker with the keyboard only
  await page.goto(`${base}/schedule/day?date=${when.day}`);
  await page.getByRole('button', { name: /^Day shown:/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Day shown' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('date') !== when.day);
  const picked = new URL(page.url()).searchParams.get('date');
  const next = new Date(`${when.day}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  check(picked === next.toISOString().slice(0, 10), `the arrow and Enter picked ${picked}, not the day after ${when.day}`);
  check(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup')) === 'dialog', 'the focus is back on the picker');
  ctx.report('the date picker works with the keyboard alone');
}
