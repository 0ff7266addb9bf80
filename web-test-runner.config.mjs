// @web/test-runner: tests in Chromium, Firefox and WebKit (every installed engine, or ENGINES=…; see
// scripts/browser/engines.mjs), TS through esbuild, MSW through its real service worker.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { engineLaunchers } from './scripts/browser/wtr-launchers.mjs';

/** The runs whose flaky module has failed its first fetch. */
const flakyServed = new Set();

/** Lit prints this once per page in development builds; every other Lit warning must stay visible. */
const LIT_DEV_MODE_NOTICE = 'Lit is in dev mode';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  // 'browser': msw/browser must get @mswjs/interceptors' browser builds (F1).
  // 'development': Lit's dev build, so its warnings (class-field shadowing, change-in-update, …) show up.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [
    // MSW's worker must be served from the site root so its scope covers the test pages (F2).
    function mswWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
      return next();
    },
    // A module that fails its first fetch, as a chunk does on a flaky network, then arrives. For each
    // run (one per engine, since they share this server) the first fetch is answered 503, then:
    // - /__flaky/<tag>.js?run=<id> defines <tag>, which says 'arrived' (test/components/lazy-sections.test.ts);
    // - /__flaky/<folder>/<name>.js?run=<id> is our module /<folder>/<name>.ts, by a redirect (a
    //   chunk's address ends in .js, as importAgain expects) (test/kit/dialog-code-again.test.ts,
    //   test/components/settings-admin-team-form-code.test.ts).
    function flakyModule(ctx, next) {
      const path = /^\/__flaky\/(.+)$/.exec(ctx.path)?.[1];
      if (!path) return next();
      ctx.set('Cache-Control', 'no-store');
      const run = `${path} ${ctx.query.run}`;
      if (!flakyServed.has(run)) {
        flakyServed.add(run);
        ctx.status = 503;
        return;
      }
      if (path.includes('/')) return ctx.redirect(`/${path.replace(/\.js$/, '.ts')}`);
      const tag = /^([a-z]+-[a-z-]+)\.js$/.exec(path)?.[1];
      if (!tag) return next();
      ctx.type = 'text/javascript';
      ctx.body = `customElements.define('${tag}', class extends HTMLElement { connectedCallback() { this.textContent = 'arrived'; } });`;
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: engineLaunchers(),
  // all three engines at once: Chromium and Firefox run two files each, WebKit one (see its launcher)
  concurrentBrowsers: 3,
  // Time for a WebKit page that did not open to get a new browser and open there (wtr-launchers.mjs).
  browserStartTimeout: 60_000,
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes(LIT_DEV_MODE_NOTICE)),
  // A guard against hangs, not a speed check: with three engines sharing two cores, an axe run in
  // Firefox or WebKit can take over 5 s (the open company switcher of a 200-company organization:
  // 11-12 s in WebKit with the machine otherwise busy), and a test of several WebDriver key presses in
  // WebKit once took over 10 s (the Admin team's debounced search, in CI).
  testFramework: { config: { timeout: 30_000 } },
  // enforced only with --coverage (npm run test:coverage)
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
  },
};
