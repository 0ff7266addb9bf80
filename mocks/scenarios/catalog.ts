import type { ApiKeyPolicyRecord } from '../db/records.js';
import type { DataRepositorySettings, DateFormat, Preferences, StorageRegion } from '../../src/api/types.js';

/** Options the server offers every tenant. */

export const storageRegions: readonly StorageRegion[] = [
  { id: 'eu-west', name: 'EU West (Ireland)' },
  { id: 'eu-central', name: 'EU Central (Frankfurt)' },
  { id: 'us-east', name: 'US East (Virginia)' },
  { id: 'us-west', name: 'US West (Oregon)' },
  { id: 'ap-southeast', name: 'Asia Pacific (Singapore)' },
];

export const dateFormats: readonly DateFormat[] = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY'];

/** Days data is kept; `null` keeps it indefinitely. */
export const retentionOptions: readonly (number | null)[] = [30, 90, 365, 730, null];

export function dataRepository(
  settings: Pick<DataRepositorySettings, 'storageRegion' | 'retentionDays' | 'crossCompanySharing'>,
): DataRepositorySettings {
  return { ...settings, availableRegions: [...storageRegions], retentionOptions: [...retentionOptions] };
}

export function preferences(settings: Pick<Preferences, 'language' | 'timeZone' | 'dateFormat'>): Preferences {
  return {
    ...settings,
    theme: 'system',
    emailNotifications: { productUpdates: true, securityAlerts: true, weeklyDigest: false },
  };
}

/** No lifetime limit; keys flagged two weeks before they expire. */
export function defaultApiKeyPolicy(): ApiKeyPolicyRecord {
  return { maxLifetimeDays: null, expiryWarningDays: 14, updatedBy: null, updatedAt: null };
}
