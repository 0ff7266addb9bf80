import type { CompanyAccess } from '../../src/api/types.js';
import type { AdminTeamRecord, CompanyRecord } from '../db/records.js';
import type { OrganizationRoleId } from '../roles.js';
import { generateApiKeys } from './api-keys.js';
import { firstOfNextMonth, monthlyInvoices } from './billing.js';
import { dataRepository, defaultApiKeyPolicy, preferences } from './catalog.js';
import { generateCompany } from './companies.js';
import type { ScenarioContext, TenantSeed } from './context.js';
import { activeAdmin, invitedAdmin, user } from './members.js';
import { createPeople, type Person } from './people.js';

/**
 * Globex: the large tenant, for performance work. 200 companies, 10,000 admin-team members,
 * 1,000 API keys and 5,000 sites in its first company. Built only when first used.
 */

export const globexUserIds = { owner: 'globex-user-catherine' } as const;

export const globexSize = { companies: 200, adminTeam: 10_000, apiKeys: 1_000, sitesInFirstCompany: 5_000 } as const;

const domain = 'globex.example';
const owner = { name: 'Catherine Lowe', email: `catherine.lowe@${domain}` };

const countries = [
  'Argentina', 'Australia', 'Austria', 'Belgium', 'Brazil', 'Canada', 'Chile', 'Denmark', 'Egypt', 'Finland',
  'France', 'Germany', 'India', 'Ireland', 'Italy', 'Japan', 'Kenya', 'Mexico', 'Netherlands', 'Nigeria',
  'Norway', 'Poland', 'Spain', 'Sweden', 'United Kingdom',
] as const;
const divisions = ['Energy', 'Finance', 'Logistics', 'Manufacturing', 'Research', 'Retail', 'Services', 'Software'] as const;

export function buildGlobex(context: ScenarioContext): TenantSeed {
  const people = createPeople(context.random, domain, [owner.email]);
  const companies = buildCompanies(context, people);
  const adminTeam = buildAdminTeam(context, people, companies.map((c) => c.id));
  const creators = adminTeam.slice(0, 12).map((member) => ({ id: member.id, name: member.name ?? member.email }));
  return {
    organization: { id: 'globex', name: 'Globex Corporation' },
    features: { apiKeys: true, billing: true, dataRepository: true },
    users: [
      user({
        id: globexUserIds.owner,
        ...owner,
        jobTitle: 'Chief Information Officer',
        preferences: preferences({ language: 'en-US', timeZone: 'America/Chicago', dateFormat: 'MM/DD/YYYY' }),
      }),
    ],
    companies,
    adminTeam,
    apiKeys: generateApiKeys(context, globexSize.apiKeys, creators),
    apiKeyPolicy: defaultApiKeyPolicy(),
    billing: {
      plan: {
        name: 'Enterprise',
        seatsUsed: 9_412,
        seatsTotal: 12_000,
        price: { amount: 48_000_000, currency: 'USD' },
        interval: 'year',
        renewsAt: firstOfNextMonth(context.now),
      },
      profile: {
        companyName: 'Globex Corporation',
        billingEmail: `accounts.payable@${domain}`,
        address: { line1: '500 West Madison Street', line2: 'Suite 3100', city: 'Chicago', postalCode: '60661', region: 'IL', country: 'US' },
        taxId: 'US 36-1234567',
      },
      paymentMethod: { brand: 'American Express', last4: '1005', expMonth: 11, expYear: context.now.getUTCFullYear() + 3 },
      invoices: monthlyInvoices(context, 24, { amount: 4_000_000, currency: 'USD' }, 'GX'),
    },
    dataRepository: dataRepository({ storageRegion: 'us-east', retentionDays: null, crossCompanySharing: true }),
  };
}

/** "Globex Argentina Energy" … "Globex United Kingdom Software": 25 countries × 8 divisions. */
function buildCompanies(context: ScenarioContext, people: () => Person): CompanyRecord[] {
  const names = countries.flatMap((country) => divisions.map((division) => `Globex ${country} ${division}`));
  // Number the companies first, so their ids read 1…200 rather than interleave with their sites.
  const ids = names.map(() => context.id('company'));
  return names.map((name, index) =>
    generateCompany(context, {
      id: ids[index]!,
      name,
      siteCount: index === 0 ? globexSize.sitesInFirstCompany : context.random.int(0, 6),
      memberCount: 3,
      people,
    }),
  );
}

/** The persona first, a few more owners, then mostly admins with a mix of company access. */
function buildAdminTeam(context: ScenarioContext, people: () => Person, companyIds: readonly string[]): AdminTeamRecord[] {
  const { random } = context;
  const team = [activeAdmin(context, owner, 'owner', 'all', globexUserIds.owner)];
  while (team.length < globexSize.adminTeam) {
    const roleId: OrganizationRoleId = team.length < 5 ? 'owner' : random.chance(0.15) ? 'billing-manager' : 'admin';
    const access = companyAccessFor(context, roleId, companyIds);
    team.push(
      random.chance(0.06)
        ? invitedAdmin(context, people().email, roleId, access, random.int(0, 12))
        : activeAdmin(context, people(), roleId, access),
    );
  }
  return team;
}

function companyAccessFor(context: ScenarioContext, roleId: OrganizationRoleId, companyIds: readonly string[]): CompanyAccess {
  if (roleId === 'owner') return 'all';
  if (roleId === 'billing-manager') return [];
  if (context.random.chance(0.3)) return 'all';
  const chosen = new Set<string>();
  const count = context.random.int(1, 4);
  while (chosen.size < count) chosen.add(context.random.pick(companyIds));
  return [...chosen];
}
