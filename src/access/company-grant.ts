import type { CompanyAccess } from '../api/types.js';

/**
 * The one rule for handing out company access on the admin team, shared by the mock server and
 * the UI so they cannot disagree: nobody grants — or changes someone who holds — access wider than
 * their own. `held` is the actor's own access (`SessionOrganization.companyAccess`).
 */
export function withinCompanyAccess(held: CompanyAccess, requested: CompanyAccess): boolean {
  if (held === 'all') return true;
  if (requested === 'all') return false;
  return requested.every((id) => held.includes(id));
}
