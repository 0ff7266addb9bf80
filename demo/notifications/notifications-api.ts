/**
 * A host's own API for its own section — here, Acme's notification preferences. Nothing in
 * settings-elements knows these routes: the host adds the methods to the client it hands the
 * provider, so its section gets the provider's 401 reporting and error type like ours.
 */
import { SettingsApiError, type HttpClientOptions, type SettingsClient } from '../../src/index.js';

export const notificationChannels = ['email', 'inApp', 'slack'] as const;
export const notificationEvents = ['memberJoined', 'apiKeyExpiring', 'invoiceAvailable', 'weeklySummary'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export type NotificationEvent = (typeof notificationEvents)[number];

/** For every event, whether it is sent on each channel. */
export type NotificationMatrix = Record<NotificationEvent, Record<NotificationChannel, boolean>>;

export interface NotificationPreferences {
  matrix: NotificationMatrix;
}

export interface NotificationsClient {
  getNotificationPreferences(options?: { signal?: AbortSignal }): Promise<NotificationPreferences>;
  updateNotificationPreferences(update: NotificationPreferences, options?: { signal?: AbortSignal }): Promise<NotificationPreferences>;
}

/** Acme's client: the settings contract plus its own routes. */
export type AcmeClient = SettingsClient & NotificationsClient;

/** The notifications routes, over the same base URL and headers as the settings client. */
export function createNotificationsClient(options: Pick<HttpClientOptions, 'baseUrl' | 'headers'>): NotificationsClient {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/acme/notifications`;
  async function call(method: 'GET' | 'PUT', body: unknown, signal: AbortSignal | undefined): Promise<NotificationPreferences> {
    const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    headers.set('Accept', 'application/json');
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    let response: Response;
    try {
      response = await fetch(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}), ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw new SettingsApiError({ status: 0, code: 'aborted', message: 'The request was cancelled.', cause: error });
      throw new SettingsApiError({ status: 0, code: 'network_error', message: 'The server could not be reached.', cause: error });
    }
    const json = (await response.json().catch(() => null)) as { error?: { code: string; message: string; fields?: Record<string, string> } } | null;
    if (!response.ok) {
      const error = json?.error;
      throw new SettingsApiError({
        status: response.status,
        code: error?.code ?? 'server_error',
        message: error?.message ?? `The server answered ${response.status}.`,
        ...(error?.fields ? { fieldErrors: error.fields } : {}),
      });
    }
    return json as unknown as NotificationPreferences;
  }
  return {
    getNotificationPreferences: (o) => call('GET', undefined, o?.signal),
    updateNotificationPreferences: (update, o) => call('PUT', update, o?.signal),
  };
}

/** The notifications half of the provider's client, with a clear message when the host forgot it. */
export function notificationsApi(client: SettingsClient): NotificationsClient {
  const api = client as Partial<AcmeClient>;
  if (typeof api.getNotificationPreferences !== 'function' || typeof api.updateNotificationPreferences !== 'function') {
    throw new SettingsApiError({ status: 0, code: 'network_error', message: 'This client has no notifications API: add createNotificationsClient() to it.' });
  }
  return api as NotificationsClient;
}
