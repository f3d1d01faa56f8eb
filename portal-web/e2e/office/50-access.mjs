// Portal access: the office creates a portal user for a customer, limited to one property and without money; that
// user signs in (a second browser context) and sees only that property, no money and no invoices; then the office
// issues an API token (shown once), the token reads the API, and after "Revoke" it no longer does.
import { api, check, moneyOnPage, signIn } from '../lib.mjs';

const PICK = `query { customers(first: 50) { nodes { id displayName properties(first: 3) { totalCount nodes { id name } } } } }`;

/** The customer made by an earlier step, or a demo customer with two properties or more (so the limit shows). */
async function customerFor(ctx) {
  const { customers } = await api(ctx.page, PICK);
  const made = customers.nodes.find((row) => row.id === ctx.made.customerId);
  if (made && made.properties.totalCount >= 1) return made;
  const several = customers.nodes.find((row) => row.properties.totalCount >= 2);
  check(several, 'no demo customer with two properties');
  return several;
}

export async function run(ctx) {
  const page = ctx.page;
  const customer = await customerFor(ctx);
  const place = customer.properties.nodes[0];
  const stamp = Date.now().toString(36);
  const username = `site.${stamp}`;

  // The list of every portal user, with the total.
  await page.goto(`${ctx.base}/access`);
  await page.getByRole('heading', { name: 'Portal access' }).waitFor();
  await page.getByTestId('list-count').waitFor();
  await ctx.screens(page, 'access-users');

  // The profile's link preselects the customer; the form validates before sending.
  await page.goto(`${ctx.base}/access?customer=${encodeURIComponent(customer.id)}&new=1`);
  await page.getByRole('heading', { name: 'New portal user' }).waitFor();
  await page.getByTestId('picked-customer').filter({ hasText: customer.displayName }).waitFor();
  await page.getByRole('button', { name: 'Create portal user' }).click();
  await page.getByText('Enter an e-mail address').waitFor();
  await page.getByLabel('E-mail', { exact: true }).fill(`${username}@example.com`);
  await page.getByLabel('E-mail', { exact: true }).blur();
  check((await page.getByLabel('Username', { exact: true }).inputValue()) === username, 'the username is suggested from the e-mail');
  await page.getByLabel('Only the properties ticked below').check();
  await page.getByRole('checkbox', { name: place.name, exact: true }).check();
  check(!(await page.getByLabel(/Sees money/).isChecked()), 'a new portal user sees no money unless ticked');
  await ctx.screens(page, 'access-new-user');
  await page.getByRole('button', { name: 'Create portal user' }).click();
  await page.getByTestId('access-message').waitFor();
  const row = page.locator(`tr[data-username="${username}"]`);
  await row.waitFor();
  const rowText = await row.innerText();
  check(rowText.includes(`Only ${place.name}`) && rowText.includes('No money'), `the new user's row: ${rowText}`);
  await ctx.screens(page, 'access-users-customer');
  ctx.report('office creates a portal user for one property without money');

  // That user signs in and sees one property, no money, no invoices.
  const other = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const client = await other.newPage();
  await signIn(client, username);
  const nav = await client.locator('.mainnav-links a').allTextContents();
  check(!nav.includes('Invoices') && !nav.includes('Transactions'), `no money nav for the new user: ${nav}`);
  await client.goto(`${ctx.base}/properties`);
  await client.getByRole('heading', { name: 'Properties' }).first().waitFor();
  await client.getByText(place.name).first().waitFor();
  const theirs = await api(client, '{ properties(first: 50) { totalCount nodes { name } } viewer { finances } }');
  check(theirs.properties.totalCount === 1 && theirs.properties.nodes[0].name === place.name,
    `the user sees only ${place.name}: ${JSON.stringify(theirs.properties)}`);
  check(theirs.viewer.finances === false, 'the user has no finances');
  await client.goto(`${ctx.base}/`);
  await client.locator('main').waitFor();
  await client.waitForTimeout(300);
  const money = await moneyOnPage(client);
  check(money.length === 0, `no money on the new user's dashboard: ${money}`);
  await other.close();
  ctx.report('the new portal user sees only that property and no money');

  // An API token: shown once, works, and stops working after revoke.
  await page.goto(`${ctx.base}/access/tokens?customer=${encodeURIComponent(customer.id)}&new=1`);
  await page.getByRole('heading', { name: 'New API token' }).waitFor();
  await page.getByLabel('What uses it').fill(`PM sync ${stamp}`);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('token-value').innerText()).trim();
  check(token.startsWith('dop_'), `a token is shown: ${token.slice(0, 6)}`);
  await ctx.screens(page, 'access-token-shown');
  const ask = () => fetch(`${ctx.base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { authenticated apiToken customer { displayName } } }' }),
  }).then((response) => response.json());
  const before = await ask();
  check(before.data.viewer.authenticated && before.data.viewer.customer.displayName === customer.displayName,
    `the token reads as ${customer.displayName}: ${JSON.stringify(before)}`);
  await page.getByRole('button', { name: 'I have stored it' }).click();
  check(await page.getByTestId('token-value').count() === 0, 'the token is not shown again');
  const tokenRow = page.locator(`tr[data-token="PM sync ${stamp}"]`);
  await tokenRow.waitFor();
  await ctx.screens(page, 'access-tokens');
  await tokenRow.getByRole('button', { name: 'Revoke' }).click();
  await tokenRow.getByRole('button', { name: 'Revoke', exact: true }).last().click();
  await page.getByTestId('access-message').waitFor();
  const after = await ask();
  check(!after.data?.viewer?.authenticated, `a revoked token is refused: ${JSON.stringify(after)}`);
  ctx.report('an API token works until it is revoked');
}
