// The tags are defined before mount(): Vue sets `:client` and `:sections` as properties only on
// an element that already has them (otherwise it would write attributes).
import 'settings-elements/define/settings-provider';
// The shell: each section's code arrives when the section is first needed (a chunk of its own).
import 'settings-elements/define/settings-app';
import type {} from 'settings-elements/vue';
import { createHttpClient } from 'settings-elements/client';
import { createApp } from 'vue';
import App from './App.vue';
import { connect } from './connection.js';
import { AcmeNewsletter } from './newsletter/acme-newsletter.js';
import { createNewsletterClient } from './newsletter/newsletter-api.js';
import { newsletterSection } from './newsletter/newsletter-section.js';

// The host's own section element, registered here, where the app starts: a bare
// `import './acme-newsletter.js'` would be dropped by a bundler that trusts "sideEffects".
customElements.define(newsletterSection.tagName, AcmeNewsletter);

// The mock server in development, the real API in a production build (connection.ts).
const connection = await connect();
// The settings contract plus the host's own routes, so its section shares the 401 handling.
const client = { ...createHttpClient(connection), ...createNewsletterClient(connection) };

createApp(App, { client }).mount('#app');
