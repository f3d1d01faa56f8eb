// Saved cards, autopay and the review of a finished job, as the demo's client1 (Jordan Reyes) sees them, in Debian's
// chromium at 1280 and 390 px. By hand, against `dop serve --demo` with Stripe pointed at the test server:
//
//   uv run python -m tests.stripe_server 8477 http://127.0.0.1:8476/webhooks/stripe &
//   STRIPE_SECRET_KEY=sk_test_dop_0123456789 STRIPE_WEBHOOK_SECRET=whsec_dop_test_0123456789abcdef \
//     STRIPE_API_BASE=http://127.0.0.1:8477 PUBLIC_URL=http://127.0.0.1:8476 uv run dop serve --demo --port 8476 \
//     > /tmp/cards-serve.log 2>&1 &
//   BASE_URL=http://127.0.0.1:8476 CODE_LOG=/tmp/cards-serve.log node e2e/cards.mjs
import { BASE_URL, DESKTOP, PHONE, api, check, launch, shoot, signIn, smallTapTargets } from './lib.mjs';

const CLIENT = process.env.CLIENT_USER || 'client1';

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, CLIENT);

  // Payment methods: the demo's saved Visa, default, autopay on with its consent.
  await page.getByRole('link', { name: 'Payment methods' }).click();
  await page.getByTestId('methods').waitFor();
  check(await page.getByText('Visa ending 4242').isVisible(), 'the saved card is listed by brand and last four');
  await shoot(page, 'cards-methods-1280', DESKTOP);
  await shoot(page, 'cards-methods-390', PHONE);
  const small = await smallTapTargets(page);
  check(small.length === 0, `tap targets under 44 px: ${small}`);
  await page.setViewportSize(DESKTOP);

  // Add a second card on (the test) Stripe's page; back in the portal it appears once Stripe's event arrives.
  await page.getByTestId('add-card').click();
  await page.waitForURL(/\/pay\/cs_test_/);
  await shoot(page, 'cards-stripe-setup-page', DESKTOP);
  await page.getByLabel('Card number').selectOption('4000000000000341');
  await page.getByRole('button', { name: 'Save card' }).click();
  await page.waitForURL(/\/payment-methods\?setup=done/);
  await page.getByText('Visa ending 0341').waitFor({ timeout: 15000 });
  await shoot(page, 'cards-methods-two-1280', DESKTOP);

  // Make the new card the default, then remove it (the Visa 4242 becomes the default again).
  await page.getByRole('button', { name: 'Make default' }).click();
  await page.locator('.method', { hasText: 'Visa ending 0341' }).getByText('Default').waitFor();
  await page.getByRole('button', { name: 'Remove Visa ending 0341' }).click();
  await shoot(page, 'cards-remove-confirm-390', PHONE);
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await page.getByText('Visa ending 0341').waitFor({ state: 'detached' });
  await page.locator('.method', { hasText: 'Visa ending 4242' }).getByText('Default').waitFor({ timeout: 5000 }); // the 4242 is the default again

  // Autopay off, then on again with the consent ticked.
  await page.setViewportSize(DESKTOP);
  await page.getByRole('button', { name: 'Turn autopay off' }).click();
  await page.getByRole('button', { name: 'Turn autopay on' }).waitFor();
  check(await page.getByRole('button', { name: 'Turn autopay on' }).isDisabled(), 'autopay needs the consent ticked');
  await shoot(page, 'cards-autopay-off-1280', DESKTOP);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Turn autopay on' }).click();
  await page.getByRole('button', { name: 'Turn autopay off' }).waitFor();

  await shoot(page, 'cards-autopay-on-390', PHONE);
  await context.close();

  // The review form on the latest finished job that has no review yet (a property manager's: today's turnovers).
  const reviewer = await browser.newContext({ viewport: DESKTOP });
  const page2 = await reviewer.newPage();
  await signIn(page2, process.env.REVIEW_USER || 'pm1');
  await reviewAJob(page2);
  console.log(JSON.stringify({ ok: 'cards' }));
} finally {
  await browser.close();
}

async function reviewAJob(page) {
  const data = await api(page, `{ jobs(first: 30, filter: {statuses: [FINISHED]}) { nodes { id finishedAt reviewClosesAt review { rating } } } }`);
  const reviewable = data.jobs.nodes.filter((job) => job.reviewClosesAt && new Date(job.reviewClosesAt) > new Date());
  const open = reviewable.find((job) => !job.review) ?? reviewable[0]; // a second run changes the review it wrote
  check(open, 'a finished job is open for review');
  await page.goto(`${BASE_URL}/jobs/${encodeURIComponent(open.id)}`);
  await page.getByTestId('review').waitFor();
  if (open.review) await page.getByRole('button', { name: 'Change your review' }).click();
  await page.getByLabel(/^Comment/).fill('');
  await page.getByLabel('4 stars: Very good').check({ force: true });
  await page.getByLabel('Something was wrong: ask the office to follow up').check();
  await page.getByRole('button', { name: /Send review|Save changes/ }).click();
  await page.getByText('Say what was wrong, so the office can put it right.').waitFor();
  await page.getByTestId('review').scrollIntoViewIfNeeded();
  await shoot(page, 'cards-review-error-1280', DESKTOP);
  await page.getByLabel(/^Comment/).fill('The bathroom mirror was left streaky.');
  await page.getByRole('button', { name: /Send review|Save changes/ }).click();
  await page.getByText('The office has been told about the problem').waitFor();
  await shoot(page, 'cards-review-done-1280', DESKTOP);
  await shoot(page, 'cards-review-done-390', PHONE);
}
