// The office worker signs in and lands on the office's start page.
import { signIn, check } from '../lib.mjs';

export async function run(ctx) {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 860 } });
  ctx.page = await context.newPage();
  ctx.context = context;
  await signIn(ctx.page, ctx.office);
  const nav = await ctx.page.locator('.mainnav-links a').allTextContents();
  check(nav.includes('Customers') && nav.includes('Schedule') && nav.includes('Billing'), `office nav: ${nav}`);
  check(!nav.includes('Settings'), 'the office (not the owner) has no Settings');
  await ctx.screens(ctx.page, 'start');
  ctx.report('office signs in');
}
