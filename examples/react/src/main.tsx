// The tags are defined before the first render: React (like the @lit/react wrappers) can only set
// a property such as `client` on an element that already has it.
import 'settings-elements/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startMockWorker } from 'settings-elements/mocks';
import { App } from './App.js';
import { AcmeNewsletter } from './newsletter/acme-newsletter.js';
import { createNewsletterHandlers } from './newsletter/newsletter-mocks.js';
import { newsletterSection } from './newsletter/newsletter-section.js';

// The host's own section element, registered here, where the app starts: a bare
// `import './acme-newsletter.js'` would be dropped by a bundler that trusts "sideEffects".
customElements.define(newsletterSection.tagName, AcmeNewsletter);

// The library's mock server, plus the routes of the host's own section (answered first).
await startMockWorker({ quiet: true, handlers: createNewsletterHandlers() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
