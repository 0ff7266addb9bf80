/**
 * A host's own API for its own section — here, Acme's notification preferences. Nothing in
 * settings-elements knows these routes: the host adds the methods to the client it hands the
 * provider, so its section gets the provider's 401 reporting and error type like ours.
 */
import { createHttpRequest, SettingsApiError, type HttpClientOptions, type SettingsClient } from '../../src/client.js';

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

/** The notifications routes, through the same transport (headers, errors) as the settings client. */
export function createNotificationsClient(options: HttpClientOptions): NotificationsClient {
  const request = createHttpRequest(options);
  return {
    getNotificationPreferences: (o) => request('GET', '/acme/notifications', { signal: o?.signal }),
    updateNotificationPreferences: (update, o) => request('PUT', '/acme/notifications', { body: update, signal: o?.signal }),
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
