// The example host's own API for its own section: whether the user gets Acme's newsletter, and
// how often. Built on the library's transport (`createHttpRequest`), so its errors and 401s are
// the library's too, and added to the client the host hands the provider.
import { createHttpRequest, SettingsApiError } from 'settings-elements/client';

export const frequencies = ['weekly', 'monthly'];

/** @param {import('settings-elements').HttpClientOptions} options */
export function createNewsletterClient(options) {
  const request = createHttpRequest(options);
  return {
    getNewsletter: (o) => request('GET', '/acme/newsletter', { signal: o?.signal }),
    updateNewsletter: (newsletter, o) => request('PUT', '/acme/newsletter', { body: newsletter, signal: o?.signal }),
  };
}

/** The newsletter half of the provider's client, with a clear error when the host forgot it. */
export function newsletterApi(client) {
  if (typeof client.getNewsletter !== 'function' || typeof client.updateNewsletter !== 'function') {
    throw new SettingsApiError({ status: 0, code: 'network_error', message: 'This client has no newsletter API: add createNewsletterClient() to it.' });
  }
  return client;
}
