// Smoke test of the demo: its production build (vite.demo.config.ts, the code `npm start` serves,
// bundled as a host ships it), served under a strict Content-Security-Policy — `default-src 'self'`,
// no 'unsafe-inline', no 'unsafe-eval' — so every check also fails on a CSP violation. Opens every
// persona in Debian chromium
// and checks what the personas promise — the navigation each persona sees, every hidden section
// explained, and that a company-only member following a deep link to API keys sends no request
// under /organization/ — and, as a QA engineer would, fills and submits Create key, Add member and
// Add site through role-scoped locators only (getByRole('dialog', { name }).getByLabel(…)), and that
// no section's content jumps while it loads (layout shift below 0.05 with 300 ms of mock latency).
// Ends with a plain "N passed, N failed" line.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
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

const server = await serveDemoBuild({ htmlHeaders: () => ({ 'content-security-policy': strictPolicy }) });
const base = `${server.url}/`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const context = await browser.newContext();
// Every CSP violation of every page, from its first script on.
await context.addInitScript(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber}`),
  );
});

/** Reads the shell from inside its shadow root, retrying the session for the `unstable` persona. */
async function readShell(page) {
  for (let attempt = 0; attempt < 15; attempt++) {
    const state = await page
      .waitForFunction(
        () => {
          const provider = document.querySelector('settings-provider');
          const app = document.querySelector('settings-app');
          if (provider?.shadowRoot?.querySelector('[role=alert] button')) return { error: true };
          const root = app?.shadowRoot;
          if (!root?.querySelector('[part=nav]')) return null;
          return {
            nav: [...root.querySelectorAll('[part~=nav-link]')].map((a) => a.textContent.trim()),
            hidden: [...root.querySelectorAll('[part=hidden-help] li')].map((li) => ({ id: li.dataset.section, text: li.textContent.trim() })),
            heading: root.querySelector('h2')?.textContent.trim(),
            notice: root.querySelector('[part=access-notice]')?.dataset.reason ?? null,
          };
        },
        null,
        { timeout: 15000 },
      )
      .then((handle) => handle.jsonValue());
    if (!state.error) return state;
    await page.locator('settings-provider').getByRole('button', { name: 'Try again' }).click();
  }
  throw new Error('the session never loaded');
}

const results = [];
async function check(name, fn) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await fn(page);
    if (errors.length) throw new Error(`uncaught: ${errors.join('; ')}`);
    const violations = await page.evaluate(() => window.__cspViolations);
    if (violations.length) throw new Error(`CSP: ${violations.join('; ')}`);
    results.push(true);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error.message}`);
  } finally {
    await page.close();
  }
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

await check('the persona switcher lists all ten personas, and Reset mock data is there', async (page) => {
  await page.goto(base);
  await readShell(page);
  const options = await page.locator('#persona option').evaluateAll((os) => os.map((o) => o.value));
  if (!same(options.sort(), Object.keys(expectedNav).sort())) throw new Error(`options: ${options}`);
  await page.getByRole('button', { name: 'Reset mock data' }).click();
});

for (const [persona, nav] of Object.entries(expectedNav)) {
  await check(`${persona}: navigation matches the persona and every hidden section is explained`, async (page) => {
    await page.goto(`${base}?persona=${persona}`);
    const shell = await readShell(page);
    if (!same(shell.nav, nav)) throw new Error(`nav ${JSON.stringify(shell.nav)}`);
    if (shell.nav.length + shell.hidden.length !== sectionCount) throw new Error(`hidden ${JSON.stringify(shell.hidden)}`);
    const unexplained = shell.hidden.filter((h) => h.text.split(':').slice(1).join(':').trim().length < 20);
    if (unexplained.length) throw new Error(`unexplained: ${JSON.stringify(unexplained)}`);
    if (persona === 'unstable') return;
    // Every section the persona may open, clicked as a user would (under the strict CSP).
    const links = page.locator('settings-app').getByRole('navigation').getByRole('link');
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).click();
      await page.waitForTimeout(120);
    }
  });
}

for (const persona of companyOnly) {
  await check(`${persona}: a deep link to organization/api-keys explains and sends no /organization/ request`, async (page) => {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}?persona=${persona}&section=organization/api-keys`);
    const shell = await readShell(page);
    await page.waitForLoadState('networkidle');
    if (shell.notice !== 'not-organization-member') throw new Error(`notice ${shell.notice}`);
    const organizationRequests = requests.filter((p) => p.includes('/organization/'));
    if (organizationRequests.length) throw new Error(`requested ${organizationRequests}`);
  });
}

await check('switching persona signs in as the new persona', async (page) => {
  await page.goto(`${base}?persona=owner`);
  await readShell(page);
  await page.selectOption('#persona', 'company-viewer');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('persona') === 'company-viewer');
  await page.waitForFunction((expected) => document.querySelector('settings-app')?.shadowRoot?.querySelectorAll('[part~=nav-link]').length === expected, expectedNav['company-viewer'].length, { timeout: 15000 });
});

// --- dialogs, the way QA tests them: role-scoped locators only --------------------------------------

/** Opens the demo as the owner at a section and waits for its panel's first rows. */
async function openSection(page, section) {
  await page.goto(`${base}?persona=owner&section=${section}`);
  await readShell(page);
}

await check('Create key: fill and submit through getByRole(dialog).getByLabel, then the secret is shown once', async (page) => {
  await openSection(page, 'organization/api-keys');
  await page.getByRole('button', { name: 'Create key', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create key' });
  await dialog.getByLabel('Name', { exact: true }).fill('Smoke test key');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const secret = page.getByRole('dialog', { name: 'New API key “Smoke test key”' });
  await secret.getByText("Copy this secret now. You won't see it again.").waitFor();
  await secret.getByRole('button', { name: 'Copy' }).click();
  await secret.getByLabel('I have saved this secret').check();
  await secret.getByRole('button', { name: 'Done' }).click();
  await secret.waitFor({ state: 'hidden' });
});

await check('Add member: fill and submit through getByRole(dialog).getByLabel', async (page) => {
  await openSection(page, 'organization/admin-team');
  await page.getByRole('button', { name: 'Add member', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Email address').fill('smoke.test@example.com');
  await dialog.getByLabel('Role').selectOption({ label: 'Billing manager' });
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Invitation email sent to smoke.test@example.com.').waitFor();
});

await check('Add site: fill and submit through getByRole(dialog).getByLabel', async (page) => {
  await openSection(page, 'company/sites');
  await page.getByRole('button', { name: 'Add site', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add site' });
  await dialog.getByLabel('Name', { exact: true }).fill('Smoke test site');
  await dialog.getByLabel('Address').fill('1 Test Street, Springfield');
  await dialog.getByLabel('Time zone').fill('Europe/Paris');
  await dialog.getByRole('button', { name: 'Add site' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Smoke test site was added.').waitFor();
});

await check('a row menu and the company switcher open (popovers in the top layer)', async (page) => {
  await openSection(page, 'organization/admin-team');
  await page.getByRole('button', { name: /^Actions for / }).first().click();
  await page.getByRole('menuitem').first().waitFor();
  await page.keyboard.press('Escape');
  await page.locator('settings-company-switcher').getByRole('button').first().click();
  await page.keyboard.press('Escape');
});

/** Above this, content visibly jumps while a section loads (Core Web Vitals call 0.1 "good"). */
const maxLayoutShift = 0.05;

await check(`opening each section shifts the layout by less than ${maxLayoutShift} (300 ms latency, loading state first)`, async (page) => {
  await page.goto(`${base}?persona=owner&section=personal/general&mock-latency=300-300`);
  await readShell(page);
  const names = await page.locator('settings-app').getByRole('navigation').getByRole('link').allTextContents();
  const jumps = [];
  for (const name of names.map((n) => n.trim())) {
    // The answers come at 300 ms: a second covers them, their rendering and what follows it.
    const shift = await layoutShiftOpening(page, name, 1000);
    if (shift >= maxLayoutShift) jumps.push(`${name}: ${shift.toFixed(3)}`);
  }
  if (jumps.length) throw new Error(`layout shift while opening ${jumps.join(', ')}`);
});

await browser.close();
server.close();
const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
