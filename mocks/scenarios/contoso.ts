import { firstOfNextMonth, monthlyInvoices } from './billing.js';
import { dataRepository, defaultApiKeyPolicy, preferences } from './catalog.js';
import { generateCompany } from './companies.js';
import type { ScenarioContext, TenantSeed } from './context.js';
import { activeAdmin, invitedAdmin, user } from './members.js';
import { createPeople } from './people.js';

/** Contoso: a tenant whose plan does not include API keys (`features.apiKeys` is off). */

export const contosoUserIds = { owner: 'contoso-user-ravi' } as const;

const domain = 'contoso.example';
const owner = { name: 'Ravi Patel', email: `ravi.patel@${domain}` };

export function buildContoso(context: ScenarioContext): TenantSeed {
  const people = createPeople(context.random, domain, [owner.email]);
  const companies = [
    generateCompany(context, { id: 'contoso-pharmaceuticals', name: 'Contoso Pharmaceuticals', siteCount: 3, memberCount: 4, people }),
    generateCompany(context, { id: 'contoso-electronics', name: 'Contoso Electronics', siteCount: 2, memberCount: 3, people }),
  ];
  return {
    organization: { id: 'contoso', name: 'Contoso Ltd' },
    features: { apiKeys: false, billing: true, dataRepository: true },
    users: [
      user({
        id: contosoUserIds.owner,
        ...owner,
        jobTitle: 'Head of IT',
        preferences: preferences({ language: 'en-GB', timeZone: 'Europe/London', dateFormat: 'DD/MM/YYYY' }),
      }),
    ],
    companies,
    adminTeam: [
      activeAdmin(context, owner, 'owner', 'all', contosoUserIds.owner),
      activeAdmin(context, people(), 'admin', 'all'),
      activeAdmin(context, people(), 'billing-manager', []),
      invitedAdmin(context, `it.support@${domain}`, 'admin', ['contoso-electronics'], 4),
    ],
    // The feature is off: the tenant has never had keys.
    apiKeys: [],
    apiKeyPolicy: defaultApiKeyPolicy(),
    billing: {
      plan: { name: 'Team', seatsUsed: 11, seatsTotal: 15, price: { amount: 27500, currency: 'GBP' }, interval: 'month', renewsAt: firstOfNextMonth(context.now) },
      profile: {
        companyName: 'Contoso Ltd',
        billingEmail: `finance@${domain}`,
        address: { line1: '20 Cabot Square', line2: '', city: 'London', postalCode: 'E14 4QW', region: '', country: 'GB' },
        taxId: 'GB 987 6543 21',
      },
      paymentMethod: { brand: 'Mastercard', last4: '5454', expMonth: 3, expYear: context.now.getUTCFullYear() + 1 },
      invoices: monthlyInvoices(context, 6, { amount: 27500, currency: 'GBP' }, 'CT'),
    },
    dataRepository: dataRepository({ storageRegion: 'eu-central', retentionDays: 730, crossCompanySharing: true }),
  };
}
