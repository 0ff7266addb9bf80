import { html, nothing, type PropertyDeclarations } from 'lit';
import type { CompanyMembershipSummary, OrganizationMembershipSummary } from '../../api/types.js';
import { addMessages, formatList, formatNumber, getLocale, msg } from '../../i18n/localize.js';
import { membershipMessages } from '../../i18n/catalogs/en/membership.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { renderListSearch, renderListTable, renderListToolbar } from '../../kit/views/paged-list-view.js';
import { renderSkeleton } from '../../kit/views/skeleton.js';
import { membershipStyles } from './settings-membership.styles.js';
import { renderResource } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(membershipMessages);

/**
 * Rows shown before "Show all"; a longer list also gets a filter. A large organization's Owner has
 * hundreds of companies, which the contract returns in one answer.
 */
const firstRows = 20;

/** Up to this many specific companies are named in the organization summary; more are counted. */
const namedCompanies = 5;

/**
 * Personal > Membership: the signed-in user's organization (with their role and which companies it
 * gives access to) and every company they can act in, with their role there and how it was granted:
 * through the organization admin team or a company membership. A company-only member reads why there
 * is no organization and whom to ask. Read-only: memberships are changed by admins elsewhere.
 *
 * @summary Personal > Membership: the user's organization and company memberships.
 * @tag settings-membership
 * @csspart organization - The organization section.
 * @csspart companies - The company memberships section.
 * @cssprop {<length>} [--settings-membership-max-width=48rem] - Maximum width of the panel.
 */
export class SettingsMembership extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    filter: { state: true },
    showAll: { state: true },
  };

  static override styles = [...SettingsPanel.styles, membershipStyles];

  protected readonly sectionId = 'personal/membership' as const;

  protected memberships = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => client.getMemberships({ signal }),
  });

  /** Text typed in the company filter (long lists only). */
  private filter = '';
  private showAll = false;

  #onShowAll = async () => {
    this.showAll = true;
    await this.updateComplete;
    // The button is gone: continue on the first row it revealed.
    this.renderRoot.querySelectorAll<HTMLElement>('[part=row] th')[firstRows]?.focus();
  };

  protected renderPanel() {
    return renderResource(this.memberships, {
      // The organization's record, then the companies (lines, not a table: it keeps this panel,
      // the smallest, within the 22 KB per-panel target).
      loading: () => renderSkeleton(['heading', 'term', 'term', 'term', 'heading', 'text', 'text', 'text', 'text']),
      complete: (memberships) => html`${this.#renderOrganization(memberships.organization)} ${this.#renderCompanies(memberships.companies)}`,
    });
  }

  #renderOrganization(membership: OrganizationMembershipSummary | null) {
    return html`
      <section part="organization" aria-labelledby="organization-heading">
        <h3 id="organization-heading">${msg('membership.organization.heading')}</h3>
        ${membership
          ? html`
              <dl>
                <div>
                  <dt>${msg('membership.organization.name')}</dt>
                  <dd>${membership.organization.name}</dd>
                </div>
                <div>
                  <dt>${msg('membership.role')}</dt>
                  <dd>${membership.role.name}</dd>
                </div>
                <div>
                  <dt>${msg('membership.companyAccess')}</dt>
                  <dd>${companyAccessText(membership.companyAccess)}</dd>
                </div>
              </dl>
            `
          : html`<p>${msg('access.notOrganizationMember')}</p>`}
      </section>
    `;
  }

  #renderCompanies(companies: CompanyMembershipSummary[]) {
    return html`
      <section part="companies" aria-labelledby="companies-heading">
        <h3 id="companies-heading">${msg('membership.companies.heading')}</h3>
        ${companies.length === 0 ? html`<p part="state empty">${msg('membership.companies.empty')}</p>` : this.#renderCompanyList(companies)}
      </section>
    `;
  }

  #renderCompanyList(companies: CompanyMembershipSummary[]) {
    const long = companies.length > firstRows;
    const query = this.filter.trim().toLocaleLowerCase(getLocale());
    const matches = query ? companies.filter((m) => m.company.name.toLocaleLowerCase(getLocale()).includes(query)) : companies;
    const rows = this.showAll ? matches : matches.slice(0, firstRows);
    // Filtered here, not by the server: the contract returns every membership in one answer.
    const search = { query: this.filter, search: (query: string) => (this.filter = query), flushSearch: () => {} };
    return html`
      ${long
        ? renderListToolbar(
            renderListSearch(search, { id: 'filter', label: msg('membership.filter') }),
            html`<p role="status" class="muted">
              ${matches.length > 0
                ? msg('membership.count', { shown: formatNumber(rows.length), total: formatNumber(companies.length) })
                : msg('membership.noMatch', { query: this.filter.trim() })}
            </p>`,
          )
        : nothing}
      ${rows.length > 0
        ? renderListTable(rows, {
            labelledBy: 'companies-heading',
            columns: [msg('membership.company'), msg('membership.role'), msg('membership.grantedBy')],
            row: ({ company, role, grantedBy }) => html`
              <tr part="row">
                <th scope="row" tabindex="-1">${company.name}</th>
                <td>${role.name}</td>
                <td>${msg(`membership.grantedBy.${grantedBy}`)}</td>
              </tr>
            `,
          })
        : nothing}
      ${rows.length < matches.length
        ? html`<button type="button" class="show-all" @click=${this.#onShowAll}>
            ${msg('membership.showAll', { total: formatNumber(matches.length) })}
          </button>`
        : nothing}
    `;
  }
}

function companyAccessText(access: OrganizationMembershipSummary['companyAccess']): string {
  if (access === 'all') return msg('membership.companyAccess.all');
  if (access.length === 0) return msg('membership.companyAccess.none');
  if (access.length > namedCompanies) return msg('membership.companyAccess.many', { count: formatNumber(access.length) });
  return formatList(access.map((company) => company.name));
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-membership': SettingsMembership;
  }
}
