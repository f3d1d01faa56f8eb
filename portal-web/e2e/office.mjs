// The office's working day end to end, in Debian's chromium: run by tests/e2e/test_office.py against a fresh app,
// or by hand against `uv run dop serve --demo` (codes read from its log): `node e2e/office.mjs [name-filter,…]`
// (a filter keeps the steps whose file name contains one of its comma-separated parts; 00-sign-in always runs).
//
// Each file in e2e/office/ (run in the order of their names) exports `async function run(ctx)`; `ctx` carries the
// browser, the signed-in office page and what earlier steps made (ctx.made: the new customer, the job of today…),
// so a later step works on what an earlier one created, and falls back to demo data when run alone.
// Env: BASE_URL, CODE_URL or CODE_LOG, SCREENS_DIR, OFFICE_USER (default: office), OWNER_USER (default: owner).
import { readdirSync } from 'node:fs';
import { BASE_URL, launch, shoot } from './lib.mjs';

export const TABLET = { width: 768, height: 1024 };
export const OFFICE_DESKTOP = { width: 1280, height: 860 };

const started = Date.now();
const only = process.argv[2];
const steps = readdirSync(new URL('./office/', import.meta.url)).filter((name) => /^\d+-.+\.mjs$/.test(name)).sort()
  .filter((name) => !only || name.startsWith('00-') || only.split(',').some((part) => name.includes(part)));

const browser = await launch();
const ctx = {
  browser,
  base: BASE_URL,
  office: process.env.OFFICE_USER || 'office',
  owner: process.env.OWNER_USER || 'owner',
  made: {},
  /** "{"ok": name}" on stdout: what test_office.py counts. */
  report(name, details = {}) { console.log(JSON.stringify({ ok: name, ...details, atMs: Date.now() - started })); },
  /** The page at 1280 and at 768 px: office-<name>-desktop.png and office-<name>-tablet.png. */
  async screens(page, name) {
    await shoot(page, `office-${name}-tablet`, TABLET);
    await shoot(page, `office-${name}-desktop`, OFFICE_DESKTOP);
  },
};
let failed = false;
try {
  for (const name of steps) {
    const step = await import(`./office/${name}`);
    const at = Date.now();
    await step.run(ctx);
    console.error(`office step ${name}: ${Date.now() - at} ms`);
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
