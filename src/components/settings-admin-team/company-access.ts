import { html } from 'lit';
import type { AdminTeamMember } from '../../api/types.js';
import { formatList, formatNumber, msg } from '../../i18n/localize.js';

/** How many companies a row names in full before it summarizes ("A, B and 3 more"). */
const namedCompanies = 3;

/**
 * "All companies", or the companies by name: up to three in full, more summarized with the full
 * list one keyboard-reachable click away (and on hover, as a title).
 */
export function renderCompanyAccess(access: AdminTeamMember['companyAccess']) {
  if (access === 'all') return msg('adminTeam.access.all');
  if (access.length === 0) return html`<span class="muted">${msg('adminTeam.access.none')}</span>`;
  const names = access.map((company) => company.name);
  if (names.length <= namedCompanies) return formatList(names);
  const summary = msg('adminTeam.access.more', {
    companies: formatList(names.slice(0, namedCompanies - 1), 'unit'),
    count: formatNumber(names.length - namedCompanies + 1),
  });
  const all = formatList(names);
  return html`<details part="company-list"><summary title=${all}>${summary}</summary><p>${all}</p></details>`;
}
