import { css, html, nothing } from 'lit';
import { membersMessages } from '../i18n/catalogs/en/members.js';
import { addMessages, msg } from '../i18n/localize.js';
import { t } from '../styles/tokens.js';
import { renderRelativeTime } from './relative-time.js';

addMessages(membersMessages);

/** The email and expiry lines under a member's name and status (add to the panel's styles). */
export const memberCellStyles = css`
  .email,
  .expiry {
    display: block;
    font-size: ${t.fontSizeSmall};
    font-weight: 400;
  }
`;

/** What the cells read of a person, whether an admin-team member or a company member. */
export interface MemberLike {
  readonly name: string | null;
  readonly email: string;
  readonly status: 'active' | 'invited';
  readonly invitationExpiresAt: string | null;
}

/** Invited people have no name until they accept: their email stands in. */
export function memberName(member: MemberLike): string {
  return member.name ?? member.email;
}

/** The name (with "(you)" on your own row), and the email under it when there is a name. */
export function renderMember(member: MemberLike, isYou: boolean) {
  return html`
    ${memberName(member)}${isYou ? html` <span class="muted">${msg('members.you')}</span>` : nothing}
    ${member.name ? html`<span class="email muted">${member.email}</span>` : nothing}
  `;
}

/**
 * Active, or Invited with when the invitation expires (relative, exact on hover/focus). A pending
 * invitation is a warning (someone has yet to accept); an expired one is danger (it no longer
 * works: resend it).
 */
export function renderMemberStatus(member: MemberLike) {
  if (member.status === 'active') return html`<span class="badge">${msg('members.status.active')}</span>`;
  const expires = member.invitationExpiresAt;
  const expired = expires !== null && Date.parse(expires) < Date.now();
  return html`
    <span class="badge ${expired ? 'danger' : 'warning'}">${msg('members.status.invited')}</span>
    ${expires ? html`<span class="expiry">${msg(expired ? 'members.status.expired' : 'members.status.expires')} ${renderRelativeTime(expires)}</span>` : nothing}
  `;
}
