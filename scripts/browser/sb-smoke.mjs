// Smoke test of the static Storybook build (`npm run build-storybook`), with no extra dependencies:
// serves the build over node:http, opens EVERY story's iframe in Debian's chromium through Playwright
// and fails a story on
//   - an uncaught error (`pageerror`) or a console error, or a Lit warning (lit.dev/msg/…);
//   - a Storybook error screen, or nothing rendered in #storybook-root within 10 s;
//   - a custom element that never got defined (e.g. its define module was tree-shaken, notes F6);
//   - anything still `aria-busy="true"` (in any shadow root) after 10 s, unless the story has the
//     tag `smoke-skip-settle` (index.json carries tags, not parameters): `tags: ['smoke-skip-settle']`;
//   - an HTTP error from the static server (a request no MSW handler answered);
//   - any axe-core violation (WCAG 2.0/2.1/2.2 A+AA and best practices; `region`,
//     `landmark-one-main` and `page-has-heading-one` are off: a component in an iframe is not a page);
//   - any Content-Security-Policy violation: every page is served under a strict policy
//     (`default-src 'self'`, no 'unsafe-inline', no 'unsafe-eval'; see `strictCsp`), the one a
//     locked-down host runs. Only Storybook's own inline bootstrap is allowed, by hash.
//
// Usage: node scripts/browser/sb-smoke.mjs [storybook-static] [filter …]
//   a filter keeps the stories whose id contains it (case-insensitive), e.g. `api-keys`.
// Env: CHROME_PATH (default /usr/bin/chromium), SMOKE_CONCURRENCY (default 4: most of a story's time
// is waiting, so four pages keep a 2-core machine busy).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
// the first argument that is a storybook build (has index.json) is the root; the rest are filters
const dirArg = args.find((a) => existsSync(join(a, 'index.json')));
const root = resolve(dirArg ?? 'storybook-static');
const filters = args.filter((a) => a !== dirArg).map((a) => a.toLowerCase());
const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY ?? 4) || 4);
// A guard against a story that never settles (a load that never ends), not a speed check: the
// layout stories draw all eleven panels at once, and with four pages on a 2-core CI machine one
// settled only at 10 s (CI, December 2026), where alone they settle in about 4 s.
const SETTLE_TIMEOUT_MS = 20_000;
const POLL_MS = 100;
/** Story tag for states that stay busy on purpose (a request that never answers): no aria-busy wait. */
const SKIP_SETTLE_TAG = 'smoke-skip-settle';
const axeSource = await readFile(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const axeOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
};

// --- stories -------------------------------------------------------------------------------------
const indexFile = join(root, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`sb-smoke: ${indexFile} not found; run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(await readFile(indexFile, 'utf8'));
const stories = Object.values(index.entries ?? index.stories ?? {})
  .filter((e) => e.type === 'story')
  .filter((e) => filters.length === 0 || filters.some((f) => e.id.toLowerCase().includes(f)))
  .sort((a, b) => a.id.localeCompare(b.id));
if (stories.length === 0) {
  console.error(`sb-smoke: no stories${filters.length ? ` match ${filters.join(', ')}` : ` in ${indexFile}`}.`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}

// --- static server -------------------------------------------------------------------------------
/**
 * A strict policy for an HTML page: nothing inline runs or styles unless it is in the file as
 * served (Storybook's bootstrap), allowed by its hash. Our elements must need nothing more: Lit's
 * styles are constructable stylesheets, and a style set through CSSOM (`el.style.x = …`) is allowed.
 */
function strictCsp(html) {
  const hashes = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`)
      .join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes('script')}`,
    `style-src 'self' ${hashes('style')}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

const server = await serveStatic(root, { htmlHeaders: (html) => ({ 'content-security-policy': strictCsp(html) }) });
const base = server.url;

// --- in-page probe (serialised into the page: no closures) ---------------------------------------
async function probe(allowBusy) {
  const body = document.body.classList;
  if (body.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent ?? '';
    const stack = document.querySelector('#error-stack')?.textContent ?? '';
    return { error: `Storybook error screen: ${`${message} ${stack}`.trim().slice(0, 500)}` };
  }
  if (body.contains('sb-show-nopreview')) return { error: 'Storybook shows "No Preview"' };
  const root = document.querySelector('#storybook-root');
  if (!root?.firstElementChild) return { ready: false, why: 'nothing rendered in #storybook-root' };

  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const describe = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const label = el.getAttribute('aria-label');
    return `${el.localName}${id}${label ? `[aria-label="${label}"]` : ''}`;
  };
  walk(root);
  const custom = all.filter((el) => el.localName.includes('-'));
  const undefinedTags = [...new Set(custom.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))];
  const pending = custom.map((el) => el.updateComplete).filter((p) => p && typeof p.then === 'function');
  try {
    const timedOut = await Promise.race([
      Promise.all(pending).then(() => false),
      new Promise((ok) => setTimeout(() => ok(true), 1000)),
    ]);
    if (timedOut) return { ready: false, why: 'elements still updating (updateComplete pending)', undefinedTags };
  } catch (error) {
    return { error: `an element's update failed: ${String(error)}` };
  }
  if (!custom.some((el) => el.shadowRoot)) {
    return { ready: false, why: 'no rendered custom element (none has a shadow root)', undefinedTags };
  }
  all.length = 0;
  walk(root); // again: the updates may have rendered more
  const busy = all.filter((el) => el.getAttribute('aria-busy') === 'true').map(describe);
  if (busy.length && !allowBusy) return { ready: false, why: `still aria-busy: ${busy.slice(0, 5).join(', ')}`, undefinedTags };
  return { ready: true, undefinedTags };
}

async function runAxe(options) {
  // eslint-disable-next-line no-undef -- injected by addScriptTag
  const result = await axe.run(document, options);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> ')),
  }));
}

// --- one story -----------------------------------------------------------------------------------
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** @param {import('playwright').Browser} browser @param {{id: string, tags?: string[]}} story */
async function check(browser, story) {
  const reasons = [];
  const allowBusy = story.tags?.includes(SKIP_SETTLE_TAG) ?? false;
  const context = await browser.newContext();
  // Every CSP violation of the page, from its first script on.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => reasons.push(`uncaught: ${error.stack ?? error.message}`.slice(0, 800)));
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error') {
      // HTTP errors are judged by the response handler below (MSW answers are fine, static 404s are not);
      // net::ERR_FAILED is what an MSW `HttpResponse.error()` (a simulated network failure) logs
      if (/^Failed to load resource: (the server responded with a status of \d+|net::ERR_FAILED$)/.test(text)) return;
      // CSP violations are judged by the securitypolicyviolation listener, which knows their source.
      if (/violates the following Content Security Policy directive/.test(text)) return;
      reasons.push(`console.error: ${text.slice(0, 500)}`);
    } else if (msg.type() === 'warning' && /lit\.dev\/msg\//.test(text) && !/lit\.dev\/msg\/dev-mode/.test(text)) {
      reasons.push(`Lit warning: ${text.slice(0, 500)}`);
    }
  });
  // context-level, so the requests MSW's service worker passes through to the server are seen too
  context.on('response', (response) => {
    if (response.status() < 400 || response.fromServiceWorker()) return; // MSW's own answers are fine
    const url = new URL(response.url());
    if (url.origin !== base || url.pathname === '/favicon.ico') return;
    reasons.push(`HTTP ${response.status()} ${url.pathname}${url.search} (not answered by an MSW handler)`);
  });

  try {
    // `a11y.manual`: @storybook/addon-a11y runs its own axe after every render unless told it is run
    // by hand; this script runs axe itself (below, with its own rules), so once is enough.
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`, {
      waitUntil: 'load',
      timeout: 30_000,
    });
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    let last = { ready: false, why: 'not probed' };
    let readyStreak = 0;
    while (Date.now() < deadline) {
      last = await page.evaluate(probe, allowBusy);
      if (last.error) break;
      readyStreak = last.ready ? readyStreak + 1 : 0;
      if (readyStreak >= 2) break; // settled: ready twice in a row
      await sleep(POLL_MS);
    }
    if (last.error) reasons.push(last.error);
    else if (readyStreak < 2) reasons.push(`not settled after ${SETTLE_TIMEOUT_MS / 1000} s: ${last.why ?? 'unknown'}`);
    if (last.undefinedTags?.length) reasons.push(`custom elements never defined: ${last.undefinedTags.join(', ')}`);
    for (const violation of await page.evaluate(() => window.__cspViolations)) {
      // Storybook's own preview runtime (its addons inject <style> elements) is not ours to fix: counted, not failed.
      if (/\/assets\/iframe-[\w-]+\.js:/.test(violation)) storybookCspViolations++;
      else reasons.push(`CSP: ${violation}`);
    }

    if (!last.error) for (const overflow of await page.evaluate(horizontalOverflow)) reasons.push(`layout: ${overflow}`);

    if (!last.error) {
      // Evaluated through DevTools, which no page policy restricts: the strict CSP allows no injected script.
      // (@storybook/addon-a11y, told above not to run, keeps its axe in a module, not on window.)
      await page.evaluate(axeSource);
      const violations = await page.evaluate(runAxe, axeOptions);
      for (const v of violations) {
        const targets = v.targets.slice(0, 5).join(' | ') + (v.targets.length > 5 ? ` (+${v.targets.length - 5} more)` : '');
        reasons.push(`axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${targets}`);
      }
    }
  } catch (error) {
    reasons.push(`smoke script: ${error instanceof Error ? error.message : String(error)}`.slice(0, 800));
  } finally {
    await context.close().catch(() => {});
  }
  return reasons;
}

/**
 * Layout stories mark their containers `data-layout-check` (`Layout/Container widths`): nothing inside
 * may stick out past the container's edge or scroll sideways. Runs in the page; shadow roots included.
 * Not counted: a stacked table's visually hidden headings, closed dialogs.
 */
function horizontalOverflow() {
  const problems = [];
  for (const frame of document.querySelectorAll('[data-layout-check]')) {
    const right = frame.getBoundingClientRect().right + 1;
    const visit = (node) => {
      for (const el of node.children) {
        if (el.matches('thead, .visually-hidden, dialog, settings-dialog, style, script')) continue;
        const box = el.getBoundingClientRect();
        const display = getComputedStyle(el).display;
        if (display !== 'contents' && display !== 'none' && (box.right > right || el.scrollWidth > el.clientWidth + 1)) {
          problems.push(`${frame.dataset.layoutCheck}: <${el.tagName.toLowerCase()}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> is ${Math.round(Math.max(box.right - right, el.scrollWidth - el.clientWidth))} px too wide`);
          if (problems.length > 20) return;
        }
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    };
    visit(frame);
  }
  return problems;
}

let storybookCspViolations = 0;

// --- run -----------------------------------------------------------------------------------------
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

let passed = 0;
let failed = 0;
const queue = [...stories];
const started = Date.now();
console.log(`sb-smoke: ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} from ${root} (concurrency ${concurrency})`);
try {
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let story = queue.shift(); story; story = queue.shift()) {
        const reasons = await check(browser, story);
        if (reasons.length === 0) {
          passed++;
          console.log(`ok   ${story.id}`);
        } else {
          failed++;
          console.log(`FAIL ${story.id}\n${reasons.map((r) => `       - ${r.replace(/\n/g, '\n         ')}`).join('\n')}`);
        }
      }
    }),
  );
} finally {
  await browser.close();
  server.close();
}
console.log(`sb-smoke: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`sb-smoke: strict CSP — our code 0 violations unless listed above; Storybook's own preview runtime ${storybookCspViolations} (not counted)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
