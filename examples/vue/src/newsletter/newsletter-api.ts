/**
 * The example host's own API for its own section: whether the user gets Acme's newsletter, and how
 * often. Built on the library's transport (`createHttpRequest`), so its errors and 401s are the
 * library's too, and added to the client the host hands the provider.
 */
import { createHttpRequest, SettingsApiError, type HttpClientOptions, type SettingsClient } from 'settings-elements/client';

export const frequencies = ['weekly', 'monthly'] as const;
export type Frequency = (typeof frequencies)[number];

export interface Newsletter {
  subscribed: boolean;
  frequency: Frequency;
}

export interface NewsletterClient {
  getNewsletter(options?: { signal?: AbortSignal }): Promise<Newsletter>;
  updateNewsletter(newsletter: Newsletter, options?: { signal?: AbortSignal }): Promise<Newsletter>;
}

export function createNewsletterClient(options: HttpClientOptions): NewsletterClient {
  const request = createHttpRequest(options);
  return {
    getNewsletter: (o) => request('GET', '/acme/newsletter', { signal: o?.signal }),
    updateNewsletter: (newsletter, o) => request('PUT', '/acme/newsletter', { body: newsletter, signal: o?.signal }),
  };
}

/** The newsletter half of the provider's client, with a clear error when the host forgot it. */
export function newsletterApi(client: SettingsClient): NewsletterClient {
  const api = client as Partial<NewsletterClient>;
  if (typeof api.getNewsletter !== 'function' || typeof api.updateNewsletter !== 'function') {
    throw new SettingsApiError({ status: 0, code: 'network_error', message: 'This client has no newsletter API: add createNewsletterClient() to it.' });
  }
  return api as NewsletterClient;
}
