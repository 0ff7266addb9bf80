import { html, nothing, type PropertyDeclarations } from 'lit';
import { withinCompanyAccess } from '../../access/company-grant.js';
import type { AdminTeamMember } from '../../api/types.js';
import {
  SettingsInvitationResendEvent,
  SettingsInvitationResentEvent,
  SettingsMemberRemoveEvent,
  SettingsMemberRemovedEvent,
  type SettingsMemberInvitedEvent,
  type SettingsMemberUpdatedEvent,
} from '../../events/member-events.js';
import { addMessages, formatNumber, msg } from '../../i18n/localize.js';
import { adminTeamMessages } from '../../i18n/catalogs/en/admin-team.js';
import { ElementCode } from '../../internal/lazy-element.js';
import { memberCellStyles, memberName, renderMember, renderMemberStatus } from '../../internal/member-cells.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { renderDialog, renderDialogActions } from '../../kit/views/dialog.js';
import { renderListSearch, renderListToolbar, renderPagedTable } from '../../kit/views/paged-list-view.js';
import { renderStatusLine } from '../../kit/views/form.js';
import type { ActionMenuItem, SettingsActionEvent } from '../settings-action-menu/settings-action-menu.js';
import { renderCompanyAccess } from './company-access.js';
import type { SettingsAdminTeamForm } from './settings-admin-team-form.js';
import { adminTeamStyles } from './settings-admin-team.styles.js';
import { adminTeamMemberFields, invitationFields } from './audit-fields.js';
import { renderErrorNotice, renderFailureNotice } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(adminTeamMessages);

/** The confirmation of removing a member, or of cancelling their invitation. */
type RemoveDialog = { kind: 'remove'; member: AdminTeamMember };

/** Add member (no `member`) or Edit `member`, asked for from the button `opener`. */
type FormRequest = { readonly member: AdminTeamMember | undefined; readonly opener: HTMLElement | undefined };

/** The focused element, through the shadow roots it is in (a menu's button, once the menu closed). */
function focusedElement(): HTMLElement | undefined {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused instanceof HTMLElement ? focused : undefined;
}

/**
 * Settings > Organization > Admin team: who administers the organization and which companies each
 * person can act in. Searched and paged on the server, so it stays fast with 10,000 members. With
 * manage permission: **Add member** (an invitation email), edit role and access, resend or cancel
 * an invitation, remove. The last Owner can be neither removed nor demoted, and the menu says so.
 * The parts every panel shares (toolbar, status, list, row, row-actions, more, state, …) are
 * documented on `SettingsPanel`.
 *
 * @summary Organization > Admin team: list, search, Add member, edit access, invitations, remove.
 * @tag settings-admin-team
 * @csspart company-list - The expandable list of a member's companies, when there are more than three.
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
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsAdminTeam extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    outcome: { state: true },
  };

  static override styles = [...SettingsPanel.styles, memberCellStyles, adminTeamStyles];

  protected readonly sectionId = 'organization/admin-team' as const;

  #members = this.section.pagedList({
    args: (settings) => [settings.client] as const,
    load: ([client], query, signal) => client.listAdminTeam(query, { signal }),
  });

  /** Resend invitation, from a row's menu; its error shows above the list. */
  #resend = this.section.write({
    intent: (member: AdminTeamMember) => new SettingsInvitationResendEvent('organization', null, member),
    run: (member, { client }) => client.resendAdminTeamInvitation(member.id),
    change: (updated, member) => ({ action: 'invitation.resent', target: { type: 'admin-team-member', id: member.id }, before: member, after: updated, fields: invitationFields }),
    fact: (updated, _, change) => new SettingsInvitationResentEvent('organization', null, updated, change),
  });

  /** Remove a member or cancel an invitation, from the confirmation dialog; its error shows there. */
  #remove = this.section.write({
    intent: (member: AdminTeamMember) => new SettingsMemberRemoveEvent('organization', null, member),
    run: (member, { client }) => client.removeAdminTeamMember(member.id).then(() => member),
    change: (member) => ({ action: 'member.removed', target: { type: 'admin-team-member', id: member.id }, before: member, after: null, fields: adminTeamMemberFields }),
    fact: (member, _, change) => new SettingsMemberRemovedEvent('organization', null, member, change),
  });

  /** The confirmation dialog (Add member and Edit are `<settings-admin-team-form>`'s); the kit closes it when another user comes on screen. */
  readonly #dialog = this.section.dialog<RemoveDialog>({ remove: this.#remove });
  /**
   * The Add member / Edit dialog's code (and strings), loaded when a manager first adds or edits a
   * member, or ahead of it when the pointer rests on or focus reaches Add member or a row's menu.
   */
  readonly #formCode = new ElementCode<FormRequest>(this, 'settings-admin-team-form', ({ member }) => this.form?.show(member));
  /** The outcome of the last action, announced by the status line. */
  private outcome: string | undefined;

  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get form() {
    return this.renderRoot?.querySelector<SettingsAdminTeamForm>('settings-admin-team-form');
  }

  /**
   * Settles as every panel's does, and once Add member or Edit asked for meanwhile has opened (or
   * the dialog's code failed to load): that code arrives when first needed.
   */
  override get taskComplete(): Promise<void> {
    return this.#formCode.taskComplete.then(() => super.taskComplete);
  }

  /** Another user is signed in: the last one's outcome goes, and so does a dialog still waiting for its code (the kit closes the confirmation). */
  protected override userChanged(): void {
    this.outcome = undefined;
    this.#formCode.forget();
  }

  #isYou(member: AdminTeamMember): boolean {
    return member.userId !== null && member.userId === this.section.settings?.session.user.id;
  }

  /**
   * Why the user may not change `member` at all, as the server would refuse: a role they cannot
   * grant, or company access reaching beyond their own.
   */
  #whyNotChangeable(member: AdminTeamMember): string | undefined {
    const organization = this.section.settings?.session.organization;
    if (!organization?.grantableRoles.some((role) => role.id === member.role.id)) {
      return msg('adminTeam.reason.notGrantable', { role: member.role.name });
    }
    const access = member.companyAccess === 'all' ? 'all' : member.companyAccess.map((company) => company.id);
    if (!withinCompanyAccess(organization.companyAccess, access)) return msg('adminTeam.reason.widerAccess', { name: memberName(member) });
    return undefined;
  }

  /** Every action stays in the menu; one the user may not take says why instead. */
  #actionsFor(member: AdminTeamMember): ActionMenuItem[] {
    const blocked = this.#whyNotChangeable(member);
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
    // Leaving is allowed (the dialog warns); widening or narrowing one's own access is not.
    const editReason = lastOwner(msg('adminTeam.reason.lastOwnerDemote')) ?? (this.#isYou(member) ? msg('adminTeam.reason.yourself') : undefined);
    return [
      item('edit', msg('adminTeam.action.edit'), editReason),
      item('remove', msg('adminTeam.action.remove'), lastOwner(msg('adminTeam.reason.lastOwnerRemove')), true),
    ];
  }

  #onAction(member: AdminTeamMember, action: string): void {
    // The menu gave focus back to its button before saying which item was chosen.
    if (action === 'edit') this.#openForm(member, focusedElement());
    else if (action === 'resend') void this.#onResend(member);
    else {
      // A new action: the last one's error no longer applies (opening forgets the removal's), and a
      // dialog still waiting for its code no longer opens (two dialogs never stack).
      this.#resend.reset();
      this.#formCode.forget();
      this.#dialog.open({ kind: 'remove', member });
    }
  }

  /**
   * Opens Add member (no `member`) or Edit once the dialog's code is there: meanwhile the button
   * that asked is busy, and keeps focus for the dialog to return it to.
   */
  #openForm(member: AdminTeamMember | undefined, opener: EventTarget | null | undefined): void {
    if (this.#formCode.waiting) return;
    void this.#formCode.open({ member, opener: opener instanceof HTMLElement ? opener : undefined });
  }

  /** Try again after the dialog's code failed to load: from the button that asked, busy meanwhile. */
  #retryForm = (): void => {
    this.#formCode.failed?.opener?.focus();
    void this.#formCode.retry();
  };

  /** The pointer rests on, or focus reaches, Add member or a row's menu: the dialog's code is fetched ahead of the click. */
  #prefetchForm = (): void => this.#formCode.prefetch();

  async #onResend(member: AdminTeamMember): Promise<void> {
    if (this.#resend.pending) return;
    this.outcome = this.section.inLocale(() => msg('adminTeam.done.resending', { email: member.email }));
    const result = await this.#resend.run(member);
    if (result.status !== 'done') {
      this.outcome = undefined;
      return;
    }
    const resent = result.value;
    this.outcome = this.section.inLocale(() => msg('adminTeam.done.resent', { email: resent.email }));
    this.#members.replace((m) => m.id === resent.id, resent);
  }

  async #onConfirmRemove(): Promise<void> {
    const member = this.#dialog.current?.member;
    if (!member || this.#dialog.pending) return;
    const result = await this.#remove.run(member);
    // The row was stale (someone else became the last Owner): show the list as the server has it.
    if (result.status === 'failed' && result.error.code === 'last_owner') void this.#members.reload();
    if (result.status !== 'done') return;
    this.#dialog.close();
    this.outcome = this.section.inLocale(() =>
      member.status === 'invited' ? msg('adminTeam.done.cancelled', { email: member.email }) : msg('adminTeam.done.removed', { name: memberName(member) }),
    );
    void this.#members.reload();
    // Removing yourself takes your access away: let the access rules say so.
    if (this.#isYou(member)) void this.section.settings?.refreshSession();
  }

  #onInvited(event: SettingsMemberInvitedEvent): void {
    this.outcome = this.section.inLocale(() => msg('adminTeam.done.invited', { email: event.member.email }));
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
    this.outcome = this.section.inLocale(() => msg('adminTeam.done.updated', { name: memberName(member) }));
    this.#members.replace((m) => m.id === member.id, member);
    if (before?.role.id === member.role.id) return;
    // A role change can move who is the last Owner, and your own role decides what you may do here.
    void this.#members.reload();
    if (this.#isYou(member)) void this.section.settings?.refreshSession();
  }

  protected renderPanel() {
    return html`
      ${this.#renderToolbar()} ${renderStatusLine(this.outcome)}
      ${this.#resend.error && !this.#dialog.current ? renderErrorNotice(this.#resend.error) : nothing}
      ${this.#formCode.failed ? this.#renderFormFailed() : nothing} ${this.#renderList()}
      ${this.section.canManage ? this.#renderDialogs() : nothing}
    `;
  }

  #renderToolbar() {
    return renderListToolbar(
      renderListSearch(this.#members, { id: 'admin-team-search', label: msg('adminTeam.search'), placeholder: msg('adminTeam.searchPlaceholder') }),
      this.section.canManage ? this.#renderAdd() : nothing,
    );
  }

  /** Add member; busy while the dialog's code loads for it, unavailable while it loads for an Edit. */
  #renderAdd() {
    const waiting = this.#formCode.waiting;
    return html`<button
      type="button"
      class="primary"
      aria-disabled=${String(waiting !== undefined)}
      aria-busy=${String(waiting !== undefined && waiting.member === undefined)}
      @pointerenter=${this.#prefetchForm}
      @focus=${this.#prefetchForm}
      @click=${(event: Event) => this.#openForm(undefined, event.currentTarget)}
    >
      ${msg('adminTeam.add')}
    </button>`;
  }

  /** The dialog's code did not arrive (nothing opened): what to do, and Try again. */
  #renderFormFailed() {
    return renderFailureNotice(msg('adminTeam.formLoadFailed'), this.#retryForm);
  }

  #renderList() {
    const list = this.#members;
    return renderPagedTable(list, {
      columns: [msg('adminTeam.column.member'), msg('adminTeam.column.role'), msg('adminTeam.column.access'), msg('adminTeam.column.status')],
      actions: this.section.canManage ? msg('adminTeam.column.actions') : undefined,
      // The shell's heading is outside this shadow root: the table is named after the section.
      label: msg('section.organization/admin-team'),
      skeletonLines: 2,
      row: (member) => this.#renderRow(member),
      empty: () =>
        list.searched
          ? msg('adminTeam.noMatch', { query: list.searched })
          : msg(this.section.canManage ? 'adminTeam.empty' : 'adminTeam.emptyViewOnly'),
      count: msg('adminTeam.count', { shown: formatNumber(list.items.length), total: formatNumber(list.total) }),
      more: msg('adminTeam.more'),
      loadingMore: msg('adminTeam.loadingMore'),
    });
  }

  #renderRow(member: AdminTeamMember) {
    return html`
      <tr part="row">
        <th scope="row">${renderMember(member, this.#isYou(member))}</th>
        <td>${member.role.name}</td>
        <td>${renderCompanyAccess(member.companyAccess)}</td>
        <td>${renderMemberStatus(member)}</td>
        ${this.section.canManage
          ? html`<td part="row-actions">
              <settings-action-menu
                label=${msg('adminTeam.actions', { name: memberName(member) })}
                aria-busy=${String(this.#formCode.waiting?.member?.id === member.id)}
                .items=${this.#actionsFor(member)}
                @pointerenter=${this.#prefetchForm}
                @focusin=${this.#prefetchForm}
                @settings-action=${(e: SettingsActionEvent) => this.#onAction(member, e.value)}
              ></settings-action-menu>
            </td>`
          : nothing}
      </tr>
    `;
  }

  #renderDialogs() {
    return html`
      ${this.#formCode.defined
        ? // The kit's parts of its dialog passed through, so a page styles them as those the panel draws itself.
          html`<settings-admin-team-form
            exportparts="dialog, state, error"
            @settings-member-invited=${this.#onInvited}
            @settings-member-updated=${this.#onUpdated}
          ></settings-admin-team-form>`
        : nothing}
      ${renderDialog(this.#dialog, {
        heading: ({ member }) =>
          member.status === 'invited'
            ? msg('adminTeam.cancelInvitation.heading', { email: member.email })
            : msg('adminTeam.remove.heading', { name: memberName(member) }),
        content: ({ member }) => this.#renderRemove(member),
      })}
    `;
  }

  /** Remove a member, or cancel their invitation; removing yourself says what you lose. */
  #renderRemove(member: AdminTeamMember) {
    const invited = member.status === 'invited';
    return html`
      <p>${invited ? msg('adminTeam.cancelInvitation.body') : msg('adminTeam.remove.body', { name: memberName(member) })}</p>
      ${this.#isYou(member) ? html`<p class="notice"><strong>${msg('adminTeam.remove.self')}</strong></p>` : nothing}
      ${renderDialogActions({
        write: this.#remove,
        dismiss: { label: msg(invited ? 'adminTeam.cancelInvitation.keep' : 'adminTeam.form.cancel'), onClick: this.#dialog.close },
        confirm: {
          danger: true,
          label: msg(invited ? 'adminTeam.action.cancel' : 'adminTeam.remove.confirm'),
          pendingLabel: msg(invited ? 'adminTeam.cancelInvitation.cancelling' : 'adminTeam.remove.removing'),
          onClick: () => void this.#onConfirmRemove(),
        },
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-admin-team': SettingsAdminTeam;
  }
}
