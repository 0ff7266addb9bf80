import type { ApiKeyRecord } from '../db/records.js';
import { createSecret, displayPrefix } from '../db/secrets.js';
import { isoDaysFrom } from '../time.js';
import type { ScenarioContext } from './context.js';

const integrations = [
  'CI deploy',
  'Data warehouse sync',
  'Zapier integration',
  'Mobile app backend',
  'Reporting export',
  'Salesforce connector',
  'Inventory sync',
  'Staging environment',
  'Partner portal',
  'Nightly backup',
  'ERP bridge',
  'Monitoring',
] as const;

/** A third of old keys have full access; the rest a typical set of scopes. */
const scopeSets: readonly string[][] = [
  ['sites:read'],
  ['sites:read', 'sites:write'],
  ['members:read'],
  ['data-repository:read'],
  ['billing:read'],
  ['sites:read', 'members:read', 'data-preferences:read'],
];

function accessOf(roll: number): { fullAccess: boolean; scopes: string[] } {
  if (roll < 1 / 3) return { fullAccess: true, scopes: [] };
  return { fullAccess: false, scopes: [...scopeSets[Math.floor((roll - 1 / 3) * 1.5 * scopeSets.length)]!] };
}

/**
 * Generates `count` API keys in the mix an old account accumulates: some never expire, some have
 * expired, some were revoked, some were never used. Names are unique ("Monitoring 2").
 */
export function generateApiKeys(context: ScenarioContext, count: number, creators: readonly { id: string; name: string }[]): ApiKeyRecord[] {
  const { random, now } = context;
  const seen = new Map<string, number>();
  const keys: ApiKeyRecord[] = [];
  for (let i = 0; i < count; i++) {
    const base = random.pick(integrations);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const createdAt = context.daysAgo(1, 720);
    const createdMs = Date.parse(createdAt);
    const between = (endMs: number) => new Date(createdMs + random.next() * (endMs - createdMs)).toISOString();
    const expiresAt = random.chance(0.4) ? null : isoDaysFrom(new Date(createdMs), random.pick([30, 90, 180, 365]));
    const revokedAt = random.chance(0.15) ? between(now.getTime()) : null;
    // A key is used until it is revoked or expires, and some keys never get used at all.
    const usableUntil = Math.min(now.getTime(), ...[expiresAt, revokedAt].filter((t) => t !== null).map((t) => Date.parse(t)));
    const lastUsedAt = random.chance(0.2) ? null : between(usableUntil);
    keys.push({
      id: context.id('key'),
      name: n === 1 ? base : `${base} ${n}`,
      prefix: displayPrefix(createSecret(random)),
      createdAt,
      createdBy: random.pick(creators),
      lastUsedAt,
      expiresAt,
      revokedAt,
      disabledAt: !revokedAt && random.chance(0.05) ? between(now.getTime()) : null,
      ...accessOf(random.next()),
      replacesKeyId: null,
      replacedByKeyId: null,
      rotationEndsAt: null,
    });
  }
  // Newest first, as the list shows them.
  return keys.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
