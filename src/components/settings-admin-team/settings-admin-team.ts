import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { AdminTeamMember } from '../../api/types.js';
import {
  SettingsInvitationResendEvent,
  SettingsInvitationResentEvent,
  SettingsMemberRemoveEvent,
  SettingsMemberRemovedEvent,
  type SettingsMemberInvitedEvent,
  type SettingsMemberUpdatedEvent,
} from '../../events/member-events.js';
import { formatNumber } from '../../i18n/format.js';
import { adminTeamMessages } from '../../i18n/en/admin-team.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { SettingsPanel, panelStyles } from '../../kit/settings-panel.js';
import { formStyles } from '../../styles/forms.js';
import { baseStyles } from '../../styles/tokens.js';
import type { ActionMenuItem, SettingsActionEvent } from '../settings-action-menu/settings-action-menu.js';
import { memberName, renderCompanyAccess, renderMember, renderStatus } from './member-cells.js';
import type { SettingsAdminTeamForm } from './settings-admin-team-form.js';
import { adminTeamStyles } from './settings-admin-team.styles.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(adminTeamMessages);

/**
 * Settings > Organization > Admin team: who administers the organization and which companies each
 * person can act in. Searched and paged on the server, so it stays fast with 10,000 members. With
 * manage permission: **Add member** (an invitation email), edit role and access, resend or cancel
 * an invitation, remove. The last Owner can be neither removed nor demoted, and the menu says so.
 *
 * @summary Organization > Admin team: list, search, Add member, edit access, invitations, remove.
 * @tag settings-admin-team
 * @csspart toolbar - Search field and the Add member button.
 * @csspart status - The outcome of the last action ("Invitation email sent to …").
 * @csspart count - "Showing N of TOTAL".
 * @csspart list - The members table.
 * @csspart row - One member.
 * @csspart row-actions - The cell holding a member's action menu.
 * @csspart company-list - The expandable list of a member's companies, when there are more than three.
 * @csspart more - The "Show more" button.
 * @csspart state - Loading, empty and error states.
 * @csspart view-only - The line saying the panel is read-only, and why.
 * @csspart access-notice - Why the panel is not available to the user.
 * @cssprop [--settings-admin-team-max-width=none] - Maximum width of the panel.
 * @cssprop [--settings-admin-team-company-list-height=14rem] - Height of the company picker before it scrolls.
 * @fires {SettingsMemberInviteEvent} settings-member-invite - Before an invitation is sent; cancelable.
 * @fires {SettingsMemberInvitedEvent} settings-member-invited - A person was invited (`scope: 'organization'`).
 * @fires {SettingsMemberUpdateEvent} settings-member-update - Before a member's role and access change; cancelable.
 * @fires {SettingsMemberUpdatedEvent} settings-member-updated - A member's role and access changed.
 * @fires {SettingsMemberRemoveEvent} settings-member-remove - Before a member is removed or an invitation cancelled; cancelable.
 * @fires {SettingsMemberRemovedEvent} settings-member-removed - A member was removed or an invitation cancelled.
 * @fires {SettingsInvitationResendEvent} settings-invitation-resend - Before an invitation is sent again; cancelable.
 * @fires {SettingsInvitationResentEvent} settings-invitation-resent - An invitation was sent again.
 */
export class SettingsAdminTeam extends SettingsPanel {
  static override styles = [baseStyles, panelStyles, formStyles, adminTeamStyles];

  protected readonly section = 'organization/admin-team' as const;

  #members = this.createPagedList({
    args: (settings) => [settings.client] as const,
    load: ([client], query, signal) => client.listAdminTeam(query, { signal }),
  });

  /** Resend invitation, from a row's menu; its error shows above the list. */
  #resend = this.createWrite({
    intent: (member: AdminTeamMember) => new SettingsInvitationResendEvent('organization', null, member),
    run: (member, { client }) => client.resendAdminTeamInvitation(member.id),
    fact: (updated) => new SettingsInvitationResentEvent('organization', null, updated),
  });

  /** Remove a member or cancel an invitation, from the confirmation dialog; its error shows there. */
  #remove = this.createWrite({
    intent: (member: AdminTeamMember) => new SettingsMemberRemoveEvent('organization', null, member),
    run: (member, { client }) => client.removeAdminTeamMember(member.id).then(() => member),
    fact: (member) => new SettingsMemberRemovedEvent('organization', null, member),
  });

  /** The member the confirmation dialog is about: removing, or cancelling their invitation. */
  @state() private removing: AdminTeamMember | undefined;
  /** The outcome of the last action, announced by the status line. */
  @state() private outcome = '';

  @query('settings-admin-team-form') private form?: SettingsAdminTeamForm;

  #isYou(member: AdminTeamMember): boolean {
    return member.userId !== null && member.userId === this.settings?.session.user.id;
  }

  /** Every action stays in the menu; one the user may not take says why instead. */
  #actionsFor(member: AdminTeamMember): ActionMenuItem[] {
    const grantable = this.settings?.session.organization?.grantableRoles.some((role) => role.id === member.role.id);
    const blocked = grantable ? undefined : msg('adminTeam.reason.notGrantable', { role: member.role.name });
    const item = (value: string, label: string, reason = blocked, danger = false): ActionMenuItem => ({
      value,
      label,
      danger,
      disabled: reason !== undefined,
      reason,
    });
    if (member.status === 'invited') {
      return [
        item('edit', msg('adminTeam.action.edit')),
        item('resend', msg('adminTeam.action.resend')),
        item('remove', msg('adminTeam.action.cancel'), blocked, true),
      ];
    }
    const lastOwner = (reason: string) => blocked ?? (member.lastOwner ? reason : undefined);
    return [
      item('edit', msg('adminTeam.action.edit'), lastOwner(msg('adminTeam.reason.lastOwnerDemote'))),
      item('remove', msg('adminTeam.action.remove'), lastOwner(msg('adminTeam.reason.lastOwnerRemove')), true),
    ];
  }

  #onAction(member: AdminTeamMember, action: string): void {
    if (action === 'edit') this.form?.show(member);
    else if (action === 'resend') void this.#onResend(member);
    else {
      // A new action: the last one's error no longer applies.
      this.#resend.reset();
      this.#remove.reset();
      this.removing = member;
    }
  }

  async #onResend(member: AdminTeamMember): Promise<void> {
    if (this.#resend.pending) return;
    this.outcome = msg('adminTeam.done.resending', { email: member.email });
    const result = await this.#resend.run(member);
    if (result.status !== 'done') {
      this.outcome = '';
      return;
    }
    const resent = result.value;
    this.outcome = msg('adminTeam.done.resent', { email: resent.email });
    this.#members.replace((m) => m.id === resent.id, resent);
  }

  async #onConfirmRemove(): Promise<void> {
    const member = this.removing;
    if (!member || this.#remove.pending) return;
    const result = await this.#remove.run(member);
    // The row was stale (someone else became the last Owner): show the list as the server has it.
    if (result.status === 'failed' && result.error.code === 'last_owner') void this.#members.reload();
    if (result.status !== 'done') return;
    this.removing = undefined;
    this.outcome =
      member.status === 'invited'
        ? msg('adminTeam.done.cancelled', { email: member.email })
        : msg('adminTeam.done.removed', { name: memberName(member) });
    void this.#members.reload();
    // Removing yourself takes your access away: let the access rules say so.
    if (this.#isYou(member)) void this.settings?.refreshSession();
  }

  #onInvited(event: SettingsMemberInvitedEvent): void {
    this.outcome = msg('adminTeam.done.invited', { email: event.member.email });
    // The server lists the newest first: reload, without a search that could hide them.
    const list = this.#members;
    if (list.query) {
      list.search('');
      list.flushSearch();
    } else void list.reload();
  }

  #onUpdated(event: SettingsMemberUpdatedEvent): void {
    const member = event.member as AdminTeamMember;
    const before = this.#members.items.find((m) => m.id === member.id);
    this.outcome = msg('adminTeam.done.updated', { name: memberName(member) });
    this.#members.replace((m) => m.id === member.id, member);
    if (before?.role.id === member.role.id) return;
    // A role change can move who is the last Owner, and your own role decides what you may do here.
    void this.#members.reload();
    if (this.#isYou(member)) void this.settings?.refreshSession();
  }

  /** Closed, however: the next confirmation starts without this one's error. */
  #onConfirmClose(): void {
    this.removing = undefined;
    this.#remove.reset();
  }

  #onSearchKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.#members.flushSearch();
  }

  protected renderPanel() {
    const list = this.#members;
    return html`
      <div part="toolbar" class="toolbar">
        <input
          type="search"
          aria-label=${msg('adminTeam.search')}
          placeholder=${msg('adminTeam.searchPlaceholder')}
          .value=${list.query}
          @input=${(e: Event) => list.search((e.target as HTMLInputElement).value)}
          @keydown=${this.#onSearchKeyDown}
        />
        ${this.canManage
          ? html`<button type="button" class="primary" @click=${() => this.form?.show()}>${msg('adminTeam.add')}</button>`
          : nothing}
      </div>
      <p part="status" role="status" class=${this.outcome ? 'success' : ''}>${this.outcome}</p>
      ${this.#resend.error && !this.removing ? this.renderError(this.#resend.error) : nothing} ${this.#renderList()}
      ${this.canManage ? this.#renderDialogs() : nothing}
    `;
  }

  #renderList() {
    const list = this.#members;
    if (list.status === 'error' && list.error) return this.renderError(list.error, () => void list.reload());
    if (list.items.length === 0 && list.status !== 'complete') {
      return html`<div part="state" role="status" aria-busy="true">${msg('state.loading')}</div>`;
    }
    if (list.items.length === 0) {
      const empty = list.searched
        ? msg('adminTeam.noMatch', { query: list.searched })
        : msg(this.canManage ? 'adminTeam.empty' : 'adminTeam.emptyViewOnly');
      return html`<div part="state empty">${empty}</div>`;
    }
    return html`
      <p part="count" class="muted" aria-live="polite">
        ${msg('adminTeam.count', { shown: formatNumber(list.items.length), total: formatNumber(list.total) })}
      </p>
      <table part="list" class="list" aria-busy=${list.status === 'pending' ? 'true' : 'false'}>
        <thead>
          <tr>
            <th scope="col">${msg('adminTeam.column.member')}</th>
            <th scope="col">${msg('adminTeam.column.role')}</th>
            <th scope="col">${msg('adminTeam.column.access')}</th>
            <th scope="col">${msg('adminTeam.column.status')}</th>
            ${this.canManage ? html`<th scope="col"><span class="visually-hidden">${msg('adminTeam.column.actions')}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${list.items.map((member) => this.#renderRow(member))}
        </tbody>
      </table>
      ${list.error ? this.renderError(list.error, () => void list.loadMore()) : nothing}
      ${list.hasMore
        ? html`<button part="more" type="button" ?disabled=${list.loadingMore} @click=${() => void list.loadMore()}>
            ${list.loadingMore ? msg('adminTeam.loadingMore') : msg('adminTeam.more')}
          </button>`
        : nothing}
    `;
  }

  #renderRow(member: AdminTeamMember) {
    return html`
      <tr part="row">
        <th scope="row">${renderMember(member, this.#isYou(member))}</th>
        <td>${member.role.name}</td>
        <td>${renderCompanyAccess(member.companyAccess)}</td>
        <td>${renderStatus(member)}</td>
        ${this.canManage
          ? html`<td part="row-actions">
              <settings-action-menu
                label=${msg('adminTeam.actions', { name: memberName(member) })}
                .items=${this.#actionsFor(member)}
                @settings-action=${(e: SettingsActionEvent) => this.#onAction(member, e.value)}
              ></settings-action-menu>
            </td>`
          : nothing}
      </tr>
    `;
  }

  #renderDialogs() {
    const member = this.removing;
    const invited = member?.status === 'invited';
    const busy = this.#remove.pending;
    let heading = '';
    if (member) {
      heading = invited
        ? msg('adminTeam.cancelInvitation.heading', { email: member.email })
        : msg('adminTeam.remove.heading', { name: memberName(member) });
    }
    return html`
      <settings-admin-team-form @settings-member-invited=${this.#onInvited} @settings-member-updated=${this.#onUpdated}></settings-admin-team-form>
      <settings-dialog
        heading=${heading}
        .open=${member !== undefined}
        ?no-dismiss=${busy}
        @settings-dialog-closed=${this.#onConfirmClose}
      >
        ${member
          ? html`
              <p>${invited ? msg('adminTeam.cancelInvitation.body') : msg('adminTeam.remove.body', { name: memberName(member) })}</p>
              ${this.#isYou(member) ? html`<p class="notice"><strong>${msg('adminTeam.remove.self')}</strong></p>` : nothing}
              ${this.#remove.error ? this.renderError(this.#remove.error) : nothing}
            `
          : nothing}
        <button slot="actions" type="button" ?disabled=${busy} @click=${() => (this.removing = undefined)}>
          ${invited ? msg('adminTeam.cancelInvitation.keep') : msg('adminTeam.form.cancel')}
        </button>
        <!-- aria-disabled, not disabled, while removing: the focused button keeps focus -->
        <button
          slot="actions"
          type="button"
          class="danger primary"
          aria-disabled=${String(busy)}
          aria-busy=${String(busy)}
          @click=${this.#onConfirmRemove}
        >
          ${invited
            ? busy
              ? msg('adminTeam.cancelInvitation.cancelling')
              : msg('adminTeam.action.cancel')
            : busy
              ? msg('adminTeam.remove.removing')
              : msg('adminTeam.remove.confirm')}
        </button>
      </settings-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-admin-team': SettingsAdminTeam;
  }
}
