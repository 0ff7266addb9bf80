// The page's one module: define the tags, connect (the mocks here, the real API elsewhere), hand the
// provider its client.
import 'settings-elements/define';
import { createHttpClient } from 'settings-elements/client';
import { AcmeNewsletter } from './newsletter/acme-newsletter.js';
import { createNewsletterClient } from './newsletter/newsletter-api.js';
import { newsletterSection } from './newsletter/newsletter-section.js';

// The host's own section element, registered like the library's: one explicit side effect.
customElements.define(newsletterSection.tagName, AcmeNewsletter);

// A page with no build has no development mode; the address stands in for it. Served from this
// machine, the page starts the mock server (mocks.js: msw and the mocks are loaded only then).
// Anywhere else it talks to the real API that the page's <meta name="settings-api-url"> names, and
// a copy deployed as it is can never mock.
const onThisMachine = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
const connection = onThisMachine
  ? await (await import('./mocks.js')).startMocks()
  : // On the same origin the browser sends the session cookie itself; an API that wants a bearer
    // token gets it here, asked for per request: `headers: async () => ({ Authorization: … })`.
    { baseUrl: document.querySelector('meta[name="settings-api-url"]')?.content ?? '/api' };

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
