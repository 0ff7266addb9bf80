import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type {
  AdminTeamMember,
  AdminTeamMemberInput,
  AdminTeamMemberUpdate,
  CompanyAccess,
  CompanyRef,
  GrantableOrganizationRole,
  Page,
} from '../../api/types.js';
import {
  SettingsMemberInviteEvent,
  SettingsMemberInvitedEvent,
  SettingsMemberUpdateEvent,
  SettingsMemberUpdatedEvent,
} from '../../events/member-events.js';
import { addMessages, formatNumber, msg } from '../../i18n/localize.js';
import { adminTeamFormMessages } from '../../i18n/catalogs/en/admin-team-form.js';
import { emailProblem } from '../../internal/email.js';
import { memberName } from '../../internal/member-cells.js';
import { renderErrorNotice } from '../../kit/views/states.js';
import { SectionController } from '../../kit/section-controller.js';
import { panelStyles } from '../../kit/settings-panel.js';
import { describedBy, focusInvalidField, renderButton, renderField, renderFieldset } from '../../kit/views/form.js';
import { renderDialogActions } from '../../kit/views/dialog.js';
import { renderLoading } from '../../kit/views/skeleton.js';
import type { WriteController } from '../../kit/write-controller.js';
import { formStyles } from '../../styles/forms.js';
import { baseStyles } from '../../styles/tokens.js';
import { defineElement } from '../../internal/define-element.js';
import { adminTeamMemberFields } from './audit-fields.js';
import { memberFormStyles } from './settings-admin-team-form.styles.js';

// The dialog's own strings arrive with its code (`<settings-admin-team>` loads it when first needed).
addMessages(adminTeamFormMessages);

type Field = 'email' | 'roleId' | 'companyAccess';

/**
 * The **Add member** and **Edit role and access** dialog of `<settings-admin-team>`: an email
 * (when adding), a role the user may grant, and, for roles that carry the choice, access to all
 * companies or to specific ones picked from the organization's companies (searched on the server).
 * It runs its own writes, so its intent and fact events bubble out through the panel.
 *
 * A plain element inside the panel's shadow root: it reads the provider's context itself, and its
 * reads go through the same access gate as the panel's (manage permission on the admin team), so
 * it cannot ask for anything the section hides. The panel renders it only to users who may manage,
 * and loads its code (and strings) when one first adds or edits a member.
 *
 * @summary Add member / edit role and access dialog of the admin team.
 * @tag settings-admin-team-form
 * @csspart companies - The specific-companies picker.
 * @csspart state - The companies' loading and error states, and a failed write (with `error`).
 * @fires {SettingsMemberInviteEvent} settings-member-invite - Before an invitation is sent; cancelable.
 * @fires {SettingsMemberInvitedEvent} settings-member-invited - The person was invited.
 * @fires {SettingsMemberUpdateEvent} settings-member-update - Before a member's role and access change; cancelable.
 * @fires {SettingsMemberUpdatedEvent} settings-member-updated - The member's role and access changed.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsAdminTeamForm extends LitElement {
  static override properties: PropertyDeclarations = {
    open: { state: true },
    member: { state: true },
    email: { state: true },
    roleId: { state: true },
    specific: { state: true },
    selected: { state: true },
    submitted: { state: true },
  };

  // The panel's look for the picker's loading and error states (`state`), as in every panel.
  static override styles = [baseStyles, formStyles, panelStyles, memberFormStyles];

  /**
   * The admin team section, for managers only (the panel renders the form only to them). Another
   * user signed in: what was typed for the last one is not sent for the new one.
   */
  #section = new SectionController(this, 'organization/admin-team', { requires: 'manage', userChanged: () => (this.open = false) });

  /** Settles when every read and write of the dialog has settled and it has rendered the outcome. */
  get taskComplete(): Promise<void> {
    return this.#section.taskComplete;
  }

  /**
   * Companies are asked for only while the picker shows, page by page (large orgs have 200); the
   * companies offered are the user's own, so another user's are asked for afresh.
   */
  #companies = this.#section.pagedList({
    args: (s) => (this.#picking ? ([s.client] as const) : null),
    load: ([client], query, signal): Promise<Page<CompanyRef>> => client.listOrganizationCompanies(query, { signal }),
  });

  /** Add member: the invitation. */
  #invite = this.#section.write({
    intent: (input: AdminTeamMemberInput) => new SettingsMemberInviteEvent('organization', null, input),
    run: (input, { client, idempotencyKey }): Promise<AdminTeamMember> => client.addAdminTeamMember(input, { idempotencyKey }),
    change: (member) => ({ action: 'member.invited', target: { type: 'admin-team-member', id: member.id }, before: null, after: member, fields: adminTeamMemberFields }),
    fact: (member, _, change) => new SettingsMemberInvitedEvent('organization', null, member, change),
  });

  /** Edit role and access. */
  #update = this.#section.write({
    intent: ({ member, update }: { member: AdminTeamMember; update: AdminTeamMemberUpdate }) => new SettingsMemberUpdateEvent('organization', null, member, update),
    run: ({ member, update }, { client }): Promise<AdminTeamMember> => client.updateAdminTeamMember(member.id, update),
    change: (updated, { member }) => ({ action: 'member.updated', target: { type: 'admin-team-member', id: member.id }, before: member, after: updated, fields: ['role', 'companyAccess'] }),
    fact: (updated, _, change) => new SettingsMemberUpdatedEvent('organization', null, updated, change),
  });

  private open = false;
  /** Set when editing; adding otherwise. */
  private member: AdminTeamMember | undefined;
  private email = '';
  private roleId = '';
  private specific = true;
  /** Chosen companies by id, with their names: the choice survives filtering and paging. */
  private selected = new Map<string, string>();
  /** The user tried to submit: from now on, client-side problems show beside their fields. */
  private submitted = false;

  /** Updates in the provider's language: `msg` and the formatters speak it while it renders. */
  protected override performUpdate(): void {
    this.#section.inLocale(() => super.performUpdate());
  }

  /**
   * Opens the dialog: empty to add a member, or filled in with `member` to edit their role and
   * access. A new member starts on specific companies, the least access the choice offers.
   */
  show(member?: AdminTeamMember): void {
    const access = member?.companyAccess;
    this.member = member;
    this.email = '';
    this.roleId = member?.role.id ?? '';
    this.specific = access !== 'all' || !this.#mayGrantAll;
    this.selected = new Map(Array.isArray(access) ? access.map((company) => [company.id, company.name]) : []);
    this.submitted = false;
    this.#invite.reset();
    this.#update.reset();
    this.#companies.clearSearch();
    this.open = true;
  }

  /** The write of what the dialog is doing (adding or editing): its pending state and errors are shown. */
  get #write(): Pick<WriteController<unknown, AdminTeamMember>, 'pending' | 'error' | 'fieldError'> {
    return this.member ? this.#update : this.#invite;
  }

  get #roles(): GrantableOrganizationRole[] {
    return this.#section.settings?.session.organization?.grantableRoles ?? [];
  }

  get #role(): GrantableOrganizationRole | undefined {
    return this.#roles.find((role) => role.id === this.roleId);
  }

  get #picking(): boolean {
    return this.open && this.specific && this.#role?.companyAccess === 'choose';
  }

  #problems(): Record<Field, string | undefined> {
    return {
      email: this.member ? undefined : emailProblem(this.email),
      roleId: this.#role ? undefined : msg('adminTeam.form.roleRequired'),
      companyAccess: this.#picking && this.selected.size === 0 ? msg('adminTeam.form.companiesRequired') : undefined,
    };
  }

  /** What is wrong with a field: our own check once submitted, else the server's 422. */
  #error(field: Field): string | undefined {
    return (this.submitted ? this.#problems()[field] : undefined) ?? this.#write.fieldError(field);
  }

  #companyAccess(role: GrantableOrganizationRole): CompanyAccess {
    if (role.companyAccess === 'choose') return this.specific ? [...this.selected.keys()] : 'all';
    return role.companyAccess === 'all' ? 'all' : [];
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const role = this.#role;
    // Sending already: the button stays focused (announced busy), a second press does nothing.
    if (this.#write.pending || !this.#section.settings) return;
    this.submitted = true;
    if (!role || Object.values(this.#problems()).some(Boolean)) {
      await focusInvalidField(this);
      return;
    }
    const access = { roleId: role.id, companyAccess: this.#companyAccess(role) };
    const result = this.member
      ? await this.#update.run({ member: this.member, update: access })
      : await this.#invite.run({ ...access, email: this.email.trim() });
    if (result.status === 'done') this.open = false;
    // Refused (422): the server's messages are beside their fields; take the user to the first.
    else if (result.status === 'failed' && result.error.fieldErrors) await focusInvalidField(this);
  }


  #toggle(company: CompanyRef, checked: boolean): void {
    const selected = new Map(this.selected);
    if (checked) selected.set(company.id, company.name);
    else selected.delete(company.id);
    this.selected = selected;
  }

  #onFilterKeyDown(event: KeyboardEvent): void {
    // Enter searches at once instead of submitting the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#companies.flushSearch();
  }

  protected override render() {
    if (!this.#section.settings) return nothing;
    const write = this.#write;
    return html`
      <settings-dialog
        heading=${this.member ? msg('adminTeam.form.editHeading', { name: memberName(this.member) }) : msg('adminTeam.add')}
        .open=${this.open}
        ?no-dismiss=${write.pending}
        @settings-dialog-closed=${() => (this.open = false)}
      >
        <form id="member-form" novalidate @submit=${this.#onSubmit}>
          ${this.member ? nothing : this.#renderEmail()} ${this.#renderRole()} ${this.#renderAccess()}
        </form>
        ${renderDialogActions({
          write,
          dismiss: { label: msg('adminTeam.form.cancel'), onClick: () => (this.open = false) },
          confirm: {
            form: 'member-form',
            label: msg(this.member ? 'adminTeam.form.save' : 'adminTeam.form.send'),
            pendingLabel: msg(this.member ? 'adminTeam.form.saving' : 'adminTeam.form.sending'),
          },
        })}
      </settings-dialog>
    `;
  }

  #renderEmail() {
    const options = { id: 'email', label: msg('adminTeam.form.email'), hint: msg('adminTeam.form.emailHint'), error: this.#error('email') };
    return renderField(options, (f) => html`
      <input
        id=${f.id}
        type="email"
        autocomplete="off"
        .value=${this.email}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
      />
    `);
  }

  #renderRole() {
    const role = this.#role;
    const hint =
      role && role.companyAccess !== 'choose'
        ? msg(role.companyAccess === 'all' ? 'adminTeam.form.roleAllCompanies' : 'adminTeam.form.roleNoCompanies', { role: role.name })
        : undefined;
    // Options bind `.selected` (the live state, not the default): the dialog is reused, an earlier choice must not linger.
    return renderField({ id: 'role', label: msg('adminTeam.form.role'), hint, error: this.#error('roleId') }, (f) => html`
      <select
        id=${f.id}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => (this.roleId = (e.target as HTMLSelectElement).value)}
      >
        <option value="" disabled .selected=${!this.roleId}>${msg('adminTeam.form.rolePlaceholder')}</option>
        ${this.#roles.map((r) => html`<option value=${r.id} .selected=${r.id === this.roleId}>${r.name}</option>`)}
      </select>
    `);
  }

  /** Only someone with every company may grant every company (the server refuses otherwise). */
  get #mayGrantAll(): boolean {
    return this.#section.settings?.session.organization?.companyAccess === 'all';
  }

  #renderAccess() {
    if (this.#role?.companyAccess !== 'choose') return nothing;
    const error = this.#error('companyAccess');
    if (!this.#mayGrantAll) {
      return renderFieldset(
        { id: 'access', legend: msg('adminTeam.form.access'), hint: msg('adminTeam.form.heldOnly'), error },
        this.#renderCompanies(error),
      );
    }
    return renderFieldset(
      { id: 'access', legend: msg('adminTeam.form.access'), error },
      html`
        <label class="choice">
          <input type="radio" name="access" .checked=${!this.specific} @change=${() => (this.specific = false)} />
          ${msg('adminTeam.access.all')}
        </label>
        <label class="choice">
          <input type="radio" name="access" .checked=${this.specific} @change=${() => (this.specific = true)} />
          ${msg('adminTeam.form.specific')}
        </label>
        ${this.specific ? this.#renderCompanies(error) : nothing}
      `,
    );
  }

  /** The picker of specific companies; each checkbox carries the fieldset's `error` while there is one. */
  #renderCompanies(error: string | undefined) {
    const list = this.#companies;
    return html`
      <div part="companies" class="companies">
        <input
          type="search"
          aria-label=${msg('adminTeam.form.filterCompanies')}
          placeholder=${msg('adminTeam.form.filterCompanies')}
          .value=${list.query}
          @input=${(e: Event) => list.search((e.target as HTMLInputElement).value)}
          @keydown=${this.#onFilterKeyDown}
        />
        <p class="hint" aria-live="polite">${msg('adminTeam.form.selected', { count: formatNumber(this.selected.size) })}</p>
        ${this.#renderCompanyChoices(error)}
        ${list.hasMore
          ? renderButton({
              label: msg('adminTeam.form.moreCompanies'),
              pendingLabel: msg('adminTeam.loadingMore'),
              busy: list.loadingMore,
              onClick: () => void list.loadMore(),
            })
          : nothing}
      </div>
    `;
  }

  #renderCompanyChoices(error: string | undefined) {
    const list = this.#companies;
    if (list.status === 'error' && list.error) return renderErrorNotice(list.error, () => void list.reload());
    if (list.status !== 'complete') return renderLoading(msg('adminTeam.form.loadingCompanies'));
    if (list.items.length === 0) return html`<p>${msg('adminTeam.form.noCompanyMatch')}</p>`;
    return html`
      <div class="company-list" role="group" aria-label=${msg('adminTeam.form.companies')}>
        ${list.items.map(
          (company) => html`<label class="choice">
            <input
              type="checkbox"
              .checked=${this.selected.has(company.id)}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${ifDefined(describedBy('access', undefined, error))}
              @change=${(e: Event) => this.#toggle(company, (e.target as HTMLInputElement).checked)}
            />
            ${company.name}
          </label>`,
        )}
      </div>
      ${list.error ? renderErrorNotice(list.error, () => void list.loadMore()) : nothing}
    `;
  }
}

/**
 * Registers the element; `define/settings-admin-team` calls it once this chunk has arrived. Done
 * here rather than there so that this chunk, like every other chunk that registers an element,
 * imports `defineElement`: a host's bundler then keeps that helper in the file they all share
 * (while two chunks did not import it, esbuild made an 82-byte file of it in the first load).
 */
export function defineAdminTeamForm(): void {
  defineElement('settings-admin-team-form', SettingsAdminTeamForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-admin-team-form': SettingsAdminTeamForm;
  }
}
