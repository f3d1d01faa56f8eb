// The customer profile: every tab at 1280 and 768 px, the tabs by keyboard, an internal note, a reminder, a
// contact, tags, and a property edited from its office page. Works on ctx.made.customerId (the customer step
// 10 made) or, run alone, on the demo's Bluestone Dental Group.
import { api, check, wrapped } from '../lib.mjs';

const TABS = ['Properties', 'Jobs', 'Invoices', 'Batches', 'Transactions', 'Statement', 'Notes', 'Reminders', 'Plans', 'Activity'];

async function demoCustomer(page, name) {
  const data = await api(page, 'query($s: String!) { customers(search: $s, first: 1) { nodes { id displayName } } }', { s: name });
  return data.customers.nodes[0];
}

export async function run(ctx) {
  const page = ctx.page;
  const customer = ctx.made.customerId
    ? { id: ctx.made.customerId, displayName: ctx.made.customerName }
    : await demoCustomer(page, 'Bluestone Dental Group');
  check(customer, 'a customer to open');
  await page.goto(`${ctx.base}/customers/${encodeURIComponent(customer.id)}`);
  await page.locator('h1#page-title').waitFor();
  const title = await page.locator('h1#page-title').innerText();
  check(!customer.displayName || title === customer.displayName, `profile title: ${title}`);
  await page.getByRole('tablist').waitFor();
  await ctx.screens(page, 'profile');

  // Every tab: its own URL, its panel, and a screenshot at both widths.
  for (const name of TABS) {
    const tab = page.getByRole('tab', { name: new RegExp(`^${name}`) });
    if (!(await tab.count())) continue; // money tabs need finances (the office has them)
    await tab.click();
    await page.waitForFunction((label) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.startsWith(label), name);
    const slug = name.toLowerCase();
    if (slug !== 'properties') check(page.url().endsWith(`/${slug}`), `the ${name} tab is in the URL: ${page.url()}`);
    await page.locator('[role="tabpanel"] .state-loading').waitFor({ state: 'detached' }).catch(() => {});
    await page.waitForLoadState('networkidle').catch(() => {});
    const stuck = await wrapped(page);
    check(stuck.length === 0, `${name}: numbers or dates wrapped: ${stuck.slice(0, 3)}`);
    await ctx.screens(page, `profile-${slug}`);
  }

  // The keyboard moves between tabs (arrow keys), and the URL follows.
  await page.getByRole('tab', { name: /^Notes/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.pathname.endsWith('/reminders'));
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.pathname.endsWith('/notes'));

  // An internal note: written, listed as internal, nothing for the client.
  const noteText = `Ask for the side door key (e2e ${Date.now()})`;
  await page.getByLabel('Note', { exact: true }).fill(noteText);
  await page.getByRole('button', { name: 'Add note' }).click();
  const note = page.locator('.note-item', { hasText: noteText });
  await note.waitFor();
  check((await note.innerText()).includes('Internal'), 'the new note is marked internal');
  // Empty notes are refused before sending.
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByText('Write the note.').waitFor();
  await ctx.screens(page, 'profile-notes-added');

  // A note about one property of a customer with more properties than a page (101): the picker reads them all and
  // its search finds the last one.
  const stamp = Date.now().toString(36);
  const made = await api(page, `mutation($input: CustomerCreateInput!) { customerCreate(input: $input) {
    userErrors { message } customer { id } } }`, { input: { displayName: `Picker Holdings ${stamp}`, kind: 'PROPERTY_MANAGER', confirmNew: true } });
  check(made.customerCreate.userErrors.length === 0, `a customer for the picker: ${JSON.stringify(made)}`);
  const holder = made.customerCreate.customer.id;
  const ADD = 'mutation($input: PropertyCreateInput!) { propertyCreate(input: $input) { userErrors { message } } }';
  for (let first = 1; first <= 101; first += 10) {
    await Promise.all(Array.from({ length: Math.min(10, 102 - first) }, (_, index) => {
      const number = String(first + index).padStart(3, '0');
      return api(page, ADD, { input: { customerId: holder, name: `Unit ${number}`, address: { line1: `${number} Picker Ave`, city: 'Queens', postalCode: '11101' } } });
    }));
  }
  await page.goto(`${ctx.base}/customers/${encodeURIComponent(holder)}/notes`);
  const picker = page.getByTestId('property-picker-count');
  await picker.filter({ hasText: /^All 101 properties$/ }).waitFor({ timeout: 15_000 });
  await page.getByLabel('Search properties').fill('unit 101');
  await picker.filter({ hasText: /^1 of 101 properties match/ }).waitFor();
  await page.getByLabel('About', { exact: true }).selectOption({ label: 'Unit 101 — Queens' });
  await ctx.screens(page, 'profile-note-property');
  await page.setViewportSize({ width: 1280, height: 860 });
  const aboutText = `The 101st unit's buzzer is broken (e2e ${stamp})`;
  await page.getByLabel('Note', { exact: true }).fill(aboutText);
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.locator('.note-item', { hasText: aboutText }).getByText('about Unit 101').waitFor();
  const about = await api(page, 'query($id: ID!) { node(id: $id) { ... on Customer { notes { body property { name } } } } }', { id: holder });
  check(about.node.notes.some((item) => item.body === aboutText && item.property?.name === 'Unit 101'), `the note is about Unit 101: ${JSON.stringify(about)}`);
  ctx.report('a note about the 101st property, found with the picker\'s search');
  await page.goto(`${ctx.base}/customers/${encodeURIComponent(customer.id)}/notes`);
  await page.getByRole('tab', { name: /^Reminders/ }).waitFor();

  // A reminder for tomorrow morning.
  await page.getByRole('tab', { name: /^Reminders/ }).click();
  const reminderText = `Call about the spring deep clean (e2e ${Date.now()})`;
  await page.getByLabel('Remind me to').fill(reminderText);
  await page.getByLabel('Time').fill('08:30');
  await page.getByRole('button', { name: 'Add reminder' }).click();
  const reminder = page.locator('.reminder', { hasText: reminderText });
  await reminder.waitFor();
  await ctx.screens(page, 'profile-reminders-added');
  const saved = await api(page, 'query($id: ID!) { node(id: $id) { ... on Customer { reminders { text } notes { body visibleToCustomer } } } }', { id: customer.id });
  check(saved.node.reminders.some((item) => item.text === reminderText), 'the reminder is saved');
  check(saved.node.notes.some((item) => item.body === noteText && !item.visibleToCustomer), 'the note is saved as internal');
  // Done: it leaves the open reminders.
  await reminder.getByRole('button', { name: 'Done' }).click();
  await reminder.waitFor({ state: 'detached' });

  // A contact added, then a tag.
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Rosa Ortiz');
  await page.getByLabel('Role').selectOption('ON_SITE');
  await page.getByLabel('E-mail').fill('not-an-email');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByText('The e-mail address is not valid.').waitFor();
  await page.getByLabel('E-mail').fill('rosa.ortiz@example.com');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.locator('[data-contact]', { hasText: 'Rosa Ortiz' }).waitFor();
  await page.getByRole('button', { name: 'Edit tags' }).click();
  const tags = page.getByLabel('Tags, separated by commas');
  await tags.fill(`${await tags.inputValue()}${(await tags.inputValue()) ? ', ' : ''}Key holder`);
  await page.getByRole('button', { name: 'Save tags' }).click();
  await page.locator('.tag-list .chip', { hasText: 'Key holder' }).waitFor();

  // A property opened from the Properties tab and edited in the office.
  await page.getByRole('tab', { name: /^Properties/ }).click();
  await page.locator('[role="tabpanel"] table a').first().click();
  await page.getByRole('button', { name: 'Edit property' }).waitFor();
  await ctx.screens(page, 'property');
  await page.getByRole('button', { name: 'Edit property' }).click();
  const access = `Lockbox 4411 by the side gate (e2e ${Date.now() % 10000})`;
  await page.getByLabel('Access notes').fill(access);
  await page.getByLabel('City').fill('');
  await page.getByRole('button', { name: 'Save property' }).click();
  await page.getByText('Enter the city.').waitFor();
  await ctx.screens(page, 'property-edit');
  await page.getByLabel('City').fill('Springfield');
  await page.getByRole('button', { name: 'Save property' }).click();
  await page.getByText(access).waitFor();
  ctx.made.profileCustomerId = customer.id;
  ctx.report('customer profile: every tab, a note, a reminder, a contact, a tag and a property edited');
}
