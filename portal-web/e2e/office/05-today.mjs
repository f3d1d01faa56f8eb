// Today (`/`): the office's working day. Every job of today by team (however many: past the API's first page of
// 100) beside the to-do cards, and the late jobs counted over all of them; every card that shows only part of its
// list links to where all of it is (or, for overdue reminders, loads more until all are shown); a job of today moved
// through the API by someone else (the owner, in a second browser context) shows its new status here without a
// reload.
import { api, check, signIn, waitForStatus } from '../lib.mjs';

/** Every job starting on `day` (YYYY-MM-DD) in the company's zone, read page by page from the API. */
async function jobsOfDay(page, day) {
  const { company } = await api(page, '{ company { timeZone } }');
  const dayOf = (instant) => new Intl.DateTimeFormat('en-CA', { timeZone: company.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant));
  const noon = Date.parse(`${day}T12:00:00Z`);
  const around = { from: new Date(noon - 36 * 3600e3).toISOString(), to: new Date(noon + 36 * 3600e3).toISOString() };
  const all = [];
  for (let after = null, more = true; more;) {
    const { jobs } = await api(page, `query($from: DateTime!, $to: DateTime!, $after: String) {
      jobs(filter: { scheduledFrom: $from, scheduledTo: $to }, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { id status scheduledStart } } }`, { ...around, after });
    all.push(...jobs.nodes);
    ({ hasNextPage: more, endCursor: after } = jobs.pageInfo);
  }
  return all.filter((job) => dayOf(job.scheduledStart) === day);
}

// The normal path a job moves along (one step forward, no reason needed; finishing is left out: it asks for the checklist).
const NEXT = { PENDING: 'ON_THE_WAY', ON_THE_WAY: 'STARTED' };

export async function run(ctx) {
  if (!ctx.page) {
    // run alone (`node e2e/office.mjs 05`): sign in first
    ctx.context = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
    ctx.page = await ctx.context.newPage();
    await signIn(ctx.page, ctx.office);
  }
  const page = ctx.page;
  const base = ctx.base;
  await page.goto(`${base}/`);
  const jobs = page.locator('.today-jobs');
  await jobs.waitFor();

  // ---------------------------------------------------------------- every partial list says where the rest is
  const dayLink = jobs.locator('a.today-all');
  const href = await dayLink.getAttribute('href');
  check(/^\/schedule\/day\?date=\d{4}-\d{2}-\d{2}$/.test(href ?? ''), `the jobs card links to today's day board: ${href}`);
  const expected = {
    'Payments to approve': '/billing/approvals',
    'Correction requests': '/billing/corrections',
    'Overdue invoices': '/billing/overdue',
  };
  for (const [title, target] of Object.entries(expected)) {
    const card = page.locator('.today-card').filter({ has: page.getByRole('heading', { name: title }) });
    const count = (await card.getByTestId('list-count').allTextContents()).join('');
    if (/ of /.test(count)) {
      const link = await card.locator('a.today-all').getAttribute('href');
      check(link === target, `${title} shows "${count}" and links to ${target} (links to ${link})`);
    }
  }
  // overdue reminders have no page of their own: "Load more" until all of them are shown
  const reminders = page.locator('.today-card').filter({ has: page.getByRole('heading', { name: 'Overdue reminders' }) });
  const { reminders: overdue } = await api(page, '{ reminders(filter: { due: OVERDUE }, first: 0) { totalCount } }');
  for (let round = 0; round < 50 && await reminders.getByRole('button', { name: /Load more/ }).count(); round += 1) {
    await reminders.getByRole('button', { name: /Load more/ }).click();
    await reminders.getByRole('button', { name: 'Loading…' }).waitFor({ state: 'detached' });
  }
  const rows = await reminders.locator('.today-list > li:not(.today-more)').count();
  check(rows === overdue.totalCount, `all ${overdue.totalCount} overdue reminders can be shown on Today (shows ${rows})`);
  if (overdue.totalCount > 0) {
    const said = await reminders.getByTestId('list-count').innerText();
    check(said.includes(String(overdue.totalCount)) && !/ of /.test(said), `the reminders say they are all shown: "${said}"`);
  }
  ctx.report('Today: every partial list links to all of it', { overdueReminders: overdue.totalCount });

  // ---------------------------------------------------------------- every job of today, and every late one
  const day = href.split('date=')[1];
  const ofDay = await jobsOfDay(page, day);
  const lateCard = page.locator('.today-card').filter({ has: page.getByRole('heading', { name: /^Late jobs/ }) });
  const lateHeading = async () => Number(await lateCard.locator('h2 .today-count').innerText());
  const shownRows = await jobs.locator('[data-job]').count();
  check(shownRows === ofDay.length, `all ${ofDay.length} jobs of ${day} are on Today (shows ${shownRows})`);
  const lateNow = ofDay.filter((job) => job.status === 'PENDING' && Date.parse(job.scheduledStart) < Date.now()).length;
  check(await lateHeading() === lateNow, `Today counts ${lateNow} late jobs over the whole day (says ${await lateHeading()})`);
  check(await jobs.locator('.today-late').count() === lateNow, 'the late jobs are marked among today\'s jobs');
  ctx.report('Today shows every job of the day and counts the late ones over all of them', { jobs: ofDay.length, late: lateNow });

  // ---------------------------------------------------------------- live: a job moved elsewhere moves here
  const candidates = await jobs.locator('[data-job]').evaluateAll((rows) => rows.map((row) => ({
    id: row.getAttribute('data-job'),
    status: row.querySelector('[data-status]')?.getAttribute('data-status'),
  })));
  const job = candidates.find((row) => NEXT[row.status]);
  check(job, `a job of today that can still move (today: ${JSON.stringify(candidates)})`);
  await page.evaluate(() => { window.__todayNotReloaded = true; });
  const ownerContext = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const owner = await ownerContext.newPage();
  await signIn(owner, ctx.owner);
  const next = NEXT[job.status];
  const lateBefore = await lateHeading();
  const wasLate = await jobs.locator(`[data-job="${job.id}"].today-late`).count() === 1;
  const moved = await api(owner, `mutation($input: JobSetStatusInput!) { jobSetStatus(input: $input) {
    userErrors { field message } } }`, { input: { jobId: job.id, status: next } });
  check(moved.jobSetStatus.userErrors.length === 0, `the owner moved the job: ${JSON.stringify(moved.jobSetStatus.userErrors)}`);
  const ms = await waitForStatus(jobs.locator(`[data-job="${job.id}"]`), next, 5000);
  check(await page.evaluate(() => window.__todayNotReloaded === true), 'Today was not reloaded');
  if (wasLate) check(await lateHeading() === lateBefore - 1, `a late job set off leaves the late jobs (${lateBefore} → ${await lateHeading()})`);
  ctx.report('Today shows a job moved by the owner without a reload', { from: job.status, to: next, ms });

  // ... and a job the owner gives to another team moves to that team here (jobChanged), then back.
  const JOB_TEAM = 'query($id: ID!) { node(id: $id) { ... on Job { team { id name } employees { id } } } }';
  const before = (await api(owner, JOB_TEAM, { id: job.id })).node;
  const { teams } = await api(owner, '{ teams { id name } }');
  const target = teams.find((team) => team.id !== before.team?.id);
  check(target, 'another team to send the job to');
  const SEND = 'mutation($input: JobUpdateInput!) { jobUpdate(input: $input) { userErrors { message } } }';
  const sent = await api(owner, SEND, { input: { id: job.id, teamId: target.id } });
  check(sent.jobUpdate.userErrors.length === 0, `the owner reassigned the job: ${JSON.stringify(sent)}`);
  await jobs.locator('.today-team').filter({ has: page.getByRole('heading', { name: new RegExp(`^${target.name}`) }) })
    .locator(`[data-job="${job.id}"]`).waitFor({ timeout: 5000 });
  check(await page.evaluate(() => window.__todayNotReloaded === true), 'Today was not reloaded');
  await api(owner, SEND, { input: { id: job.id, teamId: before.team?.id ?? null, employeeIds: before.employees.map((one) => one.id) } });
  await ownerContext.close();
  ctx.report('Today shows a job the owner gave to another team without a reload');

  await ctx.screens(page, 'today');
  await page.setViewportSize({ width: 1280, height: 860 });
}
