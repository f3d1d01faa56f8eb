// Helpers for the end-to-end scripts: a browser from Debian's chromium, sign-in by e-mailed code, checks.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:8000').replace(/\/$/, '');
export const SCREENS = process.env.SCREENS_DIR || new URL('../../tests/artifacts/screens/', import.meta.url).pathname;
mkdirSync(SCREENS, { recursive: true });

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The sign-in codes mailed so far to a username: from the test's code endpoint (CODE_URL, which reads the
 * test SMTP server), or, against `dop serve --demo`, from its console log (CODE_LOG).
 */
async function codes(username) {
  if (process.env.CODE_URL) {
    const response = await fetch(`${process.env.CODE_URL}?username=${encodeURIComponent(username)}`);
    return (await response.json()).codes;
  }
  const log = readFileSync(process.env.CODE_LOG || '/tmp/dop-serve.log', 'utf8');
  const found = [];
  const pattern = /To: ([^\s]+)\s*\nSubject: Your sign-in code: (\d{6})/g;
  for (const match of log.matchAll(pattern)) if (match[1].toLowerCase().startsWith(`${username.toLowerCase()}@`)) found.push(match[2]);
  return found;
}

/** Sign in through the page like a person: username, wait for the mail, type the code. */
export async function signIn(page, username) {
  await page.goto(`${BASE_URL}/`);
  await page.getByLabel('Username').fill(username);
  const before = (await codes(username)).length;
  await page.getByRole('button', { name: 'E-mail me a code' }).click();
  await page.getByLabel('6-digit code').waitFor();
  let code;
  for (let attempt = 0; attempt < 100 && !code; attempt += 1) {
    const all = await codes(username);
    if (all.length > before) code = all[all.length - 1];
    else await sleep(100);
  }
  if (!code) throw new Error(`no sign-in code arrived for ${username}`);
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.topbar').waitFor();
}

/** A GraphQL call with the page's session cookie (what the API says, to compare with what the page shows). */
export async function api(page, query, variables = {}) {
  const response = await page.request.post(`${BASE_URL}/graphql`, { data: { query, variables } });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function shoot(page, name, size) {
  if (size) await page.setViewportSize(size);
  await page.evaluate(() => window.scrollTo(0, 0));
  if (size && size.width <= 400) {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= size.width + 1, `${name}: the page is ${wide}px wide at ${size.width}px`);
    const beyond = await page.evaluate(() => Array.from(document.querySelectorAll('body *')).filter((node) => {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= window.innerWidth + 1) return false;
      for (let up = node.parentElement; up; up = up.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX) && up !== document.body && up !== document.documentElement) return false;
      }
      return true;
    }).map((node) => `${node.tagName.toLowerCase()}.${node.className} "${(node.textContent || '').trim().slice(0, 20)}"`));
    check(beyond.length === 0, `${name}: ${beyond.length} elements stick out of the ${size.width}px screen: ${beyond.slice(0, 4)}`);
  }
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

/**
 * At the current (phone) width: tables whose columns do not all fit, without a visible scroll cue (the fading
 * edge of `.table-wrap`). Lists that become cards fit; a table that scrolls must say so.
 */
export async function hiddenColumns(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('main table')).flatMap((table) => {
    const wrap = table.closest('.table-wrap') || table.parentElement;
    const box = wrap.getBoundingClientRect();
    const clipped = Array.from(table.querySelectorAll('thead th, tbody tr:first-child > *')).filter((cell) => {
      const style = getComputedStyle(cell);
      if (style.display === 'none' && !cell.closest('thead')) return true;
      const rect = cell.getBoundingClientRect();
      return rect.width > 0 && (rect.right > Math.min(box.right, window.innerWidth) + 1);
    });
    const cue = getComputedStyle(wrap).backgroundImage.includes('gradient') && wrap.scrollWidth > wrap.clientWidth;
    const headersHidden = Array.from(table.querySelectorAll('thead th')).filter((th) => getComputedStyle(th).display === 'none');
    const problems = [];
    if (clipped.length && !cue) problems.push(`${table.querySelector('caption')?.textContent || 'table'}: ${clipped.length} cells beyond the edge, no scroll cue`);
    if (headersHidden.length) problems.push(`${table.querySelector('caption')?.textContent || 'table'}: ${headersHidden.length} columns hidden`);
    return problems;
  }));
}

/** Elements a finger taps (buttons, links styled as buttons, nav, tabs) smaller than 44 px high, on the page now. */
export async function smallTapTargets(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('button, .button, .mainnav a, .tab, .pager a, .crumbs a, select, input:not([type=checkbox]):not([type=radio]):not([type=file])'))
    .filter((node) => { const rect = node.getBoundingClientRect(); return rect.width > 0 && rect.height > 0 && !node.closest('.visually-hidden'); })
    .filter((node) => node.getBoundingClientRect().height < 43.5)
    .map((node) => `${node.tagName.toLowerCase()} "${(node.textContent || node.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(node.getBoundingClientRect().height)}px`));
}

/** Texts marked never to wrap (invoice numbers, dates) that take more than one line. */
export async function wrapped(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('main .nowrap')).filter((node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const lines = new Set();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) if (rect.width > 0) lines.add(Math.round(rect.bottom));
    }
    return lines.size > 1;
  }).map((node) => node.textContent));
}

/**
 * Milliseconds from navigation start to the first element matching `selector` in a fresh load of `url`
 * (a reload: the session cookie and the browser's cache are kept).
 */
export async function firstContent(page, url, selector) {
  if (!page.context().__firstContentWatch) {
    // In every document: note when the element asked for (sessionStorage 'fc-selector') first appears.
    await page.context().addInitScript(() => {
      const selector = sessionStorage.getItem('fc-selector');
      if (!selector) return;
      const look = () => {
        if (window.__firstContent === undefined && document.querySelector(selector)) {
          window.__firstContent = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(look);
      observer.observe(document, { childList: true, subtree: true });
    });
    page.context().__firstContentWatch = true;
  }
  await page.goto(url);
  await page.locator(selector).first().waitFor();
  await page.evaluate((sel) => sessionStorage.setItem('fc-selector', sel), selector);
  await page.waitForLoadState('networkidle').catch(() => {});
  const runs = [];
  for (let run = 0; run < 5; run += 1) {
    await page.reload();
    await page.waitForFunction(() => window.__firstContent !== undefined, null, { timeout: 10000 });
    runs.push(Math.round(await page.evaluate(() => window.__firstContent)));
    await page.waitForLoadState('networkidle').catch(() => {});
  }
  await page.evaluate(() => sessionStorage.removeItem('fc-selector'));
  runs.sort((a, b) => a - b);
  return { median: runs[2], best: runs[0], worst: runs[4], runs };
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Every amount of money written on the page ("$1,234.50"). */
export async function moneyOnPage(page) {
  const text = await page.locator('body').innerText();
  return text.match(/[$€£]\s?\d[\d,]*(\.\d+)?/g) || [];
}

/** Wait until the locator's `data-status` is `status`; the milliseconds it took. */
export async function waitForStatus(locator, status, timeout = 5000) {
  const start = Date.now();
  await locator.locator(`[data-status="${status}"]`).first().waitFor({ timeout });
  return Date.now() - start;
}

/** A real PNG photo (a 320×240 gradient), made here so the test needs no fixture file. */
export async function pngPhoto() {
  const { deflateSync } = await import('node:zlib');
  const width = 320;
  const height = 240;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x += 1) {
      const offset = y * (width * 3 + 1) + 1 + x * 3;
      raw[offset] = Math.round((x / width) * 200) + 30;
      raw[offset + 1] = Math.round((y / height) * 160) + 60;
      raw[offset + 2] = 170;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buffer) => {
    let c = 0xffffffff;
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
