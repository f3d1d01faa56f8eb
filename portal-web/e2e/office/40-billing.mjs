// Billing: invoice a finished job, issue it, record a partial payment, approve a payment the client (pm1) reported
// through the portal, answer the client's correction request, and gather open invoices into a batch — with the
// screens of the overview, the invoice, the new invoice, the payment and the batch at 1280 and 768 px.
import { api, check, signIn } from '../lib.mjs';

const JOB = `query ($id: ID!) { node(id: $id) { ... on Job { id status invoice { id } customer { id } } } }`;
const TO_INVOICE = `{ jobs(filter: {statuses: [FINISHED], uninvoiced: true}, first: 1) { totalCount nodes { id } } }`;
const INVOICE = `query ($id: ID!) { node(id: $id) { ... on Invoice { id status displayNumber balance { amount cents } amountPaid { cents }
  customer { id } transactions { id status } correctionRequests { id status answer } credits { id } } } }`;

const MOVES = ['PENDING', 'ON_THE_WAY', 'STARTED', 'FINISHED'];

/** Move a job on to FINISHED as the office would (each step in turn); its id, or null when it can't be. */
async function finish(page, job) {
  if (job.status === 'FINISHED') return job.id;
  if (!MOVES.includes(job.status)) return null;
  const list = await api(page, `query ($id: ID!) { node(id: $id) { ... on Job { checklist { id required done } } } }`, { id: job.id });
  for (const item of list.node.checklist.filter((one) => one.required && !one.done)) {
    await api(page, `mutation ($input: ChecklistItemSetDoneInput!) { checklistItemSetDone(input: $input) { userErrors { message } } }`,
      { input: { itemId: item.id, done: true } });
  }
  for (const status of MOVES.slice(MOVES.indexOf(job.status) + 1)) {
    const moved = await api(page, `mutation ($input: JobSetStatusInput!) { jobSetStatus(input: $input) { job { status } userErrors { message } } }`,
      { input: { jobId: job.id, status, reason: 'Billing walk-through: the work is done.' } });
    if (moved.jobSetStatus.userErrors.length) throw new Error(`could not finish the job: ${JSON.stringify(moved.jobSetStatus.userErrors)}`);
  }
  return job.id;
}

export async function run(ctx) {
  if (!ctx.page) { // run alone: sign in as the office first
    ctx.context = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
    ctx.page = await ctx.context.newPage();
    await signIn(ctx.page, ctx.office);
  }
  const page = ctx.page;
  await page.setViewportSize({ width: 1280, height: 860 });

  // The job to bill: the one scheduled earlier (finished now if the field has not finished it yet), else a finished
  // one still to bill, else a demo job in progress, finished here.
  let jobId = null;
  if (ctx.made.jobId) {
    const job = (await api(page, JOB, { id: ctx.made.jobId })).node;
    if (job && !job.invoice) jobId = await finish(page, job);
  }
  jobId ??= (await api(page, TO_INVOICE)).jobs.nodes[0]?.id;
  if (!jobId) {
    const busy = await api(page, `{ jobs(filter: {statuses: [STARTED, ON_THE_WAY, PENDING]}, first: 1) { nodes { id status invoice { id } } } }`);
    jobId = busy.jobs.nodes[0] && await finish(page, busy.jobs.nodes[0]);
  }
  check(jobId, 'a finished job waits to be invoiced');

  // The overview lists it with the total of jobs to invoice; pick it and invoice it.
  await page.goto(`${ctx.base}/billing`);
  await page.locator(`tr[data-job="${jobId}"]`).waitFor().catch(async () => {
    // Not on the first page (oldest first): invoice it from its own link instead.
    await page.goto(`${ctx.base}/billing/invoices/new?jobs=${encodeURIComponent(jobId)}`);
  });
  const count = await page.getByTestId('list-count').first().innerText().catch(() => '');
  check(/finished jobs? to invoice/.test(count) || page.url().includes('/new'), `the to-invoice list says how many: ${count}`);
  await ctx.screens(page, 'billing-overview');
  if (!page.url().includes('/new')) {
    await page.locator(`tr[data-job="${jobId}"] input[type=checkbox]`).check();
    await page.getByTestId('invoice-selected').click();
  }
  await page.getByRole('button', { name: /^Issue( invoice)?$/ }).waitFor();
  await ctx.screens(page, 'billing-new-invoice');
  await page.getByRole('button', { name: /^Issue( invoice)?$/ }).click();
  await page.waitForURL((url) => /^\/invoices\/[^/]+$/.test(url.pathname));
  const invoiceId = decodeURIComponent(page.url().split('/invoices/')[1]);
  let invoice = (await api(page, INVOICE, { id: invoiceId })).node;
  check(invoice.status === 'OPEN', `the new invoice is issued (${invoice.status})`);
  ctx.made.invoiceId = invoiceId;
  const text = await page.locator('main').innerText();
  check(!/Report a payment|Request a correction/.test(text), 'staff never see the client-only forms on an invoice');
  await ctx.screens(page, 'billing-invoice');
  ctx.report('office invoices a finished job', { invoice: invoice.displayNumber });

  // A partial payment: half the balance, by check; "abc" first is refused in words, nothing sent.
  await page.getByRole('link', { name: 'Record a payment' }).click();
  await page.getByLabel('Amount received').waitFor();
  await page.getByLabel('Amount received').fill('abc');
  await page.getByRole('button', { name: 'Record payment' }).click();
  await page.getByText('The amount must be a number like 120 or 120.50.').waitFor();
  check(!(await page.locator('main').innerText()).includes('Decimal'), 'no raw coercion message');
  const half = (Math.floor(invoice.balance.cents / 2) / 100).toFixed(2);
  await page.getByLabel('Amount received').fill(half);
  await page.getByLabel('Reference').fill(`CHK-${Date.now()}`);
  check(await page.locator(`[data-testid="allocations"] tr[data-invoice="${invoiceId}"] input:checked`).count() === 1, 'the invoice is picked');
  await ctx.screens(page, 'billing-payment');
  await page.getByRole('button', { name: 'Record payment' }).click();
  await page.getByTestId('payment-done').waitFor();
  invoice = (await api(page, INVOICE, { id: invoiceId })).node;
  check(invoice.status === 'PARTIALLY_PAID', `a partial payment leaves it partly paid (${invoice.status})`);
  ctx.report('office records a partial payment', { amount: half });

  // The client (pm1) reports a payment on one of their open invoices through the portal, and asks for a correction.
  const client = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const pm = await client.newPage();
  await signIn(pm, 'pm1');
  const theirs = await api(pm, `{ invoices(filter: {statuses: [OPEN]}, first: 50) { totalCount nodes { id balance { cents } pendingAmount { cents } } } }`);
  const open = theirs.invoices.nodes.find((one) => one.balance.cents > 2500 && one.pendingAmount.cents === 0);
  check(open, 'pm1 has an open invoice');
  await pm.goto(`${ctx.base}/invoices/${encodeURIComponent(open.id)}`);
  await pm.getByRole('button', { name: 'Report a payment made elsewhere' }).click();
  await pm.getByLabel('Amount').fill('abc');
  await pm.getByRole('button', { name: 'Send to the office' }).click();
  await pm.getByText('The amount must be a number like 120 or 120.50.').waitFor();
  await pm.getByLabel('Amount').fill('25');
  const reference = `ZEL-${Date.now()}`;
  await pm.getByLabel(/^Reference/).fill(reference);
  await pm.getByRole('button', { name: 'Send to the office' }).click();
  await pm.getByText(/the office will confirm the payment/).waitFor();
  const paidOne = await api(pm, `{ invoices(filter: {statuses: [PAID]}, first: 1) { nodes { id } } }`);
  const about = paidOne.invoices.nodes[0]?.id ?? open.id;
  const asked = await api(pm, `mutation ($input: CorrectionRequestCreateInput!) { correctionRequestCreate(input: $input) {
    correctionRequest { id } userErrors { message } } }`, { input: { invoiceId: about, message: 'The windows were not cleaned on this visit.' } });
  const requestId = asked.correctionRequestCreate.correctionRequest?.id;
  check(requestId, `pm1's correction request was taken: ${JSON.stringify(asked)}`);

  // The office approves the reported payment.
  await page.goto(`${ctx.base}/billing/approvals`);
  const reported = await api(page, `{ transactions(statuses: [TO_APPROVAL], first: 100) { nodes { id reference } } }`);
  const transactionId = reported.transactions.nodes.find((row) => row.reference === reference)?.id;
  check(transactionId, 'the reported payment waits for approval');
  const row = page.locator(`tr[data-transaction="${transactionId}"]`);
  await row.waitFor().catch(async () => { throw new Error('the reported payment is not on the first page of approvals'); });
  await ctx.screens(page, 'billing-approvals');
  await row.getByRole('button', { name: 'Approve' }).click();
  await page.getByText('Payment approved and applied to its invoices.').waitFor();
  const approved = await api(page, `query ($id: ID!) { node(id: $id) { ... on Transaction { status } } }`, { id: transactionId });
  check(approved.node.status === 'COMPLETED', `approved payment is completed (${approved.node.status})`);
  ctx.report('office approves a client-reported payment');

  // The office answers the correction request: a credit when the invoice is paid, else a reply.
  await page.goto(`${ctx.base}/billing/corrections`);
  const request = page.locator(`tr[data-correction="${requestId}"]`);
  await request.waitFor();
  await request.getByRole('button', { name: 'Answer…' }).click();
  const credit = page.getByLabel('Accept with a credit');
  const withCredit = await credit.isEnabled();
  if (withCredit) {
    await credit.check();
    await page.getByLabel('Credit', { exact: true }).fill('abc');
    await page.getByLabel(/^Answer \(also the reason/).fill('Sorry about the windows: $15 is credited.');
    await page.getByRole('button', { name: 'Credit and answer' }).click();
    await page.getByText('The amount must be a number like 120 or 120.50.').waitFor();
    await page.getByLabel('Credit', { exact: true }).fill('15');
    await ctx.screens(page, 'billing-corrections');
    await page.getByRole('button', { name: 'Credit and answer' }).click();
  } else {
    await page.getByLabel(/^Answer \(the client reads/).fill('We will send the team back this week.');
    await ctx.screens(page, 'billing-corrections');
    await page.getByRole('button', { name: 'Send answer' }).click();
  }
  await page.getByText(/^Answered/).waitFor();
  const answered = (await api(page, INVOICE, { id: about })).node;
  const mine = answered.correctionRequests.find((item) => item.id === requestId);
  check(mine?.status === 'ANSWERED', 'the correction request is answered');
  check(!withCredit || answered.credits.length > 0, 'the credit note was made with the answer');
  ctx.report('office answers a correction request', { credit: withCredit });

  // The client reads the answer on their invoice.
  await pm.goto(`${ctx.base}/invoices/${encodeURIComponent(about)}`);
  await pm.getByText(withCredit ? 'Sorry about the windows: $15 is credited.' : 'We will send the team back this week.').first().waitFor();
  await client.close();

  // Overdue customers, then a batch of a property manager's open invoices.
  await page.goto(`${ctx.base}/billing/overdue`);
  await page.locator('.office-tabpanel table, .office-tabpanel .state-empty').first().waitFor();
  await ctx.screens(page, 'billing-overdue');
  // The batch gathers the invoice issued above (partly paid, in no batch) and, when there is one, another open one.
  const customerId = (await api(page, INVOICE, { id: invoiceId })).node.customer.id;
  await page.goto(`${ctx.base}/billing/batches/new?customer=${encodeURIComponent(customerId)}`);
  await page.locator(`tr[data-invoice="${invoiceId}"] input[type=checkbox]`).check();
  const another = page.locator('tr[data-invoice] input[type=checkbox]:not([disabled]):not(:checked)');
  if (await another.count()) await another.first().check();
  const picked = await page.locator('tr[data-invoice] input[type=checkbox]:checked').count();
  check(picked >= 1, 'an invoice is picked for the batch');
  await ctx.screens(page, 'billing-new-batch');
  await page.getByRole('button', { name: `Make batch of ${picked} invoice${picked === 1 ? '' : 's'}` }).click();
  await page.waitForURL((url) => /^\/batches\/[^/]+$/.test(url.pathname));
  await page.getByTestId('batch-balance').waitFor();
  await ctx.screens(page, 'billing-batch');
  ctx.report('office makes a batch for a property manager');
}
