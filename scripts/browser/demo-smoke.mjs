// Smoke test of the demo in Chromium, Firefox ESR and WebKitGTK: its production build
// (vite.demo.config.ts, the code `npm start` serves, bundled as a host ships it), served under a
// strict Content-Security-Policy — `default-src 'self'`, no 'unsafe-inline', no 'unsafe-eval' — so
// every check also fails on a CSP violation or an uncaught error. It opens every persona and checks
// what the personas promise — the navigation each persona sees, every hidden section explained, and
// that a company-only member following a deep link to API keys sends no request under
// /organization/ — and, as a QA engineer would, fills and submits Create key, Add member and Add
// site through role-scoped targets only (the dialog by role and name, then its fields by label),
// opens a row menu and the company switcher, and checks that no section's content jumps while it
// loads (layout shift below 0.05 with 300 ms of mock latency, where the engine measures it). Every
// section's code is a chunk of its own: each opens, and one whose chunk fails shows Try again.
//
// The checks are written once against driver/ (one adapter per engine: Playwright for Chromium,
// puppeteer-core over WebDriver BiDi for Firefox, webdriverio over WebDriver classic for WebKit). A
// check that cannot hold in an engine is skipped by the check, with the reason.
//
// Usage: node scripts/browser/demo-smoke.mjs [--no-build] [--parallel]
//   ENGINES=firefox,webkit picks engines (default: every installed one; see engines.mjs).
//   --parallel runs the engines at the same time instead of one after another.
// Prints each check's ok/FAIL/skip line prefixed by its engine, and ends with "N passed, N failed".
import { reporting, serveWithCspReports } from './csp-reports.mjs';
import { openBrowser, page as doc, withTimeout } from './driver/index.mjs';
import { selectedEngines } from './engines.mjs';
import { layoutShiftOpening } from './layout-shift.mjs';
import { serveDemoBuild, strictPolicy } from './static-server.mjs';

// Notifications is the demo's host section (demo/notifications): hidden for SSO accounts.
const personal = ['General', 'Preferences', 'Notifications', 'Membership'];
const personalWithoutNotifications = ['General', 'Preferences', 'Membership'];
const company = ['Sites', 'Data preferences', 'Members'];
const organization = ['Admin team', 'API keys', 'Billing', 'Data repository'];
const expectedNav = {
  owner: [...personal, ...company, ...organization],
  'org-admin': [...personal, ...company, 'Admin team', 'API keys', 'Data repository'],
  'billing-manager': [...personal, 'Admin team', 'Billing'],
  'company-admin': [...personal, ...company],
  'company-viewer': [...personal, ...company],
  'sso-user': [...personalWithoutNotifications, ...company],
  'no-api-keys': [...personal, ...company, 'Admin team', 'Billing', 'Data repository'],
  'no-billing-profile': [...personal, ...company, ...organization],
  'large-org': [...personal, ...company, ...organization],
  unstable: [...personal, ...company, ...organization],
};
const sectionCount = 11;
const companyOnly = ['company-admin', 'company-viewer', 'sso-user'];
/** Above this, content visibly jumps while a section loads (Core Web Vitals call 0.1 "good"). */
const maxLayoutShift = 0.05;
/** No check takes this long unless something hangs (WebKit's WebDriver is the slowest driver). */
const checkTimeout = 120_000;

/** The message of the error the first check throws on purpose (not counted against it). */
const planted = 'smoke: a planted uncaught error';

/** Thrown by a check that cannot hold in the engine it runs in; the message says why. */
class Skip extends Error {}

/** In every page, before its scripts where the driver allows: every CSP violation, as it happens. */
function watchCsp() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber}`),
  );
}

const app = doc.css('settings-app');
const navLinks = app.byRole('navigation').byRole('link');
const personaSwitcher = doc.byRole('combobox', { name: 'Persona', exact: true });
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Waits for the shell (retrying the session, as the `unstable` persona needs) and reads it from its
 * shadow root. A page that never renders says whether the demo got past starting its mock worker.
 */
async function readShell(page) {
  for (let attempt = 0; attempt < 15; attempt++) {
    const state = await page
      .waitFor(
        () => {
          const provider = document.querySelector('settings-provider');
          if (provider?.shadowRoot?.querySelector('[role=alert] button')) return { error: true };
          const root = document.querySelector('settings-app')?.shadowRoot;
          if (!root?.querySelector('[part=nav]')) return null;
          return {
            nav: [...root.querySelectorAll('[part~=nav-link]')].map((a) => a.textContent.trim()),
            hidden: [...root.querySelectorAll('[part=hidden-help] li')].map((li) => ({ id: li.dataset.section, text: li.textContent.trim() })),
            heading: root.querySelector('h2')?.textContent.trim(),
            notice: root.querySelector('[part=access-notice]')?.dataset.reason ?? null,
          };
        },
        null,
        { message: 'the settings shell did not render' },
      )
      .catch(async (error) => {
        const started = await page.evaluate(() => 'settingsDemo' in window).catch(() => null);
        const why = started === false
          ? "the demo never got past `await startMockWorker(…)` (window.settingsDemo is unset): the mock service worker did not start"
          : started
            ? 'the mock worker started, but <settings-app> rendered no navigation'
            : 'the page does not answer';
        throw new Error(`${error.message}: ${why}`);
      });
    if (!state.error) return state;
    await page.click(doc.css('settings-provider').byRole('button', { name: 'Try again' }));
  }
  throw new Error('the session never loaded');
}

/** Waits until the section `name` shows its panel: its code loaded and it rendered, no error in its place. */
async function sectionOpened(page, name) {
  const shown = await page.waitFor(
    (heading) => {
      const root = document.querySelector('settings-app').shadowRoot;
      if (root.querySelector('h2')?.textContent.trim() !== heading) return null;
      if (root.querySelector('[part=panel-error]')) return { error: root.querySelector('[part=panel-error]').textContent.trim() };
      const panel = root.querySelector('[part=content] > :not([part=header])');
      return panel?.localName.includes('-') && customElements.get(panel.localName) ? { panel: panel.localName } : null;
    },
    name,
    { timeout: 15_000, message: `${name} did not open` },
  );
  if (shown.error) throw new Error(`${name}: ${shown.error}`);
}

/** Opens the demo as the owner at a section and waits for the shell. */
async function openSection(page, base, section) {
  await page.goto(`${base}?persona=owner&section=${section}`);
  await readShell(page);
}

/** Waits until the page has sent no request for `quietMs` (Playwright's "networkidle"). */
async function requestsSettled(page, quietMs = 500, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let seen = (await page.requests()).length;
  while (Date.now() < deadline) {
    await page.wait(quietMs);
    const now = (await page.requests()).length;
    if (now === seen) return;
    seen = now;
  }
}

/**
 * The checks. Each gets a fresh page and `{ base, engine, reports }` (the CSP reports of the engine's
 * pages); it passes when it returns, the page threw nothing and violated no CSP directive meanwhile.
 * @type {{ name: string, run(page: import('./driver/page.mjs').Page, context: { base: string, engine: string, reports: { take(): string[], failRequests(pattern: RegExp | null): void } }): Promise<void> }[]}
 */
const checks = [
  {
    // Without this, a driver that lost sight of violations or errors would pass every check.
    name: "a page's CSP violations and uncaught errors reach the checks (planted ones are seen)",
    async run(page, { base, reports }) {
      await page.goto(`${base}?persona=owner`);
      await readShell(page);
      await page.evaluate((marker) => {
        document.body.insertAdjacentHTML('beforeend', '<div hidden style="color: red"></div>');
        setTimeout(() => {
          throw new Error(marker);
        });
      }, planted);
      await page.waitFor(() => window.__cspViolations.length > 0, null, { timeout: 5000, message: 'no securitypolicyviolation event' });
      const deadline = Date.now() + 5000;
      let received = [];
      while (received.length === 0 && Date.now() < deadline) {
        await page.wait(50);
        received = reports.take();
      }
      if (!received.some((r) => r.startsWith('style-src-attr'))) throw new Error(`no report of the planted violation (got ${JSON.stringify(received)})`);
      if (!(await page.errors()).some((e) => e.includes(planted))) throw new Error('the planted uncaught error was not seen');
      await page.evaluate(() => {
        window.__cspViolations = [];
        document.querySelector('body > div[hidden][style]').remove();
      });
    },
  },
  {
    // In a page of its own: WebKit keeps a module script it fetched, or failed to fetch, in its
    // memory cache, `no-store` or not, for the later pages of the same window: a chunk an earlier
    // check loaded would never reach the server that fails it, and the failure would stay for the next.
    isolated: true,
    name: "a section whose code fails to load shows an error with Try again, and opens once it can",
    async run(page, { base, engine, reports }) {
      await page.goto(`${base}?persona=owner&prefetch=none`);
      await readShell(page);
      // A deploy replaced the chunk, or the network dropped: the server answers 503 for it.
      reports.failRequests(/\/assets\/settings-billing-[^/]*\.js$/);
      try {
        await page.click(app.byRole('navigation').byRole('link', { name: 'Billing', exact: true }));
        await page.waitVisible(app.byRole('alert'));
        const alert = await page.evaluate(() => document.querySelector('settings-app').shadowRoot.querySelector('[part=panel-error]')?.textContent.trim());
        if (!alert?.includes('This section could not be loaded')) throw new Error(`the alert says ${JSON.stringify(alert)}`);
      } finally {
        reports.failRequests(null);
      }
      await page.click(app.byRole('button', { name: 'Try again' }));
      // Engines keep a failed module fetch in their module map, so the same import fails again at
      // once. Chromium and Firefox name the chunk in their error, and Try again imports it under
      // another address: Billing opens. WebKit names none: the error stays, with Try again, and says
      // to reload if it goes on.
      const shown = () => {
        const root = document.querySelector('settings-app').shadowRoot;
        if (root.querySelector('settings-billing')) return 'opened';
        return root.querySelector('[part=panel-error] button') ? 'error' : null;
      };
      if (engine === 'webkit') await page.waitFor(shown, null, { timeout: 15_000, message: 'neither Billing nor the error after Try again' });
      else await page.waitFor(() => (document.querySelector('settings-app').shadowRoot.querySelector('settings-billing') ? 'opened' : null), null, { timeout: 15_000, message: 'Billing did not open after Try again' });
    },
  },
  {
    name: 'the persona switcher lists all ten personas, and Reset mock data is there',
    async run(page, { base }) {
      await page.goto(base);
      await readShell(page);
      const options = await page.evaluate(() => [...document.querySelectorAll('#persona option')].map((o) => o.value));
      if (!same(options.sort(), Object.keys(expectedNav).sort())) throw new Error(`options: ${options}`);
      await page.click(doc.byRole('button', { name: 'Reset mock data' }));
    },
  },
  ...Object.entries(expectedNav).map(([persona, nav]) => ({
    name: `${persona}: navigation matches the persona and every hidden section is explained`,
    async run(page, { base }) {
      await page.goto(`${base}?persona=${persona}`);
      const shell = await readShell(page);
      if (!same(shell.nav, nav)) throw new Error(`nav ${JSON.stringify(shell.nav)}`);
      if (shell.nav.length + shell.hidden.length !== sectionCount) throw new Error(`hidden ${JSON.stringify(shell.hidden)}`);
      const unexplained = shell.hidden.filter((h) => h.text.split(':').slice(1).join(':').trim().length < 20);
      if (unexplained.length) throw new Error(`unexplained: ${JSON.stringify(unexplained)}`);
      if (persona === 'unstable') return;
      // Every section the persona may open, clicked as a user would, opens: its code arrives (a chunk
      // of its own, under the strict CSP) and its panel replaces the loading skeleton.
      const count = await page.count(navLinks);
      if (count !== nav.length) throw new Error(`${count} navigation links by role, ${nav.length} expected`);
      for (let i = 0; i < count; i++) {
        await page.click(navLinks.nth(i));
        await sectionOpened(page, nav[i]);
      }
    },
  })),
  ...companyOnly.map((persona) => ({
    name: `${persona}: a deep link to organization/api-keys explains and sends no /organization/ request`,
    async run(page, { base }) {
      await page.goto(`${base}?persona=${persona}&section=organization/api-keys`);
      const shell = await readShell(page);
      await requestsSettled(page);
      if (shell.notice !== 'not-organization-member') throw new Error(`notice ${shell.notice}`);
      const requests = await page.requests();
      if (!requests.includes('/api/session')) throw new Error(`the requests are not observed (no /api/session among ${requests.length})`);
      const organizationRequests = requests.filter((p) => p.includes('/organization/'));
      if (organizationRequests.length) throw new Error(`requested ${organizationRequests}`);
    },
  })),
  {
    name: 'switching persona signs in as the new persona',
    async run(page, { base }) {
      await page.goto(`${base}?persona=owner`);
      await readShell(page);
      await page.select(personaSwitcher, { value: 'company-viewer' });
      await page.waitFor(() => new URL(location.href).searchParams.get('persona') === 'company-viewer', null, { message: 'the URL did not follow' });
      await page.waitFor(
        (expected) => document.querySelector('settings-app')?.shadowRoot?.querySelectorAll('[part~=nav-link]').length === expected,
        expectedNav['company-viewer'].length,
        { message: "the company viewer's navigation did not show" },
      );
    },
  },

  // --- dialogs, the way QA tests them: role-scoped targets only ----------------------------------

  {
    name: 'Create key: fill and submit the dialog found by role and name, then the secret is shown once',
    async run(page, { base }) {
      await openSection(page, base, 'organization/api-keys');
      await page.click(doc.byRole('button', { name: 'Create key', exact: true }));
      const dialog = doc.byRole('dialog', { name: 'Create key' });
      await page.fill(dialog.byLabel('Name', { exact: true }), 'Smoke test key');
      await page.click(dialog.byRole('button', { name: 'Create key' }));
      const secret = doc.byRole('dialog', { name: 'New API key “Smoke test key”' });
      await page.waitVisible(secret.byText("Copy this secret now. You won't see it again."));
      await page.click(secret.byRole('button', { name: 'Copy' }));
      await page.check(secret.byLabel('I have saved this secret'));
      await page.click(secret.byRole('button', { name: 'Done' }));
      await page.waitHidden(secret);
    },
  },
  {
    name: 'Add member: fill and submit the dialog found by role and name',
    async run(page, { base }) {
      await openSection(page, base, 'organization/admin-team');
      await page.click(doc.byRole('button', { name: 'Add member', exact: true }));
      const dialog = doc.byRole('dialog', { name: 'Add member' });
      await page.fill(dialog.byLabel('Email address'), 'smoke.test@example.com');
      await page.select(dialog.byLabel('Role'), { label: 'Billing manager' });
      await page.click(dialog.byRole('button', { name: 'Send invitation' }));
      await page.waitHidden(dialog);
      await page.waitVisible(doc.byText('Invitation email sent to smoke.test@example.com.'));
    },
  },
  {
    name: 'Add site: fill and submit the dialog found by role and name',
    async run(page, { base }) {
      await openSection(page, base, 'company/sites');
      await page.click(doc.byRole('button', { name: 'Add site', exact: true }));
      const dialog = doc.byRole('dialog', { name: 'Add site' });
      await page.fill(dialog.byLabel('Name', { exact: true }), 'Smoke test site');
      await page.fill(dialog.byLabel('Address'), '1 Test Street, Springfield');
      await page.fill(dialog.byLabel('Time zone'), 'Europe/Paris');
      await page.click(dialog.byRole('button', { name: 'Add site' }));
      await page.waitHidden(dialog);
      await page.waitVisible(doc.byText('Smoke test site was added.'));
    },
  },
  {
    name: 'a row menu and the company switcher open and close with Escape (popovers in the top layer)',
    async run(page, { base }) {
      await openSection(page, base, 'organization/admin-team');
      await page.click(doc.byRole('button', { name: /^Actions for / }).first());
      await page.waitVisible(doc.byRole('menuitem'));
      await page.press('Escape');
      await page.waitHidden(doc.byRole('menuitem'));
      const switcher = doc.css('settings-company-switcher');
      await page.click(switcher.byRole('button').first());
      await page.waitVisible(switcher.byRole('menu'));
      await page.press('Escape');
      await page.waitHidden(switcher.byRole('menu'));
    },
  },
  {
    name: `opening each section shifts the layout by less than ${maxLayoutShift} (300 ms latency, loading state first)`,
    async run(page, { base, engine }) {
      await page.goto(`${base}?persona=owner&section=personal/general&mock-latency=300-300`);
      await readShell(page);
      if (!(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift')))) {
        throw new Skip(`${engine} does not implement the Layout Instability API (no 'layout-shift' performance entries)`);
      }
      const names = await page.evaluate(() => [...document.querySelector('settings-app').shadowRoot.querySelectorAll('[part~=nav-link]')].map((a) => a.textContent.trim()));
      const jumps = [];
      for (const name of names) {
        // The answers come at 300 ms: a second covers them, their rendering and what follows it.
        const shift = await layoutShiftOpening(page, name, 1000);
        if (shift >= maxLayoutShift) jumps.push(`${name}: ${shift.toFixed(3)}`);
      }
      if (jumps.length) throw new Error(`layout shift while opening ${jumps.join(', ')}`);
    },
  },
];

/** Runs every check in one engine; answers its tally. */
async function runEngine(engine, site) {
  const log = (line) => console.log(`${engine.padEnd(8)} ${line}`);
  const tally = { engine, passed: 0, failed: 0, skipped: 0, seconds: 0 };
  const started = Date.now();
  const front = await serveWithCspReports(site.url);
  const base = `${front.url}/`;
  let browser;
  try {
    browser = await withTimeout(openBrowser(engine, { initScript: watchCsp }), 90_000, `${engine} did not start within 90 s`);
  } catch (error) {
    log(`FAIL ${engine} starts: ${error.message}`);
    tally.failed++;
    front.close();
    tally.seconds = Math.round((Date.now() - started) / 1000);
    return tally;
  }
  log(`${browser.version}${browser.initScriptEarly ? '' : ' (CSP during the load from the reports only: no script runs before the page\'s)'}`);
  for (const check of checks) {
    let page;
    try {
      page = await withTimeout(browser.newPage({ isolated: check.isolated }), 60_000, `${engine} did not open a page within 60 s`);
      front.take(); // what an earlier page may still have sent
      await withTimeout(check.run(page, { base, engine, reports: front }), checkTimeout, () => `no end after ${checkTimeout / 1000} s, at: ${page.lastAction}`);
      const errors = (await page.errors()).filter((e) => !e.includes(planted));
      if (errors.length) throw new Error(`uncaught: ${errors.join('; ')}`);
      const seen = await page.evaluate(() => window.__cspViolations ?? []);
      const reported = await takeReports(front);
      if (seen.length || reported.length) throw new Error(`CSP: ${[...seen, ...reported.map((r) => `${r} (reported)`)].join('; ')}`);
      tally.passed++;
      log(`ok   ${check.name}`);
    } catch (error) {
      if (error instanceof Skip) {
        tally.skipped++;
        log(`skip ${check.name}: ${error.message}`);
      } else {
        tally.failed++;
        log(`FAIL ${check.name}: ${error.message.split('\n')[0]}`);
      }
    } finally {
      await withTimeout(page?.close() ?? Promise.resolve(), 15_000, 'close').catch(() => {});
    }
  }
  await withTimeout(browser.close(), 30_000, 'close').catch(() => {});
  front.close();
  tally.seconds = Math.round((Date.now() - started) / 1000);
  return tally;
}

/** The CSP reports received so far, after a moment for those on their way (they take tens of ms). */
async function takeReports(front) {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return front.take();
}

const engines = selectedEngines();
const site = await serveDemoBuild({ htmlHeaders: () => ({ 'content-security-policy': reporting(strictPolicy) }) });
const tallies = [];
if (process.argv.includes('--parallel')) tallies.push(...(await Promise.all(engines.map((engine) => runEngine(engine, site)))));
else for (const engine of engines) tallies.push(await runEngine(engine, site));
site.close();

for (const t of tallies) console.log(`${t.engine}: ${t.passed} ok, ${t.failed} FAIL, ${t.skipped} skipped in ${t.seconds} s`);
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
