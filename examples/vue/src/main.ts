// The tags are defined before mount(): Vue sets `:client` and `:sections` as properties only on
// an element that already has them (otherwise it would write attributes).
import 'settings-elements/define';
import type {} from 'settings-elements/vue';
import { startMockWorker } from 'settings-elements/mocks';
import { createApp } from 'vue';
import App from './App.vue';
import { AcmeNewsletter } from './newsletter/acme-newsletter.js';
import { createNewsletterHandlers } from './newsletter/newsletter-mocks.js';
import { newsletterSection } from './newsletter/newsletter-section.js';

// The host's own section element, registered here, where the app starts: a bare
// `import './acme-newsletter.js'` would be dropped by a bundler that trusts "sideEffects".
customElements.define(newsletterSection.tagName, AcmeNewsletter);

// The library's mock server, plus the routes of the host's own section (answered first).
await startMockWorker({ quiet: true, handlers: createNewsletterHandlers() });

createApp(App).mount('#app');
