// Settings (the owner): every section photographed at 1280 and 768 px; a service's price changed, an item added to
// a checklist template, a team created — each checked through the API; and the office has no Settings at all.
import { api, check, signIn } from '../lib.mjs';

const SECTIONS = ['company', 'taxes', 'numbering', 'logo', 'services', 'checklists', 'employees', 'teams'];

export async function run(ctx) {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await signIn(page, ctx.owner);
  const stamp = Date.now().toString(36);

  // Every section opens and is photographed; a wrong section says so.
  for (const section of SECTIONS) {
    await page.goto(`${ctx.base}/settings/${section}`);
    await page.locator('#section-title').waitFor();
    await page.locator('.settings-body form, .settings-body table, .settings-body .state').first().waitFor();
    await ctx.screens(page, `settings-${section}`);
  }
  await page.setViewportSize({ width: 1280, height: 860 });

  // The taxes form refuses words before sending.
  await page.goto(`${ctx.base}/settings/taxes`);
  await page.getByLabel('Sales tax (%)').fill('abc');
  await page.getByRole('button', { name: 'Save taxes and fees' }).click();
  await page.getByText('Use a number like 8.875').waitFor();

  // Company details saved (that section's fields only); the numbering refused by the server, next to its field.
  await page.goto(`${ctx.base}/settings/company`);
  const phone = `+1 718 555 ${String(Date.now() % 10000).padStart(4, '0')}`;
  await page.getByLabel('Phone').fill(phone);
  await page.getByRole('button', { name: 'Save company details' }).click();
  await page.getByTestId('saved').waitFor();
  const { company } = await api(page, '{ company { phone nextInvoiceNumber } }');
  check(company.phone && company.phone.replace(/\D/g, '').endsWith(phone.replace(/\D/g, '').slice(-4)), `the phone is saved: ${company.phone}`);
  await page.goto(`${ctx.base}/settings/numbering`);
  await page.getByLabel('Next invoice number').fill('1');
  await page.getByRole('button', { name: 'Save numbering' }).click();
  await page.locator('.form-field-error').first().waitFor();
  check((await api(page, '{ company { nextInvoiceNumber } }')).company.nextInvoiceNumber === company.nextInvoiceNumber,
    'a refused numbering changes nothing');
  ctx.report('the owner saves the company details; a lower invoice number is refused next to its field');

  // A service's price.
  const { services } = await api(page, '{ services { id name active defaultPrice { amount } } }');
  const service = services.find((one) => one.active);
  const price = (Number(service.defaultPrice.amount) + 5).toFixed(2);
  await page.goto(`${ctx.base}/settings/services`);
  const row = page.locator(`tr[data-service="${service.name}"]`);
  await row.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Price per unit').fill(price);
  await page.getByRole('button', { name: 'Save service' }).click();
  await page.getByTestId('saved').waitFor();
  const after = await api(page, `query($id: ID!) { node(id: $id) { ... on Service { defaultPrice { amount } } } }`, { id: service.id });
  check(Number(after.node.defaultPrice.amount) === Number(price), `the price is ${price}: ${JSON.stringify(after)}`);
  ctx.report('the owner changes a service price');

  // A checklist item.
  await page.goto(`${ctx.base}/settings/checklists?service=${encodeURIComponent(service.id)}`);
  await page.getByRole('button', { name: 'Add an item' }).waitFor();
  const before = await page.locator('.template-item').count();
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.getByLabel(`Item ${before + 1}`, { exact: true }).fill(`Photograph the meter ${stamp}`);
  await page.locator('.template-item').last().getByLabel('Required').check();
  await page.getByRole('button', { name: 'Save checklist' }).click();
  await page.getByTestId('saved').waitFor();
  const template = await api(page, `query($id: ID!) { node(id: $id) { ... on Service { checklistTemplate { label required } } } }`, { id: service.id });
  const last = template.node.checklistTemplate.at(-1);
  check(last.label === `Photograph the meter ${stamp}` && last.required, `the new item is last and required: ${JSON.stringify(last)}`);
  ctx.report('the owner adds a checklist template item');

  // A team.
  await page.goto(`${ctx.base}/settings/teams`);
  await page.getByRole('button', { name: 'New team' }).click();
  await page.getByLabel('Team name').fill(`Crew ${stamp}`);
  await page.locator('.member-list input[type=checkbox]').first().check();
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.locator(`tr[data-team="Crew ${stamp}"]`).waitFor();
  const { teams } = await api(page, '{ teams { name members { id } } }');
  check(teams.some((team) => team.name === `Crew ${stamp}` && team.members.length === 1), 'the team has its member');
  await ctx.screens(page, 'settings-teams-created');
  ctx.report('the owner creates a team');

  // The office user (ctx.page) has no settings: not in the nav, not by URL.
  await ctx.page.goto(`${ctx.base}/settings/company`);
  await ctx.page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await context.close();
  ctx.report('settings are the owner’s only');
}
