import type { Session, SessionCompany } from '../api/types.js';
import { msg } from '../i18n/localize.js';
import { getSection, isBuiltInSectionId, type BuiltInSectionId, type SectionDefinition, type SectionRule } from './sections.js';

/**
 * Why a section is hidden. Ours are listed; a host's own rule may answer its own code.
 * `not-offered`: the section is not part of this Settings area (omitted by the host, or unknown).
 * `rule-failed`: the host's `rule` threw, so the section is hidden (the console names it once).
 */
export type AccessReason =
  | 'not-organization-member'
  | 'missing-permission'
  | 'feature-unavailable'
  | 'no-company-access'
  | 'not-offered'
  | 'rule-failed'
  | (string & {});

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
 * decided: permission- and assignment-based, never by role name. Pure: no DOM, no I/O.
 *
 * For a company section pass the selected company; without one, the user's first company is used
 * (what the shell selects by default).
 */
export function evaluateAccess(session: Session, sectionOrId: BuiltInSectionId | SectionDefinition, companyId?: string | null): AccessDecision {
  const section = typeof sectionOrId === 'string' ? getSection(sectionOrId) : sectionOrId;
  const decision = evaluateScope(session, section, companyId);
  const rule = section.rule;
  if (!decision.allowed || !rule) return decision;
  // The host's own rule decides last: it may deny, or narrow manage to view.
  try {
    const ruled = rule(session, selectedCompany(session, companyId));
    if (!ruled.allowed) return deny(ruled.reason, ruled.message);
    return { allowed: true, mode: ruled.mode === 'view' ? 'view' : decision.mode, roleName: ruled.roleName !== undefined ? ruled.roleName : decision.roleName };
  } catch (error) {
    // A bug in a host's rule hides that section only, and grants nothing. Said once per rule, not
    // on every render (the shell asks on each one).
    if (!failedRules.has(rule)) console.error(`Section "${section.id}": its rule threw.`, error);
    failedRules.add(rule);
    return deny('rule-failed', msg('access.ruleFailed'));
  }
}

/** Host rules that threw and were reported. */
const failedRules = new WeakSet<SectionRule>();

/** The decision for a section that is not part of this Settings area. */
export function notOffered(): AccessDecision {
  return deny('not-offered', msg('access.notOffered'));
}

function evaluateScope(session: Session, section: SectionDefinition, companyId: string | null | undefined): AccessDecision {
  switch (section.scope) {
    case 'personal':
      if (section.feature && !hasFeature(session, section.feature)) {
        return deny('feature-unavailable', msg('access.featureUnavailable', { section: sectionLabel(section) }));
      }
      return { allowed: true, mode: 'manage', roleName: null };
    case 'organization':
      return evaluateOrganization(session, section);
    case 'company':
      return evaluateCompany(session, section, companyId);
  }
}

function selectedCompany(session: Session, companyId: string | null | undefined): SessionCompany | null {
  return (companyId ? session.companies.find((c) => c.id === companyId) : session.companies[0]) ?? null;
}

function hasFeature(session: Session, feature: string): boolean {
  return (session.features as Partial<Record<string, boolean>>)[feature] === true;
}

function evaluateOrganization(session: Session, section: SectionDefinition): AccessDecision {
  const organization = session.organization;
  if (!organization) return deny('not-organization-member', msg('access.notOrganizationMember'));
  // A missing feature is checked first: no role change would make the section appear.
  if (section.feature && !hasFeature(session, section.feature)) {
    return deny('feature-unavailable', msg('access.featureUnavailable', { section: sectionLabel(section) }));
  }
  const granted: readonly string[] = organization.permissions;
  if (section.viewPermission && !has(granted, section.viewPermission) && !has(granted, section.managePermission)) {
    return deny('missing-permission', missingOrganizationPermission(section, organization.role.name));
  }
  return { allowed: true, mode: modeFor(granted, section), roleName: organization.role.name };
}

function evaluateCompany(session: Session, section: SectionDefinition, companyId: string | null | undefined): AccessDecision {
  if (session.companies.length === 0) return deny('no-company-access', msg('access.noCompanyAccess.none'));
  const company = companyId ? session.companies.find((c) => c.id === companyId) : session.companies[0];
  if (!company) return deny('no-company-access', msg('access.noCompanyAccess.company'));
  const granted: readonly string[] = company.permissions;
  if (section.viewPermission && !has(granted, section.viewPermission) && !has(granted, section.managePermission)) {
    return deny('missing-permission', missingCompanyPermission(section, company));
  }
  return { allowed: true, mode: modeFor(granted, section), roleName: company.role.name };
}

/** The label of a section, localized. */
export function sectionLabel(section: SectionDefinition | BuiltInSectionId): string {
  const definition = typeof section === 'string' ? getSection(section) : section;
  if (definition.label) return typeof definition.label === 'function' ? definition.label() : definition.label;
  return isBuiltInSectionId(definition.id) ? msg(`section.${definition.id}`) : definition.id;
}

function missingOrganizationPermission(section: SectionDefinition, role: string): string {
  if (section.id === 'organization/api-keys') return msg('access.missingPermission.apiKeys', { role });
  if (section.id === 'organization/billing') return msg('access.missingPermission.billing', { role });
  return msg('access.missingPermission', { section: sectionLabel(section), role });
}

function missingCompanyPermission(section: SectionDefinition, company: SessionCompany): string {
  return msg('access.missingPermission.company', { section: sectionLabel(section), role: company.role.name, company: company.name });
}

function modeFor(granted: readonly string[], section: SectionDefinition): 'manage' | 'view' {
  return !section.managePermission || has(granted, section.managePermission) ? 'manage' : 'view';
}

function has(granted: readonly string[], permission: string | undefined): boolean {
  return permission !== undefined && granted.includes(permission);
}

function deny(reason: AccessReason, message: string): AccessDecision {
  return { allowed: false, reason, message };
}
