/**
 * Development only (see connection.ts): the library's mock server, through MSW's service worker
 * (`/mockServiceWorker.js`, which vite.config.ts serves only then), plus the routes of the app's own
 * section, answered first. Signed in as the mocks' Organization Owner.
 */
import type { HttpClientOptions } from 'settings-elements/client';
import { startMockWorker, tokenFor } from 'settings-elements/mocks';
import { createNewsletterHandlers } from './newsletter/newsletter-mocks.js';

export async function startMocks(): Promise<HttpClientOptions> {
  await startMockWorker({ quiet: true, handlers: createNewsletterHandlers() });
  return { baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor('owner')}` } };
}
