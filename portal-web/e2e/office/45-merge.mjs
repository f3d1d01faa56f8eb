// Merge two demo customers after reading the preview (Kyle Brennan moves into Derek Lyle: no other step uses
// them), then the survivor has the other's jobs, whose statuses change live on its Jobs tab; deleting the
// survivor is refused with its history shown.
import { api, check } from '../lib.mjs';

async function find(page, name) {
  const data = await api(page, 'query($s: String!) { customers(search: $s, first: 1) { nodes { id displayName jobs(first: 0) { totalCount } } } }', { s: name });
  return data.customers.nodes[0];
}

export async function run(ctx) {
  const page = ctx.page;
  const source = await find(page, 'Kyle Brennan');
  const target = await find(page, 'Derek Lyle');
  check(source && target, 'the two demo customers to merge');
  await page.goto(`${ctx.base}/customers/${encodeURIComponent(source.id)}`);
  await page.getByRole('link', { name: 'Merge…' }).click();
  await page.getByLabel('Search by name, e-mail or phone').fill('Derek Ly');
  await page.getByRole('button', { name: 'Choose Derek Lyle' }).click();
  const preview = page.getByTestId('merge-preview');
  await preview.locator('[data-move="jobs"]').waitFor();
  const jobsLine = await preview.locator('[data-move="jobs"]').innerText();
  check(jobsLine.startsWith(String(source.jobs.totalCount)), `the preview moves ${source.jobs.totalCount} jobs: ${jobsLine}`);
  await ctx.screens(page, 'merge-preview');
  await preview.getByRole('button', { name: 'Merge…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await ctx.screens(page, 'merge-confirm');
  await dialog.getByRole('button', { name: 'Merge customers' }).click();
  await page.waitForFunction((path) => location.pathname === path, `/customers/${encodeURIComponent(target.id)}`);
  await page.locator('h1#page-title', { hasText: 'Derek Lyle' }).waitFor();
  const after = await api(page, 'query($id: ID!) { node(id: $id) { ... on Customer { jobs(first: 0) { totalCount } } } }', { id: target.id });
  check(after.node.jobs.totalCount === source.jobs.totalCount + target.jobs.totalCount,
    `the survivor has both customers' jobs: ${after.node.jobs.totalCount}`);
  const jobsTab = page.getByRole('tab', { name: /^Jobs/ });
  check((await jobsTab.innerText()).includes(String(after.node.jobs.totalCount)), 'the Jobs tab counts them');
  await ctx.screens(page, 'merge-survivor');

  // The Jobs tab is live: a job moved elsewhere (here through the API) changes its badge without a reload.
  await jobsTab.click();
  const listed = await api(page, 'query($id: ID!) { node(id: $id) { ... on Customer { jobs(first: 50) { nodes { id status } } } } }', { id: target.id });
  const pending = listed.node.jobs.nodes.find((job) => job.status === 'PENDING');
  if (pending) {
    const row = page.locator(`tr[data-job="${pending.id}"]`);
    await row.locator('[data-status="PENDING"]').waitFor();
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(1000); // the tab's subscription is under way once it shows: let it start
    await api(page, 'mutation($input: JobSetStatusInput!) { jobSetStatus(input: $input) { userErrors { message } } }',
      { input: { jobId: pending.id, status: 'ON_THE_WAY' } });
    await row.locator('[data-status="ON_THE_WAY"]').waitFor({ timeout: 10000 });
  }

  // Delete is refused: the dialog shows the history (HAS_HISTORY counts it) and offers to archive instead.
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete customer' }).click();
  const history = page.getByTestId('delete-history');
  await history.waitFor();
  const said = await history.innerText();
  check(/\d+ jobs?/.test(said), `the refusal counts the history: ${said}`);
  await ctx.screens(page, 'delete-refused');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  ctx.made.mergedSourceId = source.id;
  ctx.report('merge after preview; delete refused with the history');
}
