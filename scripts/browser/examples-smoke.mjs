// Smoke test of the host examples (examples/html, examples/react, examples/vue), as a host's QA
// would click them: each one in headless Chromium, through role-based locators only, checking that
//   - the shell renders (the "Settings sections" navigation);
//   - a built-in section shows its content (Personal > General: the profile form, filled in);
//   - the example's own section (Personal > Newsletter) renders, saves, and says so;
//   - the host hears `settings-navigate` and `settings-company-changed` through its framework's
//     binding (React: the native JSX listener and the @lit/react wrapper's callback);
// with no console error and no page error. Ends with a plain "N passed, N failed" line.
//
// Fast on purpose (CI's budget): one browser; the library is built only when dist/ is missing
// (`npm run build`); the React and Vue examples are built in this process with vite's API.
// `--no-build` builds nothing and serves what is there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const noBuild = process.argv.includes('--no-build');

// --- build ---------------------------------------------------------------------------------------
const libraryBuilt = ['dist/index.js', 'dist/define.js', 'dist/generated/react/index.js', 'dist-mocks/index.js'].every((f) => existsSync(join(root, f)));
if (!libraryBuilt) {
  if (noBuild) throw new Error('examples-smoke: dist/ is missing; run `npm run build` (or drop --no-build).');
  const since = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  console.log(`built the library in ${seconds(since)}`);
}
if (!noBuild) {
  for (const example of ['react', 'vue']) {
    const since = performance.now();
    await build({ root: join(root, 'examples', example), logLevel: 'warn' });
    console.log(`built examples/${example} in ${seconds(since)}`);
  }
}

// --- serve ---------------------------------------------------------------------------------------
// Each example on its own origin, as each would be deployed: the built React and Vue apps from
// their dist/ (with the mock worker at /mockServiceWorker.js), the no-build page from the repo root
// (its import map points at /node_modules, /dist and /dist-mocks; its worker sits beside it).
const servers = {
  html: await serveStatic(root),
  react: await serveStatic(join(root, 'examples/react/dist')),
  vue: await serveStatic(join(root, 'examples/vue/dist')),
};
const examples = [
  { name: 'html', url: `${servers.html.url}/examples/html/` },
  { name: 'react', url: `${servers.react.url}/` },
  { name: 'vue', url: `${servers.vue.url}/` },
];

const results = [];
/** One named check: passes when `fn` resolves and the page logged no error at all. */
async function check(name, errors, fn) {
  const since = performance.now();
  try {
    await fn();
    if (errors.length) throw new Error(`errors on the page: ${errors.join(' | ')}`);
    results.push(true);
    console.log(`ok   ${name} (${seconds(since)})`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
  }
}

// The no-build page registers its own copy of msw's worker; it must be the one msw installed.
await check('html: examples/html/mockServiceWorker.js is the installed msw worker', [], async () => {
  const copy = readFileSync(join(root, 'examples/html/mockServiceWorker.js'), 'utf8');
  if (copy !== readFileSync(join(root, 'public/mockServiceWorker.js'), 'utf8')) {
    throw new Error("stale: run 'npx msw init examples/html' and commit it");
  }
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const example of examples) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const nav = page.getByRole('navigation', { name: 'Settings sections' });

  await check(`${example.name}: the shell renders its navigation`, errors, async () => {
    await page.goto(example.url);
    await nav.getByRole('link', { name: 'General' }).waitFor();
    await nav.getByRole('link', { name: 'API keys' }).waitFor();
  });

  await check(`${example.name}: Personal > General shows the profile form`, errors, async () => {
    await nav.getByRole('link', { name: 'General' }).click();
    await page.getByRole('heading', { name: 'General', level: 2 }).waitFor();
    const profile = page.getByRole('region', { name: 'Profile' });
    const name = profile.getByRole('textbox', { name: 'Name', exact: true });
    await name.waitFor();
    if (!(await name.inputValue())) throw new Error('the Name field is empty');
    await page.getByRole('button', { name: 'Send password reset email' }).waitFor();
  });

  await check(`${example.name}: the host's Personal > Newsletter renders and saves`, errors, async () => {
    await nav.getByRole('link', { name: 'Newsletter' }).click();
    await page.getByRole('heading', { name: 'Newsletter', level: 2 }).waitFor();
    await page.getByRole('checkbox', { name: 'Send me the Acme newsletter' }).check();
    await page.getByRole('combobox', { name: 'How often' }).selectOption({ label: 'Every week' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Newsletter preferences saved.').waitFor();
  });

  await check(`${example.name}: the host hears settings-navigate and settings-company-changed`, errors, async () => {
    const heard = page.getByRole('status', { name: 'Host events' });
    await heard.filter({ hasText: 'settings-navigate → acme/newsletter' }).waitFor();
    await page.getByRole('button', { name: /^Company: / }).click();
    await page.getByRole('menuitemradio', { checked: false }).first().click();
    await heard.filter({ hasText: 'settings-company-changed → ' }).waitFor();
  });

  await context.close();
}

await browser.close();
for (const server of Object.values(servers)) server.close();
const failed = results.filter((ok) => !ok).length;
console.log(`examples smoke: ${seconds(started)} in all`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
