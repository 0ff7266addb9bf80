import { html } from 'lit';
import { msg } from '../../i18n/localize.js';

/**
 * Marks a member who comes from the organization's admin team and says where they are managed:
 * a link to Admin team when the user may open it through the shell (`href`), the path in words
 * otherwise. (The name and status cells are shared with Admin team: `internal/member-cells.ts`.)
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
