import type { Permission, Session, SessionCompany } from '../api/types.js';
import { msg } from '../i18n/localize.js';
import { getSection, type SectionDefinition, type SectionId } from './sections.js';

export type AccessReason = 'not-organization-member' | 'missing-permission' | 'feature-unavailable' | 'no-company-access';

export type AccessDecision =
  | {
      allowed: true;
      /** `manage`: create/edit/delete allowed; `view`: the panel is read-only. */
      mode: 'manage' | 'view';
      /** The role that grants access, for "View only: your role is Viewer". */
      roleName: string | null;
    }
  | { allowed: false; reason: AccessReason; message: string };

/**
 * Decides whether the session's user may see a section, and why not. The only place visibility is
 * decided (DESIGN §3): permission- and assignment-based, never by role name. Pure: no DOM, no I/O.
 *
 * For a company section pass the selected company; without one, the user's first company is used
 * (what the shell selects by default).
 */
export function evaluateAccess(session: Session, sectionId: SectionId, companyId?: string | null): AccessDecision {
  const section = getSection(sectionId);
  switch (section.scope) {
    case 'personal':
      return { allowed: true, mode: 'manage', roleName: null };
    case 'organization':
      return evaluateOrganization(session, section);
    case 'company':
      return evaluateCompany(session, section, companyId);
  }
}

function evaluateOrganization(session: Session, section: SectionDefinition): AccessDecision {
  const organization = session.organization;
  if (!organization) return deny('not-organization-member', msg('access.notOrganizationMember'));
  // A missing feature is checked first: no role change would make the section appear.
  if (section.feature && !session.features[section.feature]) {
    return deny('feature-unavailable', msg('access.featureUnavailable', { section: sectionLabel(section) }));
  }
  const granted: readonly Permission[] = organization.permissions;
  if (section.viewPermission && !has(granted, section.viewPermission) && !has(granted, section.managePermission)) {
    return deny('missing-permission', missingOrganizationPermission(section, organization.role.name));
  }
  return { allowed: true, mode: modeFor(granted, section), roleName: organization.role.name };
}

function evaluateCompany(session: Session, section: SectionDefinition, companyId: string | null | undefined): AccessDecision {
  if (session.companies.length === 0) return deny('no-company-access', msg('access.noCompanyAccess.none'));
  const company = companyId ? session.companies.find((c) => c.id === companyId) : session.companies[0];
  if (!company) return deny('no-company-access', msg('access.noCompanyAccess.company'));
  const granted: readonly Permission[] = company.permissions;
  if (section.viewPermission && !has(granted, section.viewPermission) && !has(granted, section.managePermission)) {
    return deny('missing-permission', missingCompanyPermission(section, company));
  }
  return { allowed: true, mode: modeFor(granted, section), roleName: company.role.name };
}

/** The label of a section, localized. */
export function sectionLabel(section: SectionDefinition | SectionId): string {
  const id = typeof section === 'string' ? section : section.id;
  return msg(`section.${id}`);
}

function missingOrganizationPermission(section: SectionDefinition, role: string): string {
  if (section.id === 'organization/api-keys') return msg('access.missingPermission.apiKeys', { role });
  if (section.id === 'organization/billing') return msg('access.missingPermission.billing', { role });
  return msg('access.missingPermission', { section: sectionLabel(section), role });
}

function missingCompanyPermission(section: SectionDefinition, company: SessionCompany): string {
  return msg('access.missingPermission.company', { section: sectionLabel(section), role: company.role.name, company: company.name });
}

function modeFor(granted: readonly Permission[], section: SectionDefinition): 'manage' | 'view' {
  return !section.managePermission || has(granted, section.managePermission) ? 'manage' : 'view';
}

function has(granted: readonly Permission[], permission: Permission | undefined): boolean {
  return permission !== undefined && granted.includes(permission);
}

function deny(reason: AccessReason, message: string): AccessDecision {
  return { allowed: false, reason, message };
}
