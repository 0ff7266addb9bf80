// @web/test-runner: tests in Debian's headless Chromium, TS through esbuild, MSW through its real
// service worker.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/browser/chromium.mjs';

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
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && arg.includes(LIT_DEV_MODE_NOTICE)),
  testFramework: { config: { timeout: 5000 } },
  // enforced only with --coverage (npm run test:coverage)
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
  },
};
