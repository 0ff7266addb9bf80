import type { ListQuery, Page, Site, SiteInput, SiteListQuery, SiteStatus, SiteUpdate } from '../../src/api/types.js';
import { notFound } from '../errors.js';
import { paginate, search } from '../paging.js';
import { applyPatch, FieldValidator, type Untrusted } from '../validation.js';
import { requireCompanyAccess } from './authorize.js';
import { nextId, type CompanyRecord } from './records.js';
import type { Actor } from './session.js';

export interface SiteOperations {
  /** `status` filters by `active`/`archived`; the default is `'all'`. Search covers name and address. */
  listSites(companyId: string, query: ListQuery & Untrusted<Pick<SiteListQuery, 'status'>>): Page<Site>;
  createSite(companyId: string, input: Untrusted<SiteInput>): Site;
  /** Archiving is an update: `{ status: 'archived' }`. */
  updateSite(companyId: string, siteId: string, update: Untrusted<SiteUpdate>): Site;
  deleteSite(companyId: string, siteId: string): void;
}

const statuses: readonly SiteStatus[] = ['active', 'archived'];

export function siteOperations(actor: Actor): SiteOperations {
  return {
    listSites(companyId, query) {
      const company = requireCompanyAccess(actor, companyId, 'company/sites', 'view');
      const v = new FieldValidator();
      const status = v.oneOf('status', query.status, [...statuses, 'all'] as const, 'Use status=active, archived or all.') ?? 'all';
      v.throwIfInvalid();
      const sites = status === 'all' ? company.sites : company.sites.filter((site) => site.status === status);
      const page = paginate(search(sites, query.q, (site) => [site.name, site.address]), query);
      return { ...page, items: page.items.map((site) => ({ ...site })) };
    },

    createSite(companyId, input) {
      const company = requireCompanyAccess(actor, companyId, 'company/sites', 'manage');
      const v = new FieldValidator();
      const name = uniqueName(v, company, v.requiredText('name', input.name, 'a site name'));
      const { address, timeZone } = v.valid({
        address: v.requiredText('address', input.address, 'the address', 200),
        timeZone: v.timeZone('timeZone', input.timeZone, true),
      });
      const site: Site = { id: nextId(actor.tenant, 'site'), name, address, timeZone, status: 'active', createdAt: actor.now.toISOString() };
      company.sites.unshift(site);
      return { ...site };
    },

    updateSite(companyId, siteId, update) {
      const company = requireCompanyAccess(actor, companyId, 'company/sites', 'manage');
      const site = findSite(company, siteId);
      const v = new FieldValidator();
      const patch = {
        name: update.name === undefined ? undefined : uniqueName(v, company, v.requiredText('name', update.name, 'a site name'), site),
        address: update.address === undefined ? undefined : v.requiredText('address', update.address, 'the address', 200),
        timeZone: v.timeZone('timeZone', update.timeZone, false),
        status: v.oneOf('status', update.status, statuses, 'Choose active or archived.'),
      };
      v.throwIfInvalid();
      applyPatch(site, patch);
      return { ...site };
    },

    deleteSite(companyId, siteId) {
      const company = requireCompanyAccess(actor, companyId, 'company/sites', 'manage');
      company.sites.splice(company.sites.indexOf(findSite(company, siteId)), 1);
    },
  };
}

function findSite(company: CompanyRecord, siteId: string): Site {
  const site = company.sites.find((s) => s.id === siteId);
  if (!site) throw notFound('This site does not exist.');
  return site;
}

/** Site names are unique within a company (ignoring case), so lists and pickers stay unambiguous. */
function uniqueName(v: FieldValidator, company: CompanyRecord, name: string, self?: Site): string {
  const taken = company.sites.some((site) => site !== self && site.name.toLowerCase() === name.toLowerCase());
  if (name && taken) v.fail('name', 'Another site in this company already has this name.');
  return name;
}
