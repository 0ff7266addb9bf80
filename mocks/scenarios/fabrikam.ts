import { firstOfNextMonth } from './billing.js';
import { dataRepository, preferences } from './catalog.js';
import { generateCompany } from './companies.js';
import type { ScenarioContext, TenantSeed } from './context.js';
import { activeAdmin, user } from './members.js';
import { createPeople } from './people.js';

/**
 * Fabrikam: a new customer whose billing profile is not set up yet (`profile: null`, no payment
 * method, no invoices), so Billing shows the "email support" state.
 */

export const fabrikamUserIds = { owner: 'fabrikam-user-elena' } as const;

const domain = 'fabrikam.example';
const owner = { name: 'Elena García', email: `elena.garcia@${domain}` };

export function buildFabrikam(context: ScenarioContext): TenantSeed {
  const people = createPeople(context.random, domain, [owner.email]);
  return {
    organization: { id: 'fabrikam', name: 'Fabrikam, Inc.' },
    features: { apiKeys: true, billing: true, dataRepository: true },
    users: [
      user({
        id: fabrikamUserIds.owner,
        ...owner,
        jobTitle: 'Founder',
        preferences: preferences({ language: 'es-MX', timeZone: 'America/Mexico_City', dateFormat: 'DD/MM/YYYY' }),
      }),
    ],
    companies: [
      generateCompany(context, { id: 'fabrikam-residences', name: 'Fabrikam Residences', siteCount: 3, memberCount: 3, people }),
      generateCompany(context, { id: 'fabrikam-studios', name: 'Fabrikam Studios', siteCount: 1, memberCount: 2, people }),
    ],
    adminTeam: [activeAdmin(context, owner, 'owner', 'all', fabrikamUserIds.owner), activeAdmin(context, people(), 'admin', 'all')],
    apiKeys: [],
    // A new customer that set a strict policy first: keys live at most 90 days, flagged 3 weeks ahead.
    apiKeyPolicy: { maxLifetimeDays: 90, expiryWarningDays: 21, updatedBy: { id: fabrikamUserIds.owner, name: owner.name }, updatedAt: context.daysFromNow(-12) },
    billing: {
      plan: { name: 'Starter', seatsUsed: 4, seatsTotal: 10, price: { amount: 9900, currency: 'USD' }, interval: 'month', renewsAt: firstOfNextMonth(context.now) },
      profile: null,
      paymentMethod: null,
      invoices: [],
    },
    dataRepository: dataRepository({ storageRegion: 'us-east', retentionDays: 90, crossCompanySharing: false }),
  };
}
