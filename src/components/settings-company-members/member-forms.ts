import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CompanyMember, CompanyMemberInput, Role } from '../../api/types.js';
import { msg } from '../../i18n/localize.js';
import { emailProblem } from '../../internal/email.js';
import { renderField } from '../../kit/views/form.js';

/**
 * The Invite member and Change role forms of `<settings-company-members>`. The controls are not
 * bound to state: they keep what the user typed and chose while the dialog is open, whatever the
 * server answers.
 */

export type MemberField = keyof CompanyMemberInput;
export type MemberFieldErrors = Partial<Record<MemberField, string>>;
type ErrorOf = (field: MemberField) => string | undefined;

export const memberFormId = 'member-form';

export function readMemberForm(form: HTMLFormElement): CompanyMemberInput {
  const data = new FormData(form);
  const text = (field: MemberField) => {
    const value = data.get(field);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { email: text('email'), roleId: text('roleId') };
}

/** Checks the invitation (with `email`) or the role change (without). */
export function validateMember(input: CompanyMemberInput, withEmail: boolean): MemberFieldErrors {
  const errors: MemberFieldErrors = {};
  const email = withEmail ? emailProblem(input.email) : undefined;
  if (email) errors.email = email;
  if (!input.roleId) errors.roleId = msg('companyMembers.form.roleRequired');
  return errors;
}

/** Invite (no `member`): email and role. Change role: the role, preselected, with a word when it is your own. */
export function renderMemberForm(options: {
  member: CompanyMember | undefined;
  roles: readonly Role[];
  selfWarning: string | undefined;
  errorOf: ErrorOf;
  onSubmit: (event: SubmitEvent) => void;
}) {
  const { member, errorOf } = options;
  return html`
    <form id=${memberFormId} novalidate @submit=${options.onSubmit}>
      ${member
        ? nothing
        : renderField(
            { id: 'member-email', label: msg('companyMembers.form.email'), hint: msg('companyMembers.form.emailHint'), error: errorOf('email') },
            (f) => html`
              <input id=${f.id} name="email" type="email" required autocomplete="off" aria-invalid=${f.invalid} aria-describedby=${ifDefined(f.describedBy)} />
            `,
          )}
      ${renderField(
        { id: 'member-roleId', label: msg('companyMembers.form.role'), hint: options.selfWarning, error: errorOf('roleId') },
        (f) => html`
          <select id=${f.id} name="roleId" required aria-invalid=${f.invalid} aria-describedby=${ifDefined(f.describedBy)}>
            <option value="" ?selected=${!member}>${msg('companyMembers.form.rolePlaceholder')}</option>
            ${options.roles.map((role) => html`<option value=${role.id} ?selected=${role.id === member?.role.id}>${role.name}</option>`)}
          </select>
        `,
      )}
    </form>
  `;
}
