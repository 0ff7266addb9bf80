// The page's one module: define the tags, start the mocks, hand the provider its client.
import 'settings-elements/define';
import { setupWorker } from 'msw/browser';
import { createHttpClient } from 'settings-elements';
import { createHandlers, createMockDb, tokenFor } from 'settings-elements/mocks';
import { AcmeNewsletter } from './newsletter/acme-newsletter.js';
import { createNewsletterClient } from './newsletter/newsletter-api.js';
import { createNewsletterHandlers } from './newsletter/newsletter-mocks.js';
import { newsletterSection } from './newsletter/newsletter-section.js';

// The host's own section element, registered like the library's: one explicit side effect.
customElements.define(newsletterSection.tagName, AcmeNewsletter);

// The library's mock server plus the host's own routes (answered first). The worker script sits
// beside this page (`npx msw init examples/html`), so its scope covers the page.
await setupWorker(...createNewsletterHandlers(), ...createHandlers({ db: createMockDb() })).start({
  quiet: true,
  onUnhandledRequest: 'bypass',
  serviceWorker: { url: './mockServiceWorker.js' },
});

// Signed in as the mocks' Organization Owner. A real host passes its own auth header here.
const connection = { baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor('owner')}` } };
const provider = document.querySelector('settings-provider');
// The settings contract plus the host's own routes, so its section shares the 401 handling.
provider.client = { ...createHttpClient(connection), ...createNewsletterClient(connection) };
provider.sections = [newsletterSection];

// What a host hears: navigation (settings-app follows the URL hash itself here) and company switches.
const heard = document.querySelector('#host-events');
provider.addEventListener('settings-navigate', (event) => (heard.textContent = `settings-navigate → ${event.section}`));
provider.addEventListener('settings-company-changed', (event) => (heard.textContent = `settings-company-changed → ${event.companyId}`));

// The change stream: every accepted write's audit record (the host's own section's too), one
// listener for the whole area. A real host sends it to its audit store; this page shows the last one.
const audited = document.querySelector('#audit-log');
provider.addEventListener('settings-change', ({ change }) => {
  audited.textContent = `${change.action} (${change.target.type} ${change.target.id}) by ${change.actor.email}`;
});
