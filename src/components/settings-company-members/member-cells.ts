import { html, nothing } from 'lit';
import type { CompanyMember } from '../../api/types.js';
import { msg } from '../../i18n/localize.js';
import { renderRelativeTime } from '../../internal/relative-time.js';

/** Invited people have no name until they accept: their email stands in. */
export function memberName(member: CompanyMember): string {
  return member.name ?? member.email;
}

export function renderMember(member: CompanyMember, isYou: boolean) {
  return html`
    ${memberName(member)}${isYou ? html` <span class="muted">${msg('companyMembers.you')}</span>` : nothing}
    ${member.name ? html`<span class="email muted">${member.email}</span>` : nothing}
  `;
}

/**
 * Marks a member who comes from the organization's admin team and says where they are managed:
 * a link to Admin team when the user may open it through the shell (`href`), the path in words
 * otherwise.
 */
export function renderOrganizationSource(href: string | undefined, onClick: (event: MouseEvent) => void) {
  return html`
    <span class="source">
      <span class="badge">${msg('companyMembers.organization')}</span>
      ${href
        ? html`<a href=${href} @click=${onClick}>${msg('companyMembers.managedLink')}</a>`
        : html`<span class="muted">${msg('companyMembers.managedText')}</span>`}
    </span>
  `;
}

/** Active, or Invited with when the invitation expires (relative, exact on hover/focus). */
export function renderStatus(member: CompanyMember) {
  if (member.status === 'active') return html`<span class="badge">${msg('companyMembers.status.active')}</span>`;
  const expires = member.invitationExpiresAt;
  const expired = expires !== null && Date.parse(expires) < Date.now();
  return html`
    <span class="badge ${expired ? 'danger' : 'warning'}">${msg('companyMembers.status.invited')}</span>
    ${expires
      ? html`<span class="expiry">${msg(expired ? 'companyMembers.status.expired' : 'companyMembers.status.expires')} ${renderRelativeTime(expires)}</span>`
      : nothing}
  `;
}
