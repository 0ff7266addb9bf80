import { html, nothing } from 'lit';
import type { AdminTeamMember } from '../../api/types.js';
import { formatList, formatNumber } from '../../i18n/format.js';
import { msg } from '../../i18n/localize.js';
import { renderRelativeTime } from '../../internal/relative-time.js';

/** How many companies a row names in full before it summarizes ("A, B and 3 more"). */
const namedCompanies = 3;

/** Invited people have no name until they accept: their email stands in. */
export function memberName(member: AdminTeamMember): string {
  return member.name ?? member.email;
}

export function renderMember(member: AdminTeamMember, isYou: boolean) {
  return html`
    ${memberName(member)}${isYou ? html` <span class="muted">${msg('adminTeam.you')}</span>` : nothing}
    ${member.name ? html`<span class="email muted">${member.email}</span>` : nothing}
  `;
}

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

/** Active, or Invited with when the invitation expires (relative, exact on hover/focus). */
export function renderStatus(member: AdminTeamMember) {
  if (member.status === 'active') return html`<span class="badge">${msg('adminTeam.status.active')}</span>`;
  const expires = member.invitationExpiresAt;
  const expired = expires !== null && Date.parse(expires) < Date.now();
  return html`
    <span class="badge warning">${msg('adminTeam.status.invited')}</span>
    ${expires
      ? html`<span class="expiry">${msg(expired ? 'adminTeam.status.expired' : 'adminTeam.status.expires')} ${renderRelativeTime(expires)}</span>`
      : nothing}
  `;
}
