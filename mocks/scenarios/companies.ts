import type { DataPreferences } from '../../src/api/types.js';
import type { CompanyRecord } from '../db/records.js';
import type { CompanyRoleId } from '../roles.js';
import type { ScenarioContext } from './context.js';
import { activeCompanyMember, invitedCompanyMember } from './members.js';
import type { Person } from './people.js';
import { createSites } from './places.js';

/** Regional conventions a company's data preferences usually follow. */
const dataPreferencePresets: readonly DataPreferences[] = [
  { units: 'imperial', currency: 'USD', dateFormat: 'MM/DD/YYYY', weekStart: 'sunday', fiscalYearStartMonth: 1 },
  { units: 'metric', currency: 'EUR', dateFormat: 'DD.MM.YYYY', weekStart: 'monday', fiscalYearStartMonth: 1 },
  { units: 'metric', currency: 'GBP', dateFormat: 'DD/MM/YYYY', weekStart: 'monday', fiscalYearStartMonth: 4 },
  { units: 'metric', currency: 'JPY', dateFormat: 'YYYY-MM-DD', weekStart: 'sunday', fiscalYearStartMonth: 4 },
  { units: 'metric', currency: 'AED', dateFormat: 'DD/MM/YYYY', weekStart: 'saturday', fiscalYearStartMonth: 1 },
];

const memberRoles: readonly CompanyRoleId[] = ['admin', 'editor', 'editor', 'viewer', 'viewer', 'viewer'];

export interface GeneratedCompanySpec {
  id: string;
  name: string;
  siteCount: number;
  memberCount: number;
  /** Where its people come from, so emails stay unique across the tenant. */
  people: () => Person;
}

/** A company with generated sites and members, one of them with a pending invitation now and then. */
export function generateCompany(context: ScenarioContext, spec: GeneratedCompanySpec): CompanyRecord {
  const { random } = context;
  const nextSite = createSites(context);
  const members = Array.from({ length: spec.memberCount }, () => activeCompanyMember(context, spec.people(), random.pick(memberRoles)));
  if (random.chance(0.4)) {
    members.push(invitedCompanyMember(context, spec.people().email, random.pick(memberRoles), random.int(0, 12)));
  }
  return {
    id: spec.id,
    name: spec.name,
    sites: Array.from({ length: spec.siteCount }, nextSite),
    dataPreferences: { ...random.pick(dataPreferencePresets) },
    members,
  };
}
