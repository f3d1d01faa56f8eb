// Recurring plans (issue 14): the demo's Eleanor Park has an "every other Thursday" plan on her Plans tab; the
// office creates a weekly plan there (after the form refuses one without weekdays), sees its next visits, skips
// one, edits its time window (a visit changed by hand beforehand is left alone and listed), pauses the plan —
// each checked through the API — and sees the plans on the property page.
import { api, check } from '../lib.mjs';

const PLAN = 'query($id: ID!) { node(id: $id) { ... on Customer { recurringPlans(first: 50) { totalCount nodes { id name status skippedDates property { id } } } } } }';

export async function run(ctx) {
  const page = ctx.page;
  await page.setViewportSize({ width: 1280, height: 860 });
  const found = await api(page, 'query($s: String!) { customers(search: $s, first: 1) { nodes { id displayName } } }', { s: 'Eleanor Park' });
  const customer = found.customers.nodes[0];
  check(customer, 'the demo customer Eleanor Park');
  await page.goto(`${ctx.base}/customers/${encodeURIComponent(customer.id)}/plans`);
  const demo = page.getByTestId('plan').filter({ hasText: 'Every other Thursday clean' });
  await demo.waitFor();
  const rule = await demo.locator('.plan-rule').innerText();
  check(rule.startsWith('Every other Thursday, 10:00'), `the demo plan's rule in words: ${rule}`);
  check(await demo.getByTestId('occurrence').count() > 0, 'the demo plan lists its next visits');
  await ctx.screens(page, 'plans');
  await page.setViewportSize({ width: 1280, height: 860 });
  ctx.report('the office sees a customer\'s plan with its rule and next visits');

  // A new weekly plan: refused without weekdays and services, then made.
  const stamp = Date.now().toString(36);
  const name = `Weekly clean ${stamp}`;
  await page.getByRole('button', { name: 'New plan' }).click();
  const form = page.getByRole('form', { name: 'New plan' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create plan' }).click();
  await form.getByText('Pick at least one weekday.').waitFor();
  await form.getByText('Add at least one service.').waitFor();
  await form.getByLabel('Property', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Mon', { exact: true }).check();
  await form.getByLabel('Wed', { exact: true }).check();
  await form.getByTestId('plan-add-service').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await ctx.screens(page, 'plans-new');
  await page.setViewportSize({ width: 1280, height: 860 });
  await form.getByRole('button', { name: 'Create plan' }).click();
  const card = page.getByTestId('plan').filter({ hasText: name });
  await card.waitFor();
  const ruleText = await card.locator('.plan-rule').innerText();
  check(ruleText === 'Every Monday and Wednesday, 9:00–11:00', `the new plan's rule: ${ruleText}`);
  await card.getByTestId('occurrence').first().waitFor();
  const made = (await api(page, PLAN, { id: customer.id })).node.recurringPlans.nodes.find((plan) => plan.name === name);
  check(made && made.status === 'ACTIVE', `the new plan is active: ${JSON.stringify(made)}`);
  ctx.report('the office creates a weekly plan and sees its next visits');

  // A visit changed by hand (its notes), then the plan's window moved: the others follow, that one is listed.
  const JOBS = 'query($id: ID!) { node(id: $id) { ... on RecurringPlan { nextOccurrences(first: 5) { date job { id scheduledStart } } } } }';
  const visitsBefore = (await api(page, JOBS, { id: made.id })).node.nextOccurrences.filter((next) => next.job);
  check(visitsBefore.length >= 2, `the new plan generated visits: ${JSON.stringify(visitsBefore)}`);
  const touched = visitsBefore[0].job;
  const edit = await api(page, 'mutation($input: JobUpdateInput!) { jobUpdate(input: $input) { userErrors { message } } }',
    { input: { id: touched.id, internalNotes: 'Gate code changed: call first' } });
  check(edit.jobUpdate.userErrors.length === 0, `a visit changed by hand: ${JSON.stringify(edit)}`);
  await card.getByRole('button', { name: 'Edit', exact: true }).click();
  const editForm = page.getByRole('form', { name: `Edit ${name}` });
  await editForm.getByLabel('Ends at').fill('08:00');
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await editForm.getByText('The end must be after the start.').waitFor();
  await editForm.getByLabel('Starts at').fill('10:00');
  await editForm.getByLabel('Ends at').fill('12:30');
  await editForm.getByLabel('Invoicing').selectOption('MONTHLY');
  await editForm.getByLabel('Ends', { exact: true }).check();
  await ctx.screens(page, 'plans-edit');
  await page.setViewportSize({ width: 1280, height: 860 });
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  const result = card.getByTestId('plan-edit-result');
  await result.waitFor();
  check((await card.locator('.plan-rule').innerText()) === 'Every Monday and Wednesday, 10:00–12:30', 'the card shows the new window');
  await card.getByText('Invoiced monthly').waitFor();
  const ended = (await api(page, 'query($id: ID!) { node(id: $id) { ... on RecurringPlan { billing endDate startDate } } }', { id: made.id })).node;
  check(ended.billing === 'MONTHLY' && ended.endDate > ended.startDate, `invoicing and the last day are saved: ${JSON.stringify(ended)}`);
  check(await result.getByTestId('left-alone').count() === 1, `one visit left alone: ${await result.innerText()}`);
  check(/visits? changed/.test(await result.innerText()), `the result counts the changed visits: ${await result.innerText()}`);
  await ctx.screens(page, 'plans-edited');
  await page.setViewportSize({ width: 1280, height: 860 });
  const visitsAfter = (await api(page, JOBS, { id: made.id })).node.nextOccurrences.filter((next) => next.job);
  const same = visitsAfter.find((next) => next.job.id === touched.id);
  check(same && same.job.scheduledStart === touched.scheduledStart, `the hand-changed visit kept its time: ${JSON.stringify(same)}`);
  const moved = visitsAfter.find((next) => next.job.id !== touched.id);
  check(moved && moved.job.scheduledStart !== visitsBefore.find((next) => next.job.id === moved.job.id)?.job.scheduledStart,
    `the untouched visits follow the plan: ${JSON.stringify(moved)}`);
  ctx.report('the office edits a plan and sees the visits it left alone');

  // Skip its first coming visit.
  const first = card.getByTestId('occurrence').first();
  const firstDate = (await first.innerText()).split('\n')[0];
  await first.getByRole('button', { name: /^Skip/ }).click();
  await page.getByRole('button', { name: 'Skip this visit' }).click();
  await card.getByText(/^Skipped: /).waitFor();
  const skipped = (await api(page, PLAN, { id: customer.id })).node.recurringPlans.nodes.find((plan) => plan.name === name);
  check(skipped.skippedDates.length === 1, `one date skipped (${firstDate}): ${JSON.stringify(skipped)}`);
  ctx.report('the office skips one visit of a plan');

  // Pause it.
  await card.getByRole('button', { name: 'Pause' }).click();
  await card.getByRole('button', { name: 'Resume' }).waitFor();
  await card.getByText('None while paused.').waitFor();
  const paused = (await api(page, PLAN, { id: customer.id })).node.recurringPlans.nodes.find((plan) => plan.name === name);
  check(paused.status === 'PAUSED', `the plan is paused: ${JSON.stringify(paused)}`);
  ctx.report('the office pauses a plan');

  // The property page lists the plans there.
  await page.goto(`${ctx.base}/properties/${encodeURIComponent(paused.property.id)}`);
  await page.getByTestId('plan').filter({ hasText: name }).waitFor();
  await ctx.screens(page, 'plans-property');
  await page.setViewportSize({ width: 1280, height: 860 });
  ctx.report('the property page shows its plans');
}
