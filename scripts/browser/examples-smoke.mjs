// Smoke test of the host examples (examples/html, examples/react, examples/vue), as a host's QA
// would click them: each one in headless Chromium, through role-based locators only, checking that
//   - the shell renders (the "Settings sections" navigation);
//   - a built-in section shows its content (Personal > General: the profile form, filled in);
//   - the example's own section (Personal > Newsletter) renders, saves, and says so;
//   - the host hears `settings-navigate` and `settings-company-changed` through its framework's
//     binding (React: the native JSX listener and the @lit/react wrapper's callback);
// with no console error and no page error. And that the mocks stay out of production: a production
// build of the React example holds no msw, no mocks and no worker, and the no-build page served from
// another host than this machine loads neither. Ends with a plain "N passed, N failed" line.
//
// Fast on purpose (CI's budget): one browser; the library is built only when dist/ is missing
// (`npm run build`); the React and Vue examples are built in this process with vite's API, as
// development builds (`import.meta.env.DEV`, so the mocks are in), the React one also for production
// into a temporary folder. `--no-build` builds nothing and serves what is there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
/**
 * Builds an example with vite's API. `nodeEnv` decides `import.meta.env.DEV`, which is what starts the
 * mocks: "development" is `NODE_ENV=development vite build --mode development`. Vite keeps a NODE_ENV it
 * finds set (and sets one for good when none is), so it is set around each build and restored after.
 */
async function buildExample(example, nodeEnv, outDir) {
  const since = performance.now();
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = nodeEnv;
  try {
    await build({ root: join(root, 'examples', example), mode: nodeEnv, logLevel: 'warn', ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
  console.log(`built examples/${example} for ${nodeEnv}${outDir ? ` into ${outDir}` : ''} in ${seconds(since)}`);
}

if (!noBuild) {
  for (const example of ['react', 'vue']) await buildExample(example, 'development');
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

// Chromium resolves this name to this machine, so the no-build page can be opened as if deployed.
const deployedHost = 'settings.example';

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

// What only the mocks and msw contain (the worker's URL, msw's entry point and its log prefix). The
// development build must hold each, or this check could not see them.
const mockMarkers = ['mockServiceWorker', 'setupWorker', '[MSW]'];
/** Each marker with the files under `dir` that hold it; the worker script itself counts as a hit. */
function markersIn(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const hits = new Map(mockMarkers.map((marker) => [marker, []]));
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    const text = readFileSync(path, 'utf8');
    for (const marker of mockMarkers) {
      if (text.includes(marker) || (marker === 'mockServiceWorker' && file.name.startsWith(marker))) hits.get(marker).push(path.slice(dir.length + 1));
    }
  }
  return hits;
}

if (!noBuild) {
  await check('react: a production build holds no msw, no mocks, no mock worker', [], async () => {
    const missing = [...markersIn(join(root, 'examples/react/dist'))].filter(([, files]) => !files.length).map(([marker]) => marker);
    if (missing.length) throw new Error(`the development build lacks ${missing.join(', ')}: the markers no longer find the mocks`);
    const outDir = mkdtempSync(join(tmpdir(), 'examples-react-production-'));
    try {
      await buildExample('react', 'production', outDir);
      const app = readdirSync(join(outDir, 'assets')).some((file) => readFileSync(join(outDir, 'assets', file), 'utf8').includes('Acme settings (React host)'));
      if (!app) throw new Error('the production build does not hold the app');
      const found = [...markersIn(outDir)].filter(([, files]) => files.length);
      if (found.length) throw new Error(`found ${found.map(([marker, files]) => `"${marker}" in ${files.join(', ')}`).join('; ')}`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, `--host-resolver-rules=MAP ${deployedHost} 127.0.0.1`],
});
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

// The no-build page as deployed (served from another host): the real API from its <meta>, no mocks.
await check('html: served from another host, the page loads neither msw nor the mocks', [], async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const { port } = new URL(servers.html.url);
  const api = page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/api/'));
  await page.goto(`http://${deployedHost}:${port}/examples/html/`);
  await api; // the provider asks the real API (absent here) for the session
  await context.close();
  const mocks = requested.filter((path) => /\/msw\/|\/dist-mocks\/|mocks\.js$|\/msw\.js$|mockServiceWorker/.test(path));
  if (mocks.length) throw new Error(`it requested ${mocks.join(', ')}`);
});

await browser.close();
for (const server of Object.values(servers)) server.close();
const failed = results.filter((ok) => !ok).length;
console.log(`examples smoke: ${seconds(started)} in all`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
