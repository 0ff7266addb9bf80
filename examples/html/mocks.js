// Development only (main.js starts it on this machine alone): the library's mock server plus the
// page's own routes (answered first), signed in as the mocks' Organization Owner.
//
// msw comes from its browser build, a classic script that leaves it on `window.MockServiceWorker`
// (its ES modules import packages only a bundler resolves): it is loaded first, then the modules
// that import "msw" through the import map (msw.js reads that global).
const mswBrowserBuild = '/node_modules/msw/lib/iife/index.js';

/** @returns {Promise<import('settings-elements').HttpClientOptions>} */
export async function startMocks() {
  await loadScript(mswBrowserBuild);
  const [{ setupWorker }, { createHandlers, createMockDb, tokenFor }, { createNewsletterHandlers }] = await Promise.all([
    import('msw/browser'),
    import('settings-elements/mocks'),
    import('./newsletter/newsletter-mocks.js'),
  ]);
  // The worker script sits beside this page (`npx msw init examples/html`), so its scope covers the page.
  await setupWorker(...createNewsletterHandlers(), ...createHandlers({ db: createMockDb() })).start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: './mockServiceWorker.js' },
  });
  return { baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor('owner')}` } };
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}
