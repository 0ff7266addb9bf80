import type { TenantId } from './db/records.js';
import { contosoUserIds, fabrikamUserIds, globexUserIds, northwindUserIds } from './scenarios/index.js';

/**
 * The named personas. A persona is a user in a tenant; the mock server recognises it
 * by the bearer token `mock-<persona id>`. What it may do is computed from that user's roles, never
 * declared here, so a persona changes when its memberships change.
 */

export const personaIds = [
  'owner',
  'org-admin',
  'billing-manager',
  'company-admin',
  'company-viewer',
  'sso-user',
  'no-api-keys',
  'no-billing-profile',
  'large-org',
  'unstable',
] as const;

export type PersonaId = (typeof personaIds)[number];

export interface Persona {
  id: PersonaId;
  /** Short name for a persona switcher. */
  label: string;
  /** One line on what the persona shows. */
  description: string;
  tenantId: TenantId;
  userId: string;
  /** Requests fail now and then and arrive slowly (see the handlers' `chaos` option). */
  unstable: boolean;
}

export const personas: readonly Persona[] = [
  {
    id: 'owner',
    label: 'Owner',
    description: 'Organization Owner at Northwind: every section, everything manageable.',
    tenantId: 'northwind',
    userId: northwindUserIds.owner,
    unstable: false,
  },
  {
    id: 'org-admin',
    label: 'Organization admin',
    description: 'Organization Admin with access to 2 Northwind companies: no billing, data repository read-only.',
    tenantId: 'northwind',
    userId: northwindUserIds.orgAdmin,
    unstable: false,
  },
  {
    id: 'billing-manager',
    label: 'Billing manager',
    description: 'Organization Billing manager: manages billing, views the admin team, no company assigned.',
    tenantId: 'northwind',
    userId: northwindUserIds.billingManager,
    unstable: false,
  },
  {
    id: 'company-admin',
    label: 'Company admin',
    description: 'Company-only Admin of Northwind Retail: Personal and Company settings, no Organization.',
    tenantId: 'northwind',
    userId: northwindUserIds.companyAdmin,
    unstable: false,
  },
  {
    id: 'company-viewer',
    label: 'Company viewer',
    description: 'Company-only Viewer in two Northwind companies: read-only company settings.',
    tenantId: 'northwind',
    userId: northwindUserIds.companyViewer,
    unstable: false,
  },
  {
    id: 'sso-user',
    label: 'SSO user',
    description: 'Company Editor who signs in with Okta: password resets are managed by IT.',
    tenantId: 'northwind',
    userId: northwindUserIds.ssoUser,
    unstable: false,
  },
  {
    id: 'no-api-keys',
    label: 'No API keys',
    description: 'Owner at Contoso, whose plan does not include API keys.',
    tenantId: 'contoso',
    userId: contosoUserIds.owner,
    unstable: false,
  },
  {
    id: 'no-billing-profile',
    label: 'No billing profile',
    description: 'Owner at Fabrikam, whose billing profile is not set up yet and whose API keys live at most 90 days.',
    tenantId: 'fabrikam',
    userId: fabrikamUserIds.owner,
    unstable: false,
  },
  {
    id: 'large-org',
    label: 'Large organization',
    description: 'Owner at Globex: 200 companies, 10,000 admin-team members, 1,000 API keys, 5,000 sites.',
    tenantId: 'globex',
    userId: globexUserIds.owner,
    unstable: false,
  },
  {
    id: 'unstable',
    label: 'Unstable network',
    description: 'Owner at Northwind over a bad connection: about 30% of requests fail, responses take up to 1.5 s.',
    tenantId: 'northwind',
    userId: northwindUserIds.owner,
    unstable: true,
  },
];

export function isPersonaId(value: string): value is PersonaId {
  return (personaIds as readonly string[]).includes(value);
}

export function getPersona(id: PersonaId): Persona {
  return personas.find((persona) => persona.id === id)!;
}

/** The bearer token that signs in as a persona. */
export function tokenFor(personaId: PersonaId): string {
  return `mock-${personaId}`;
}

/** The persona a bearer token signs in as, or `undefined` for anything else. */
export function personaForToken(token: string): PersonaId | undefined {
  const id = token.startsWith('mock-') ? token.slice('mock-'.length) : '';
  return isPersonaId(id) ? id : undefined;
}
