import type { ApiKeyRecord, CompanyRecord } from '../db/records.js';
import { createSecret, displayPrefix } from '../db/secrets.js';
import { firstOfNextMonth, monthlyInvoices } from './billing.js';
import { dataRepository, defaultApiKeyPolicy, preferences } from './catalog.js';
import type { ScenarioContext, TenantSeed } from './context.js';
import { activeAdmin, activeCompanyMember, invitedAdmin, invitedCompanyMember, user } from './members.js';
import { createPeople, type Person } from './people.js';
import { citiesNamed, createSites } from './places.js';

/**
 * Northwind Traders: the everyday tenant. Three companies, every feature, billing set up, and the
 * cast behind most personas (owner, org admin, billing manager and the company-only members).
 */

export const northwindCompanyIds = {
  retail: 'northwind-retail',
  logistics: 'northwind-logistics',
  health: 'northwind-health',
} as const;

export const northwindUserIds = {
  owner: 'northwind-user-olivia',
  orgAdmin: 'northwind-user-daniel',
  billingManager: 'northwind-user-priya',
  companyAdmin: 'northwind-user-lucas',
  companyViewer: 'northwind-user-hannah',
  ssoUser: 'northwind-user-kenji',
} as const;

const domain = 'northwind.example';
const cast = {
  owner: { name: 'Olivia Martin', email: `olivia.martin@${domain}` },
  orgAdmin: { name: 'Daniel Okafor', email: `daniel.okafor@${domain}` },
  billingManager: { name: 'Priya Raman', email: `priya.raman@${domain}` },
  companyAdmin: { name: 'Lucas Moreau', email: `lucas.moreau@${domain}` },
  companyViewer: { name: 'Hannah Schmidt', email: `hannah.schmidt@${domain}` },
  ssoUser: { name: 'Kenji Watanabe', email: `kenji.watanabe@${domain}` },
  secondAdmin: { name: 'Grace Thompson', email: `grace.thompson@${domain}` },
  healthAdmin: { name: 'Marco Bianchi', email: `marco.bianchi@${domain}` },
} satisfies Record<string, Person>;

export function buildNorthwind(context: ScenarioContext): TenantSeed {
  const { retail, logistics, health } = northwindCompanyIds;
  const people = createPeople(context.random, domain, Object.values(cast).map((p) => p.email));
  const users = [
    user({ id: northwindUserIds.owner, ...cast.owner, jobTitle: 'Chief Operating Officer', preferences: preferences({ language: 'en-GB', timeZone: 'Europe/London', dateFormat: 'DD/MM/YYYY' }) }),
    user({ id: northwindUserIds.orgAdmin, ...cast.orgAdmin, jobTitle: 'IT Director', preferences: preferences({ language: 'en-US', timeZone: 'America/New_York', dateFormat: 'MM/DD/YYYY' }) }),
    user({ id: northwindUserIds.billingManager, ...cast.billingManager, jobTitle: 'Finance Manager', preferences: preferences({ language: 'en-GB', timeZone: 'Europe/London', dateFormat: 'DD/MM/YYYY' }) }),
    user({ id: northwindUserIds.companyAdmin, ...cast.companyAdmin, jobTitle: 'Store Operations Lead', preferences: preferences({ language: 'fr-FR', timeZone: 'Europe/Paris', dateFormat: 'DD/MM/YYYY' }) }),
    user({ id: northwindUserIds.companyViewer, ...cast.companyViewer, jobTitle: 'Business Analyst', preferences: preferences({ language: 'de-DE', timeZone: 'Europe/Berlin', dateFormat: 'DD.MM.YYYY' }) }),
    user({
      id: northwindUserIds.ssoUser,
      ...cast.ssoUser,
      jobTitle: 'Logistics Planner',
      auth: { type: 'sso', providerName: 'Okta' },
      preferences: preferences({ language: 'en-US', timeZone: 'America/Chicago', dateFormat: 'YYYY-MM-DD' }),
    }),
  ];

  const companies: CompanyRecord[] = [
    {
      id: retail,
      name: 'Northwind Retail',
      sites: sites(context, 4, ['Store', 'Flagship Store', 'Outlet'], 'Seattle', 'Chicago', 'Boston', 'Denver', 'Toronto'),
      dataPreferences: { units: 'imperial', currency: 'USD', dateFormat: 'MM/DD/YYYY', weekStart: 'sunday', fiscalYearStartMonth: 1 },
      members: [
        activeCompanyMember(context, cast.companyAdmin, 'admin', northwindUserIds.companyAdmin),
        activeCompanyMember(context, cast.companyViewer, 'viewer', northwindUserIds.companyViewer),
        activeCompanyMember(context, people(), 'editor'),
        activeCompanyMember(context, people(), 'viewer'),
        invitedCompanyMember(context, `store.manager@${domain}`, 'editor', 3),
      ],
    },
    {
      id: logistics,
      name: 'Northwind Logistics',
      sites: sites(context, 5, ['Warehouse', 'Distribution Center', 'Depot'], 'Rotterdam', 'Hamburg', 'Lyon', 'Warsaw', 'Madrid'),
      dataPreferences: { units: 'metric', currency: 'EUR', dateFormat: 'DD.MM.YYYY', weekStart: 'monday', fiscalYearStartMonth: 4 },
      members: [
        activeCompanyMember(context, cast.ssoUser, 'editor', northwindUserIds.ssoUser),
        activeCompanyMember(context, people(), 'admin'),
        activeCompanyMember(context, people(), 'editor'),
        activeCompanyMember(context, people(), 'viewer'),
        // Sent ten days ago and never accepted: shows the "invitation expired" state.
        invitedCompanyMember(context, `dispatch@${domain}`, 'viewer', 10),
      ],
    },
    {
      id: health,
      name: 'Northwind Health',
      sites: sites(context, 3, ['Clinic', 'Lab'], 'London', 'Manchester', 'Dublin'),
      dataPreferences: { units: 'metric', currency: 'GBP', dateFormat: 'DD/MM/YYYY', weekStart: 'monday', fiscalYearStartMonth: 4 },
      members: [
        activeCompanyMember(context, cast.companyViewer, 'viewer', northwindUserIds.companyViewer),
        activeCompanyMember(context, people(), 'admin'),
        activeCompanyMember(context, people(), 'editor'),
        invitedCompanyMember(context, `clinic.lead@${domain}`, 'admin', 1),
      ],
    },
  ];

  const adminTeam = [
    activeAdmin(context, cast.owner, 'owner', 'all', northwindUserIds.owner),
    activeAdmin(context, cast.orgAdmin, 'admin', [retail, logistics], northwindUserIds.orgAdmin),
    activeAdmin(context, cast.billingManager, 'billing-manager', [], northwindUserIds.billingManager),
    activeAdmin(context, cast.secondAdmin, 'admin', 'all'),
    activeAdmin(context, cast.healthAdmin, 'admin', [health]),
    invitedAdmin(context, `samira.haddad@${domain}`, 'admin', [retail], 2),
    invitedAdmin(context, `tom.becker@${domain}`, 'billing-manager', [], 9),
  ];

  return {
    organization: { id: 'northwind', name: 'Northwind Traders' },
    features: { apiKeys: true, billing: true, dataRepository: true },
    users,
    companies,
    adminTeam,
    apiKeys: apiKeys(context),
    apiKeyPolicy: defaultApiKeyPolicy(),
    billing: {
      plan: { name: 'Business', seatsUsed: 42, seatsTotal: 50, price: { amount: 121800, currency: 'EUR' }, interval: 'month', renewsAt: firstOfNextMonth(context.now) },
      profile: {
        companyName: 'Northwind Traders Ltd',
        billingEmail: `accounts@${domain}`,
        address: { line1: '1 Harbour Exchange Square', line2: 'Floor 4', city: 'London', postalCode: 'E14 9GE', region: '', country: 'GB' },
        taxId: 'GB 123 4567 89',
      },
      paymentMethod: { brand: 'Visa', last4: '4242', expMonth: 8, expYear: context.now.getUTCFullYear() + 2 },
      invoices: monthlyInvoices(context, 12, { amount: 121800, currency: 'EUR' }, 'NW'),
    },
    dataRepository: dataRepository({ storageRegion: 'eu-west', retentionDays: 365, crossCompanySharing: false }),
  };
}

function sites(context: ScenarioContext, count: number, kinds: readonly string[], ...cityNames: string[]) {
  const next = createSites(context, citiesNamed(...cityNames), kinds);
  return Array.from({ length: count }, next);
}

/**
 * Hand-written so every state the API keys panel draws is present whatever the seed: in use,
 * never used, expiring soon, expired, revoked, and a rotation in progress.
 */
function apiKeys(context: ScenarioContext): ApiKeyRecord[] {
  const olivia = { id: northwindUserIds.owner, name: cast.owner.name };
  const daniel = { id: northwindUserIds.orgAdmin, name: cast.orgAdmin.name };
  const grace = { id: 'northwind-user-grace', name: cast.secondAdmin.name };
  const ago = (days: number | null) => (days === null ? null : context.daysFromNow(-days));
  const key = (name: string, createdBy: { id: string; name: string }, days: KeyDays, access: KeyAccess = full): ApiKeyRecord => ({
    id: context.id('key'),
    name,
    prefix: displayPrefix(createSecret(context.random)),
    createdAt: context.daysFromNow(-days.created),
    createdBy,
    lastUsedAt: ago(days.lastUsed),
    expiresAt: days.expires === null ? null : context.daysFromNow(days.expires),
    revokedAt: ago(days.revoked),
    disabledAt: ago(days.disabled ?? null),
    ...access,
    replacesKeyId: null,
    replacedByKeyId: null,
    rotationEndsAt: null,
  });
  /** `replacement` was created to replace `old`; with `overlapDays`, the old key was scheduled to expire then. */
  const pair = (old: ApiKeyRecord, replacement: ApiKeyRecord, overlapDays?: number) => {
    replacement.replacesKeyId = old.id;
    old.replacedByKeyId = replacement.id;
    if (overlapDays !== undefined) old.expiresAt = old.rotationEndsAt = context.daysFromNow(overlapDays);
    return [replacement, old];
  };
  const partnerScopes = scoped('sites:read', 'members:read');
  const webhookScopes = scoped('sites:read', 'sites:write');
  return [
    ...pair(
      key('Partner portal', daniel, { created: 300, lastUsed: 0.02, expires: null, revoked: null }, partnerScopes),
      key('Partner portal (rotated)', daniel, { created: 1, lastUsed: null, expires: 365, revoked: null }, partnerScopes),
    ),
    ...pair(
      key('Webhooks relay', olivia, { created: 180, lastUsed: 0.5, expires: null, revoked: null }, webhookScopes),
      key('Webhooks relay (2026)', olivia, { created: 2, lastUsed: 0.01, expires: 365, revoked: null }, webhookScopes),
      6,
    ),
    key('Staging environment', daniel, { created: 85, lastUsed: 0.1, expires: 5, revoked: null }, scoped('sites:read', 'sites:write', 'members:read')),
    key('Data warehouse sync', grace, { created: 30, lastUsed: null, expires: 60, revoked: null }, scoped('data-repository:read', 'data-preferences:read')),
    key('Mobile app backend', olivia, { created: 120, lastUsed: 3, expires: 245, revoked: null, disabled: 3 }, scoped('sites:read')),
    key('CI deploy', daniel, { created: 90, lastUsed: 2, expires: 275, revoked: null }, scoped('sites:read', 'sites:write')),
    key('Production API', olivia, { created: 200, lastUsed: 0.04, expires: null, revoked: null }),
    key('Legacy reporting', olivia, { created: 400, lastUsed: 36, expires: -35, revoked: null }, scoped('billing:read', 'admin-team:read')),
    key('Zapier integration', grace, { created: 420, lastUsed: 41, expires: null, revoked: 40 }),
  ];
}

type KeyAccess = Pick<ApiKeyRecord, 'fullAccess' | 'scopes'>;
const full: KeyAccess = { fullAccess: true, scopes: [] };
const scoped = (...scopes: string[]): KeyAccess => ({ fullAccess: false, scopes });

/** Days relative to now: `created`/`lastUsed`/`revoked` ago, `expires` ahead (negative: past). */
interface KeyDays {
  created: number;
  lastUsed: number | null;
  expires: number | null;
  revoked: number | null;
  disabled?: number;
}
