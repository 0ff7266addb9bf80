// The demo under a strict Content-Security-Policy — `default-src 'self'`, no 'unsafe-inline', no
// 'unsafe-eval' (see static-server.mjs) — the policy a locked-down host runs. Builds the production
// demo (vite.demo.config.ts), serves it with the policy, opens every section of every persona,
// opens the dialogs (Create key and its secret, Add member, Add site, a row menu), and counts
// `securitypolicyviolation` events. Passes only with 0.
// Usage: node scripts/demo-csp.mjs [--no-build]
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveDemoBuild, strictPolicy } from './static-server.mjs';

const server = await serveDemoBuild({ htmlHeaders: () => ({ 'content-security-policy': strictPolicy }) });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const context = await browser.newContext();
await context.addInitScript(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || '?'}:${e.lineNumber}`),
  );
});

const violations = [];
let pages = 0;
async function visit(url, act) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page.locator('settings-app').getByRole('navigation').first().waitFor({ timeout: 15_000 });
    await act?.(page);
    await page.waitForTimeout(200);
    for (const v of await page.evaluate(() => window.__cspViolations)) violations.push(`${url}: ${v}`);
    for (const e of errors) violations.push(`${url}: uncaught ${e}`);
    pages++;
  } finally {
    await page.close();
  }
}

const personas = ['owner', 'org-admin', 'billing-manager', 'company-admin', 'company-viewer', 'sso-user', 'no-api-keys', 'no-billing-profile', 'large-org'];
for (const persona of personas) {
  // Every section the persona may open, by clicking through the navigation as a user would.
  await visit(`${server.url}/?persona=${persona}`, async (page) => {
    const links = page.locator('settings-app').getByRole('navigation').getByRole('link');
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).click();
      await page.waitForTimeout(150);
    }
  });
}
await visit(`${server.url}/?persona=owner&section=organization/api-keys`, async (page) => {
  await page.getByRole('button', { name: 'Create key', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Create key' });
  await dialog.getByLabel('Name', { exact: true }).fill('CSP check');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  const secret = page.getByRole('dialog', { name: 'New API key “CSP check”' });
  await secret.getByRole('button', { name: 'Copy' }).click();
  await secret.getByLabel('I have saved this secret').check();
  await secret.getByRole('button', { name: 'Done' }).click();
});
await visit(`${server.url}/?persona=owner&section=organization/admin-team`, async (page) => {
  await page.getByRole('button', { name: 'Add member', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Role').selectOption({ label: 'Admin' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Actions for / }).first().click();
  await page.getByRole('menuitem').first().waitFor();
  await page.keyboard.press('Escape');
});
await visit(`${server.url}/?persona=company-viewer&section=company/sites`, async (page) => {
  await page.getByRole('button', { name: /company/i }).first().click();
  await page.keyboard.press('Escape');
});

await browser.close();
server.close();
for (const v of violations) console.log(`FAIL ${v}`);
console.log(`demo under strict CSP: ${pages} pages, ${violations.length} violations`);
console.log(`${violations.length ? 0 : 1} passed, ${violations.length ? 1 : 0} failed`);
process.exit(violations.length ? 1 : 0);
