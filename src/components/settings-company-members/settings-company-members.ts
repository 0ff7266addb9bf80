import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { CompanyMember, CompanyMemberInput, CompanyMemberUpdate, Role } from '../../api/types.js';
import { navigationContext, type SettingsNavigation } from '../../context/settings-context.js';
import {
  SettingsInvitationResendEvent,
  SettingsInvitationResentEvent,
  SettingsMemberInviteEvent,
  SettingsMemberInvitedEvent,
  SettingsMemberRemoveEvent,
  SettingsMemberRemovedEvent,
  SettingsMemberUpdateEvent,
  SettingsMemberUpdatedEvent,
} from '../../events/member-events.js';
import { addMessages, formatNumber, msg } from '../../i18n/localize.js';
import { companyMembersMessages } from '../../i18n/catalogs/en/company-members.js';
import { memberCellStyles, memberName, renderMember, renderMemberStatus } from '../../internal/member-cells.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { focusInvalidField, renderStatusLine } from '../../kit/views/form.js';
import { renderDialog, renderDialogActions } from '../../kit/views/dialog.js';
import { renderListSearch, renderListToolbar, renderPagedTable } from '../../kit/views/paged-list-view.js';
import type { ActionMenuItem, SettingsActionEvent } from '../settings-action-menu/settings-action-menu.js';
import { renderOrganizationSource } from './member-cells.js';
import { memberFormId, readMemberForm, renderMemberForm, validateMember, type MemberField, type MemberFieldErrors } from './member-forms.js';
import { membersStyles } from './settings-company-members.styles.js';
import { renderErrorNotice } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(companyMembersMessages);

/** What the audit record of an invitation or removal names: who, with which role. */
const memberFields = ['email', 'name', 'role', 'status'];
const invitationFields = ['invitationExpiresAt'];

/** `remove` also cancels a pending invitation: both delete the membership. */
type MemberDialog = { kind: 'invite' } | { kind: 'role' | 'remove'; member: CompanyMember };

/**
 * The selected company's members, searched and paged on the server. Users with
 * `company.members.manage` invite people by email with a role they may grant, change roles, resend
 * or cancel invitations and remove members after a confirmation (removing yourself says you will
 * lose access to the company). Members who come from the organization's admin team are marked and
 * managed there, with a link to Admin team when the user may open it. Others see the list read-only.
 *
 * @summary Company > Members: list, search, invite, change role, resend/cancel invitations, remove.
 * @tag settings-company-members
 * @csspart header - The heading naming the company.
 * @fires {SettingsMemberInviteEvent} settings-member-invite - Before an invitation is sent (cancelable); `scope: 'company'`.
 * @fires {SettingsMemberInvitedEvent} settings-member-invited - A person was invited.
 * @fires {SettingsMemberUpdateEvent} settings-member-update - Before a member's role changes (cancelable).
 * @fires {SettingsMemberUpdatedEvent} settings-member-updated - A member's role changed.
 * @fires {SettingsMemberRemoveEvent} settings-member-remove - Before a member is removed or an invitation cancelled (cancelable).
 * @fires {SettingsMemberRemovedEvent} settings-member-removed - A member was removed or an invitation cancelled.
 * @fires {SettingsInvitationResendEvent} settings-invitation-resend - Before an invitation is sent again (cancelable).
 * @fires {SettingsInvitationResentEvent} settings-invitation-resent - An invitation was sent again.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsCompanyMembers extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    navigation: { state: true },
    formErrors: { state: true },
    notice: { state: true },
  };

  static override styles = [...SettingsPanel.styles, memberCellStyles, membersStyles];

  protected readonly sectionId = 'company/members' as const;

  /** The shell's routing, for the link to Admin team; absent when the panel stands alone. */
  private navigation?: SettingsNavigation;
  // A controller rather than @consume, whose code would otherwise come with the first load.
  // eslint-disable-next-line no-unused-private-class-members -- a controller: it works by being made
  #navigationConsumer = new ContextConsumer(this, { context: navigationContext, subscribe: true, callback: (navigation) => (this.navigation = navigation) });

  readonly #members = this.section.pagedList({
    args: (settings) => [settings.client, settings.companyId!] as const,
    load: ([client, companyId], query, signal) => client.listCompanyMembers(companyId, query, { signal }),
  });

  /** Invite member. Every write names the company it is sent for, in its intent and fact events. */
  readonly #invite = this.section.write({
    intent: ({ companyId, input }: { companyId: string; input: CompanyMemberInput }) => new SettingsMemberInviteEvent('company', companyId, input),
    run: ({ input }, { client, companyId, idempotencyKey }) => client.inviteCompanyMember(companyId!, input, { idempotencyKey }),
    change: (member) => ({ action: 'member.invited', target: { type: 'company-member', id: member.id }, before: null, after: member, fields: memberFields }),
    fact: (member, { companyId }, change) => new SettingsMemberInvitedEvent('company', companyId, member, change),
  });

  /** Change role. */
  readonly #changeRole = this.section.write({
    intent: ({ companyId, member, update }: { companyId: string; member: CompanyMember; update: CompanyMemberUpdate }) =>
      new SettingsMemberUpdateEvent('company', companyId, member, update),
    run: ({ member, update }, { client, companyId }) => client.updateCompanyMember(companyId!, member.id, update),
    change: (updated, { member }) => ({ action: 'member.updated', target: { type: 'company-member', id: member.id }, before: member, after: updated, fields: ['role'] }),
    fact: (member, { companyId }, change) => new SettingsMemberUpdatedEvent('company', companyId, member, change),
  });

  /** Remove a member, or cancel a pending invitation. */
  readonly #remove = this.section.write({
    intent: ({ companyId, member }: { companyId: string; member: CompanyMember }) => new SettingsMemberRemoveEvent('company', companyId, member),
    run: ({ member }, { client, companyId }) => client.removeCompanyMember(companyId!, member.id).then(() => member),
    change: (member) => ({ action: 'member.removed', target: { type: 'company-member', id: member.id }, before: member, after: null, fields: memberFields }),
    fact: (member, { companyId }, change) => new SettingsMemberRemovedEvent('company', companyId, member, change),
  });

  /** Resend an invitation, from the row menu (no dialog): its error shows above the list. */
  readonly #resend = this.section.write({
    intent: ({ companyId, member }: { companyId: string; member: CompanyMember }) => new SettingsInvitationResendEvent('company', companyId, member),
    run: ({ member }, { client, companyId }) => client.resendCompanyInvitation(companyId!, member.id),
    change: (resent, { member }) => ({ action: 'invitation.resent', target: { type: 'company-member', id: member.id }, before: member, after: resent, fields: invitationFields }),
    fact: (member, { companyId }, change) => new SettingsInvitationResentEvent('company', companyId, member, change),
  });

  /** The open dialog and the write each kind starts; it closes by itself when another company is on screen. */
  readonly #dialog = this.section.dialog<MemberDialog>({ invite: this.#invite, role: this.#changeRole, remove: this.#remove });

  /** Problems found in the form before sending it. */
  private formErrors: MemberFieldErrors = {};
  /** The outcome of the last change (or the one in progress). */
  private notice = '';

  /** A confirmation about one company must not stay under another's name (its dialogs close by themselves). */
  protected override companySwitched(): void {
    this.notice = '';
  }

  /** The company roles this user may grant; nothing else is offered. */
  get #roles(): readonly Role[] {
    return this.section.settings?.company?.grantableRoles ?? [];
  }

  get #company(): string {
    return this.section.settings?.company?.name ?? '';
  }

  #isYou(member: CompanyMember): boolean {
    return member.userId !== null && member.userId === this.section.settings?.session.user.id;
  }

  /** The company on screen, which a write started now is sent for. */
  get #companyId(): string {
    return this.section.settings!.companyId!;
  }

  /** Opens `dialog` clean: the dialogs' last errors (the controller's) and the resend's go with the form's. */
  #open(dialog: MemberDialog): void {
    this.#resend.reset();
    this.formErrors = {};
    this.notice = '';
    this.#dialog.open(dialog);
  }

  #onAction(member: CompanyMember, action: string): void {
    if (action === 'resend') void this.#onResend(member);
    else this.#open({ kind: action === 'role' ? 'role' : 'remove', member });
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dialog = this.#dialog.current;
    if (!dialog || dialog.kind === 'remove' || this.#dialog.pending) return;
    const inviting = dialog.kind === 'invite';
    const input = readMemberForm(event.target as HTMLFormElement);
    this.formErrors = this.section.inLocale(() => validateMember(input, inviting));
    if (Object.keys(this.formErrors).length > 0) return focusInvalidField(this);
    const companyId = this.#companyId;
    if (inviting) {
      const result = await this.#invite.run({ companyId, input });
      if (result.status === 'done') return this.#done(() => msg('companyMembers.done.invited', { email: result.value.email }), true);
      if (result.status === 'failed' && result.error.fieldErrors) await focusInvalidField(this);
    } else {
      const result = await this.#changeRole.run({ companyId, member: dialog.member, update: { roleId: input.roleId } });
      if (result.status === 'done') {
        const updated = result.value;
        this.#members.replace((m) => m.id === updated.id, updated);
        this.#done(() => msg('companyMembers.done.updated', { name: memberName(updated), role: updated.role.name }), false);
        // Your own role decides what you may do here: ask again.
        if (this.#isYou(updated)) void this.section.settings?.refreshSession();
        return;
      }
      if (result.status === 'failed' && result.error.fieldErrors) await focusInvalidField(this);
    }
  }

  async #onRemove(member: CompanyMember): Promise<void> {
    if (this.#remove.pending) return;
    const result = await this.#remove.run({ companyId: this.#companyId, member });
    // Cancelled, failed (the dialog shows why) or stale (another company is on screen now).
    if (result.status !== 'done') return;
    const invited = member.status === 'invited';
    this.#done(
      () => (invited ? msg('companyMembers.done.cancelled', { email: member.email }) : msg('companyMembers.done.removed', { name: memberName(member), company: this.#company })),
      true,
    );
    // Without this membership the user may no longer see the company: the session says what is left.
    if (this.#isYou(member)) void this.section.settings?.refreshSession();
  }

  async #onResend(member: CompanyMember): Promise<void> {
    // One resend at a time: the notice names the invitation being sent.
    if (this.#resend.pending) return;
    this.notice = this.section.inLocale(() => msg('companyMembers.done.resending', { email: member.email }));
    const result = await this.#resend.run({ companyId: this.#companyId, member });
    // Another company is on screen now: its notice and list are not this write's to change.
    if (result.status === 'stale') return;
    if (result.status === 'done') {
      const resent = result.value;
      this.#members.replace((m) => m.id === resent.id, resent);
      this.notice = this.section.inLocale(() => msg('companyMembers.done.resent', { email: resent.email }));
    } else {
      this.notice = '';
    }
  }

  /** Closes the dialog and says what changed: `notice` is made in the provider's language. */
  #done(notice: () => string, reload: boolean): void {
    this.#dialog.close();
    this.notice = this.section.inLocale(notice);
    if (reload) void this.#members.reload();
  }

  #onAdminTeamClick = (event: MouseEvent): void => {
    // Modified clicks open the link the browser's way (new tab, window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.navigation?.navigate('organization/admin-team');
  };

  protected renderPanel() {
    const canInvite = this.section.canManage && this.#roles.length > 0;
    return html`
      <h3 part="header" id="members-heading">${msg('companyMembers.heading', { company: this.#company })}</h3>
      ${renderListToolbar(
        renderListSearch(this.#members, { id: 'member-search', label: msg('companyMembers.search'), placeholder: msg('companyMembers.searchPlaceholder') }),
        canInvite ? html`<button type="button" class="primary" @click=${() => this.#open({ kind: 'invite' })}>${msg('companyMembers.invite')}</button>` : nothing,
      )}
      ${renderStatusLine(this.notice)} ${this.#resend.error && !this.#dialog.current ? renderErrorNotice(this.#resend.error) : nothing} ${this.#renderList()}
      ${renderDialog(this.#dialog, { heading: (dialog) => this.#heading(dialog), content: (dialog) => this.#renderDialog(dialog) })}
    `;
  }

  #renderList() {
    const list = this.#members;
    return renderPagedTable(list, {
      columns: [msg('companyMembers.column.member'), msg('companyMembers.column.role'), msg('companyMembers.column.status')],
      actions: this.section.canManage ? msg('companyMembers.column.actions') : undefined,
      labelledBy: 'members-heading',
      skeletonLines: 2,
      row: (member) => this.#renderRow(member),
      empty: () => {
        const query = list.searched.trim();
        const text = query ? msg('companyMembers.noMatch', { query }) : msg('companyMembers.empty', { company: this.#company });
        return html`<p>${text} ${!query && this.section.canManage ? msg('companyMembers.empty.invite') : nothing}</p>`;
      },
      count: msg('companyMembers.count', { shown: formatNumber(list.items.length), total: formatNumber(list.total), count: list.total }),
      more: msg('companyMembers.more'),
      loadingMore: msg('companyMembers.loadingMore'),
    });
  }

  #renderRow(member: CompanyMember) {
    const fromOrganization = member.source === 'organization';
    return html`
      <tr part="row">
        <th scope="row">${renderMember(member, this.#isYou(member))}</th>
        <td>${member.role.name} ${fromOrganization ? renderOrganizationSource(this.#adminTeamLink(), this.#onAdminTeamClick) : nothing}</td>
        <td>${renderMemberStatus(member)}</td>
        ${this.section.canManage ? html`<td part="row-actions">${fromOrganization ? nothing : this.#renderMenu(member)}</td>` : nothing}
      </tr>
    `;
  }

  /** Admin-team members are managed there: a link when the user may go, the path in words otherwise. */
  #adminTeamLink(): string | undefined {
    const navigation = this.navigation;
    return navigation && this.section.settings?.access('organization/admin-team').allowed ? navigation.href('organization/admin-team') : undefined;
  }

  #renderMenu(member: CompanyMember) {
    // A member whose role this user may not grant is not theirs to manage: the items say why.
    const locked = !this.#roles.some((role) => role.id === member.role.id);
    const reason = locked ? msg('companyMembers.reason.notGrantable', { role: member.role.name }) : undefined;
    const item = (value: string, label: string, danger = false): ActionMenuItem => ({ value, label, danger, disabled: locked, reason });
    const items =
      member.status === 'invited'
        ? [
            item('role', msg('companyMembers.action.role')),
            item('resend', msg('companyMembers.action.resend')),
            item('cancel', msg('companyMembers.action.cancel'), true),
          ]
        : [item('role', msg('companyMembers.action.role')), item('remove', msg('companyMembers.action.remove'), true)];
    return html`
      <settings-action-menu
        label=${msg('companyMembers.actions', { name: memberName(member) })}
        .items=${items}
        @settings-action=${(event: SettingsActionEvent) => this.#onAction(member, event.value)}
      ></settings-action-menu>
    `;
  }

  #heading(dialog: MemberDialog): string {
    if (dialog.kind === 'invite') return msg('companyMembers.form.inviteHeading', { company: this.#company });
    if (dialog.kind === 'role') return msg('companyMembers.role.heading', { name: memberName(dialog.member) });
    return dialog.member.status === 'invited'
      ? msg('companyMembers.cancelInvitation.heading', { email: dialog.member.email })
      : msg('companyMembers.remove.heading', { name: memberName(dialog.member), company: this.#company });
  }

  #renderDialog(dialog: MemberDialog) {
    if (dialog.kind === 'invite') return this.#renderForm(undefined);
    if (dialog.kind === 'role') return this.#renderForm(dialog.member);
    return this.#renderRemove(dialog.member);
  }

  /** Invite member (no `member`) or Change role; a field shows our own check first, else the server's 422. */
  #renderForm(member: CompanyMember | undefined) {
    const selfWarning = member && this.#isYou(member) ? msg('companyMembers.role.self', { company: this.#company }) : undefined;
    const write = member ? this.#changeRole : this.#invite;
    const errorOf = (field: MemberField) => this.formErrors[field] ?? write.fieldError(field);
    return html`
      ${renderMemberForm({ member, roles: this.#roles, selfWarning, errorOf, onSubmit: (event) => void this.#onSubmit(event) })}
      ${renderDialogActions({
        write,
        dismiss: { label: msg('companyMembers.form.cancel'), onClick: this.#dialog.close },
        confirm: member
          ? { label: msg('companyMembers.role.save'), pendingLabel: msg('companyMembers.role.saving'), form: memberFormId }
          : { label: msg('companyMembers.form.send'), pendingLabel: msg('companyMembers.form.sending'), form: memberFormId },
      })}
    `;
  }

  /** Remove a member, or cancel a pending invitation; removing yourself says what you lose. */
  #renderRemove(member: CompanyMember) {
    const invited = member.status === 'invited';
    const [dismiss, label, pendingLabel] = invited
      ? [msg('companyMembers.cancelInvitation.keep'), msg('companyMembers.action.cancel'), msg('companyMembers.cancelInvitation.cancelling')]
      : [msg('companyMembers.form.cancel'), msg('companyMembers.action.remove'), msg('companyMembers.remove.removing')];
    return html`
      <p>${invited ? msg('companyMembers.cancelInvitation.body') : msg('companyMembers.remove.body', { name: memberName(member), company: this.#company })}</p>
      ${this.#isYou(member) ? html`<p class="notice self-warning">${msg('companyMembers.remove.self', { company: this.#company })}</p>` : nothing}
      ${renderDialogActions({
        write: this.#remove,
        dismiss: { label: dismiss, onClick: this.#dialog.close },
        confirm: { label, pendingLabel, danger: true, onClick: () => void this.#onRemove(member) },
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-company-members': SettingsCompanyMembers;
  }
}
