// Customers: find a client by a misspelt name, by phone (typed another way) and by city; start a new customer that
// duplicates one and be warned (open the existing one); then create a new customer with its first property.
// Screens: the list, the new-customer form (with the problems it shows before sending, and the duplicate warning).
import { api, check, signIn } from '../lib.mjs';

const CUSTOMER = `query ($id: ID!) { node(id: $id) { ... on Customer { id displayName emails phones
  properties(first: 5) { totalCount nodes { id name address { line1 city } } } } } }`;

/** The rows' names in the customer list once it shows what was searched for. */
async function searchFor(page, text, expected) {
  await page.keyboard.press('/');
  const box = page.getByLabel(/^Search customers/);
  check(await box.evaluate((node) => node === document.activeElement), 'the / key focuses the customer search');
  await box.fill(text);
  await page.waitForFunction((q) => new URLSearchParams(window.location.search).get('q') === q, text);
  await page.locator(`[data-loaded-q="${text}"]`).waitFor({ timeout: 10_000 });
  await page.locator('tbody tr th', { hasText: expected }).first().waitFor();
  return page.locator('tbody tr th a').allInnerTexts();
}

export async function run(ctx) {
  if (!ctx.page) {
    ctx.context = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
    ctx.page = await ctx.context.newPage();
    await signIn(ctx.page, ctx.office);
  }
  const page = ctx.page;
  await page.setViewportSize({ width: 1280, height: 860 });

  // The list: every customer counted; rows open the profile.
  await page.locator('.mainnav-links a', { hasText: 'Customers' }).click();
  await page.locator('tbody tr').first().waitFor();
  const count = await page.getByTestId('list-count').innerText();
  const total = (await api(page, '{ customers(status: ACTIVE, first: 1) { totalCount } }')).customers.totalCount;
  check(count.includes(String(total)), `the list says how many active customers there are (${total}): "${count}"`);
  // Sorting in the browser only when the rows are the whole list: one page of many would be ordered alone.
  if (total > 50) {
    check(await page.locator('thead .sort-button').count() === 0, 'a paged list offers no sorting of the page');
    check(/^By name/.test(await page.getByTestId('list-order').innerText()), 'the paged list says it is by name');
  } else {
    await page.locator('thead .sort-button', { hasText: 'Name' }).click();
    await page.locator('thead th[aria-sort="ascending"]').waitFor();
    await page.locator('thead .sort-button', { hasText: 'Name' }).click();
    await page.locator('thead th[aria-sort="descending"]').waitFor();
    const names = await page.locator('tbody tr th a').allInnerTexts();
    const expected = [...names].sort((a, b) => b.localeCompare(a, undefined, { sensitivity: 'base' }));
    check(names.join('|') === expected.join('|'), `the whole list on one page sorts by name, Z to A: ${names}`);
    check(await page.getByTestId('list-order').count() === 0, 'a one-page list has sortable headers, not the order note');
    await page.locator('thead .sort-button', { hasText: 'Name' }).click();  // back to the list's own order
  }
  await ctx.screens(page, 'customers');

  // A misspelt name, a phone typed another way, a city.
  const misspelt = await searchFor(page, 'Eleanor Prak', 'Eleanor Park');
  check(misspelt[0] === 'Eleanor Park', `a misspelt name finds the client first: ${misspelt}`);
  const byPhone = await searchFor(page, '646.555.0177', 'Derek Lyle');
  check(byPhone.length === 1 && byPhone[0] === 'Derek Lyle', `a phone in another format finds the client: ${byPhone}`);
  const partPhone = await searchFor(page, '555 0195', 'Priya Raman');
  check(partPhone.includes('Priya Raman'), `part of a phone finds the client: ${partPhone}`);
  const byCity = await searchFor(page, 'whitestone', 'Priya Raman');
  check(byCity.includes('Priya Raman'), `a city finds the client: ${byCity}`);
  await ctx.screens(page, 'customers-search');
  const href = await page.locator('tbody tr th a', { hasText: 'Priya Raman' }).getAttribute('href');
  check(/^\/customers\/.+/.test(href ?? ''), `a row links to the customer's profile: ${href}`);
  ctx.report('office finds a client by a misspelt name, by phone and by city');

  // New customer: the form checks before sending.
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('Name', { exact: true }).waitFor();
  await page.getByRole('button', { name: /^Create customer/ }).click();
  await page.locator('.form-field-error').first().waitFor();
  const problems = await page.locator('.form-field-error').allInnerTexts();
  check(problems.some((text) => /name/i.test(text)) && problems.some((text) => /street/i.test(text)),
    `empty, the form names what is missing before sending: ${problems}`);
  await ctx.screens(page, 'customers-new');

  // A duplicate: the same e-mail as an existing client, a name typed differently → warned, open the existing one.
  const existing = (await api(page, '{ customers(search: "Jordan Reyes", first: 1) { nodes { id displayName emails } } }')).customers.nodes[0];
  await page.getByLabel('Name', { exact: true }).fill('jordan  reyes');
  await page.getByLabel('E-mail').fill(existing.emails[0].toUpperCase());
  const warning = page.getByTestId('duplicates');
  await warning.waitFor({ timeout: 10_000 });
  check(/already be here/.test(await warning.innerText()), 'an exact duplicate is named as such');
  check(await page.getByRole('button', { name: /^Create/ }).isDisabled(), 'creating waits until the office says it is another client');
  await ctx.screens(page, 'customers-new-duplicate');
  await warning.getByRole('link', { name: 'Open the existing one' }).first().click();
  await page.waitForURL((url) => url.pathname === `/customers/${encodeURIComponent(existing.id)}` || url.pathname === `/customers/${existing.id}`);
  ctx.report('office is warned of a duplicate and opens the existing customer');

  // A new customer with its first property, in one go; the profile opens.
  const taken = (await api(page, '{ customers(search: "Nadia Okafor", first: 5) { totalCount } }')).customers.totalCount;
  const name = taken ? `Nadia Okafor ${Date.now() % 100000}` : 'Nadia Okafor';
  await page.goto(`${ctx.base}/customers/new`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('E-mail').fill(`nadia.okafor.${Date.now() % 100000}@example.com`);
  await page.getByLabel('Phone').fill(`(718) 555-${String(1000 + (Date.now() % 9000)).slice(0, 4)}`);
  await page.getByLabel('Street and number').fill('41 Prospect Park W');
  await page.getByLabel('City').fill('Brooklyn');
  await page.getByLabel('State').fill('NY');
  await page.getByLabel('ZIP code').fill('11215');
  await page.getByLabel('Property name').fill('Brownstone');
  await page.getByLabel('Access notes (optional)').fill('Key with the doorman');
  await page.getByRole('button', { name: /^Create customer and property/ }).click();
  await page.waitForURL((url) => /^\/customers\/(?!new)[^/]+$/.test(url.pathname), { timeout: 15_000 });
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
  const made = (await api(page, CUSTOMER, { id })).node;
  check(made && made.displayName === name, `the new customer exists: ${JSON.stringify(made)}`);
  check(made.properties.totalCount === 1 && made.properties.nodes[0].address.line1 === '41 Prospect Park W',
    `it has its first property at the billing address: ${JSON.stringify(made.properties)}`);
  ctx.made.customerId = made.id;
  ctx.made.customerName = made.displayName;
  ctx.made.propertyId = made.properties.nodes[0].id;
  ctx.report('office creates a customer with a property', { customer: made.displayName });
}
