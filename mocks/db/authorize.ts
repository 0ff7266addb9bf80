import type { Permission, SessionCompany, SessionOrganization } from '../../src/api/types.js';
import { getSection, type SectionId } from '../../src/access/sections.js';
import { forbidden, notFound } from '../errors.js';
import type { CompanyRecord } from './records.js';
import type { AccessCheck, Actor } from './session.js';

/**
 * The server's side of the access rules: the same rules `evaluateAccess` applies in the UI (organization
 * membership → feature → permission; company assignment → permission), enforced on every request.
 * The section registry says which permission and feature gate each section. `view` is satisfied
 * by the view or the manage permission; writes need `manage`.
 *
 * Each check runs through `authorize`, which also notes it on the actor: an answer kept under an
 * Idempotency-Key is given again only to someone who passes the same checks then (handlers.ts).
 */

export type AccessMode = 'view' | 'manage';

type OrganizationSectionId = Extract<SectionId, `organization/${string}`>;
type CompanySectionId = Extract<SectionId, `company/${string}`>;

const sectionNames: Record<OrganizationSectionId | CompanySectionId, string> = {
  'organization/admin-team': 'the admin team',
  'organization/api-keys': 'API keys',
  'organization/billing': 'billing',
  'organization/data-repository': 'the data repository',
  'company/sites': 'sites',
  'company/data-preferences': 'data preferences',
  'company/members': 'company members',
};

/**
 * Runs an access check for this request and notes it on the actor (`Actor.checks`), so a replay
 * runs the same check again. For rules about the actor's own power beyond a section permission
 * too (scopes a key may get, roles one may grant): `check` reads the actor it is given, never this one.
 */
export function authorize<T>(actor: Actor, check: (actor: Actor) => T): T {
  actor.checks.push(check);
  return check(actor);
}

/** Runs the checks an earlier request passed again, as `actor` is now: throws what refuses it. */
export function authorizeAgain(actor: Actor, checks: readonly AccessCheck[]): void {
  for (const check of checks) check(actor);
}

/** Any organization member: for organization-wide lookups such as the company picker. */
export function requireOrganizationMember(actor: Actor): SessionOrganization {
  return authorize(actor, organizationMember);
}

export function requireOrganizationAccess(actor: Actor, sectionId: OrganizationSectionId, mode: AccessMode): SessionOrganization {
  return authorize(actor, (current) => organizationAccess(current, sectionId, mode));
}

/** Returns the company the request is about; 404 when the tenant has no such company. */
export function requireCompanyAccess(actor: Actor, companyId: string, sectionId: CompanySectionId, mode: AccessMode): CompanyRecord {
  return authorize(actor, (current) => companyAccess(current, companyId, sectionId, mode));
}

function organizationMember(actor: Actor): SessionOrganization {
  const organization = actor.session.organization;
  if (!organization) {
    throw forbidden(
      'The Organization section is only visible to users who belong to an organization. Contact an organization admin to be added.',
    );
  }
  return organization;
}

function organizationAccess(actor: Actor, sectionId: OrganizationSectionId, mode: AccessMode): SessionOrganization {
  const organization = organizationMember(actor);
  const section = getSection(sectionId);
  if (section.feature && !actor.session.features[section.feature]) {
    throw forbidden(`${capitalize(sectionNames[sectionId])} ${sectionId === 'organization/api-keys' ? 'are' : 'is'} not enabled for this organization.`);
  }
  requirePermission(organization.permissions, section.viewPermission, section.managePermission, mode, () =>
    `Your organization role (${organization.role.name}) does not allow you to ${verb(mode)} ${sectionNames[sectionId]}.`,
  );
  return organization;
}

function companyAccess(actor: Actor, companyId: string, sectionId: CompanySectionId, mode: AccessMode): CompanyRecord {
  const company = actor.tenant.companies.find((c) => c.id === companyId);
  if (!company) throw notFound('This company does not exist.');
  const assignment: SessionCompany | undefined = actor.session.companies.find((c) => c.id === companyId);
  if (!assignment) throw forbidden(`You are not assigned to ${company.name}. Ask an admin of that company to add you.`);
  const section = getSection(sectionId);
  requirePermission(assignment.permissions, section.viewPermission, section.managePermission, mode, () =>
    `Your role in ${company.name} (${assignment.role.name}) does not allow you to ${verb(mode)} ${sectionNames[sectionId]}.`,
  );
  return company;
}

function requirePermission(
  granted: readonly Permission[],
  viewPermission: Permission | undefined,
  managePermission: Permission | undefined,
  mode: AccessMode,
  message: () => string,
): void {
  const canManage = managePermission !== undefined && granted.includes(managePermission);
  const canView = canManage || (viewPermission !== undefined && granted.includes(viewPermission));
  if (mode === 'manage' ? !canManage : !canView) throw forbidden(message());
}

function verb(mode: AccessMode): string {
  return mode === 'view' ? 'view' : 'change';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
