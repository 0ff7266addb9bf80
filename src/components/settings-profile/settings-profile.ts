import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SettingsApiError } from '../../api/errors.js';
import type { Profile, ProfileUpdate } from '../../api/types.js';
import {
  SettingsPasswordResetRequestedEvent,
  SettingsPasswordResetRequestEvent,
  SettingsProfileUpdatedEvent,
  SettingsProfileUpdateEvent,
} from '../../events/profile-events.js';
import { profileMessages } from '../../i18n/catalogs/en/profile.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { focusInvalidField, renderButton, renderField, renderFormActions, renderStatusLine } from '../../kit/views/form.js';
import { renderSkeleton, type SkeletonBlock } from '../../kit/views/skeleton.js';
import { renderAvatar } from './profile-avatar.js';
import { RetryCountdown } from './retry-countdown.js';
import { profileStyles } from './settings-profile.styles.js';
import { renderErrorNotice, renderResource } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(profileMessages);

type Field = 'name' | 'jobTitle' | 'avatarUrl';
/** The fields a save can change: the audit record compares only these. */
const profileFields: readonly Field[] = ['name', 'jobTitle', 'avatarUrl'];
type Draft = Record<Field, string>;

interface FieldOptions {
  autocomplete: string;
  type?: 'text' | 'url';
  required?: boolean;
  hint?: string;
}

/**
 * Personal > General: the signed-in user's profile (name, job title, picture or initials, email)
 * and **Send password reset email**. Saving sends only the changed fields and keeps the input when
 * it fails; the server's field errors show beside their fields. The reset email is rate-limited by
 * the server: a 429 says when to try again and the button waits for it. For SSO logins the email
 * and password are managed by the identity provider, and the panel says so instead of offering a reset.
 *
 * @summary Personal > General: profile and password reset.
 * @tag settings-profile
 * @csspart profile - The profile form's section.
 * @csspart avatar - The picture, or the initials when there is none.
 * @csspart actions - The profile form's Save and Cancel buttons.
 * @csspart password - The password section.
 * @cssprop {<length>} [--settings-profile-max-width=40rem] - Maximum width of the panel.
 * @cssprop {<length>} [--settings-profile-avatar-size=4rem] - Size of the picture or initials.
 * @fires {SettingsProfileUpdateEvent} settings-profile-update - Before the profile is saved (cancelable; `update` holds the changed fields).
 * @fires {SettingsProfileUpdatedEvent} settings-profile-updated - The profile was saved (`profile`).
 * @fires {SettingsPasswordResetRequestEvent} settings-password-reset-request - Before a reset email is requested (cancelable).
 * @fires {SettingsPasswordResetRequestedEvent} settings-password-reset-requested - A reset email was sent (`sentTo`).
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsProfile extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    draft: { state: true },
    nameMissing: { state: true },
    saved: { state: true },
    resetSentTo: { state: true },
    brokenAvatarUrl: { state: true },
  };

  static override styles = [...SettingsPanel.styles, profileStyles];

  protected readonly sectionId = 'personal/general' as const;

  protected profile = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => client.getProfile({ signal }),
  });

  /** Save: sends only the changed fields; its error and 422 field errors show in the form. */
  #saveProfile = this.section.write({
    intent: (update: ProfileUpdate) => new SettingsProfileUpdateEvent(update),
    run: (update, { client }) => client.updateProfile(update),
    change: (saved) => ({ action: 'profile.updated', target: { type: 'user', id: saved.id }, before: this.profile.value ?? null, after: saved, fields: profileFields }),
    fact: (saved, _, change) => new SettingsProfileUpdatedEvent(saved, change),
  });

  /** Send password reset email: its error shows in the password section. */
  #passwordReset = this.section.write({
    intent: () => new SettingsPasswordResetRequestEvent(),
    run: (_: void, { client }) => client.requestPasswordReset(),
    change: ({ sentTo }) => ({ action: 'password-reset.requested', target: { type: 'user', id: this.section.settings?.session.user.id ?? '' }, before: null, after: { sentTo } }),
    fact: ({ sentTo }, _, change) => new SettingsPasswordResetRequestedEvent(sentTo, change),
  });

  /** Runs after a 429: the reset button waits until the server accepts a request again. */
  #resetCountdown = new RetryCountdown(this, () => this.#passwordReset.reset());

  /** The form's values once the user typed; `undefined` while they match the saved profile. */
  private draft: Draft | undefined;
  private nameMissing = false;
  private saved = false;
  private resetSentTo: string | undefined;
  /** A picture address that failed to load: the initials stand in for it. */
  private brokenAvatarUrl: string | undefined;

  /** Another user is signed in: nothing typed for the last one may be shown or saved for them. */
  protected override userChanged(): void {
    this.draft = undefined;
    this.nameMissing = false;
    this.saved = false;
    this.resetSentTo = undefined;
    this.brokenAvatarUrl = undefined;
  }

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.#save();
  };

  #onInput = (event: InputEvent) => {
    const profile = this.profile.value;
    const input = event.target as HTMLInputElement;
    if (!profile || !isField(input.name)) return;
    this.draft = { ...draftOf(profile, this.draft), [input.name]: input.value };
    this.saved = false;
    if (input.name === 'name' && input.value.trim() !== '') this.nameMissing = false;
  };

  /** Runs only while Cancel is available: something changed and no save runs. */
  #onCancel = () => {
    this.draft = undefined;
    this.nameMissing = false;
    this.#saveProfile.reset();
  };

  #onResetClick = () => void this.#requestPasswordReset();

  async #save(): Promise<void> {
    const profile = this.profile.value;
    if (!profile || this.#saveProfile.pending) return;
    const submitted = draftOf(profile, this.draft);
    const update = changesOf(profile, submitted);
    if (Object.keys(update).length === 0) return;
    this.nameMissing = submitted.name.trim() === '';
    if (this.nameMissing) return focusInvalidField(this);

    this.saved = false;
    const result = await this.#saveProfile.run(update);
    if (result.status === 'failed' && result.error.fieldErrors) return focusInvalidField(this);
    if (result.status !== 'done') return;
    this.profile.set(result.value);
    // What the user typed while the save was in flight is still theirs to save.
    if (this.draft === submitted) this.draft = undefined;
    this.saved = true;
  }

  async #requestPasswordReset(): Promise<void> {
    if (this.#passwordReset.pending || this.#resetCountdown.remaining > 0) return;
    this.resetSentTo = undefined;
    const result = await this.#passwordReset.run();
    if (result.status === 'done') {
      this.resetSentTo = result.value.sentTo;
      return;
    }
    if (result.status !== 'failed') return;
    const { error } = result;
    if (error.status === 429 && error.retryAfter) this.#resetCountdown.start(error.retryAfter);
    // The login became SSO-managed since the profile loaded: reload it to name the provider.
    if (error.code === 'sso_managed') void this.profile.reload();
  }


  #fieldError(field: Field): string | undefined {
    if (field === 'name' && this.nameMissing) return msg('profile.name.required');
    return this.#saveProfile.fieldError(field);
  }

  protected renderPanel() {
    return renderResource(this.profile, {
      loading: () => renderSkeleton(loadingShape),
      complete: (profile) => html`${this.#renderProfile(profile)} ${this.#renderPassword(profile)}`,
    });
  }

  #renderProfile(profile: Profile) {
    const draft = draftOf(profile, this.draft);
    const unchanged = Object.keys(changesOf(profile, draft)).length === 0;
    const error = this.#saveProfile.error;
    const pictureUrl = profile.avatarUrl === this.brokenAvatarUrl ? null : profile.avatarUrl;
    const sso = profile.auth.type === 'sso' ? profile.auth.providerName : undefined;
    return html`
      <section part="profile" aria-labelledby="profile-heading">
        <h3 id="profile-heading">${msg('profile.heading')}</h3>
        ${renderAvatar(profile.name, pictureUrl, () => (this.brokenAvatarUrl = profile.avatarUrl ?? undefined))}
        <form novalidate @submit=${this.#onSubmit} @input=${this.#onInput}>
          ${this.#renderField('name', draft.name, { autocomplete: 'name', required: true })}
          ${this.#renderField('jobTitle', draft.jobTitle, { autocomplete: 'organization-title' })}
          ${this.#renderField('avatarUrl', draft.avatarUrl, { autocomplete: 'photo', type: 'url', hint: msg('profile.avatarUrl.hint') })}
          ${renderField(
            { id: 'email', label: msg('profile.email'), hint: sso ? msg('profile.email.sso', { provider: sso }) : msg('profile.email.hint') },
            // The sign-in name, for a password manager saving or filling this account's credentials.
            (f) => html`<input id=${f.id} name="email" type="email" autocomplete="username" readonly .value=${profile.email} aria-describedby=${ifDefined(f.describedBy)} />`,
          )}
          ${renderFormActions({
            write: this.#saveProfile,
            unchanged,
            save: { label: msg('profile.save'), pendingLabel: msg('profile.saving') },
            cancel: { label: msg('profile.cancel'), onClick: this.#onCancel },
            // Fields the server named are corrected first; anything else can be sent again as it is.
            retry: error?.fieldErrors ? undefined : () => void this.#save(),
            status: { message: this.saved ? msg('profile.saved') : undefined },
          })}
        </form>
      </section>
    `;
  }

  #renderField(field: Field, value: string, options: FieldOptions) {
    return renderField(
      { id: field, label: msg(`profile.${field}`), hint: options.hint, error: this.#fieldError(field) },
      (f) => html`
        <input
          id=${f.id}
          name=${field}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete}
          ?required=${options.required}
          .value=${value}
          aria-invalid=${f.invalid}
          aria-describedby=${ifDefined(f.describedBy)}
        />
      `,
    );
  }

  #renderPassword(profile: Profile) {
    const error = this.#passwordReset.error;
    return html`
      <section part="password" aria-labelledby="password-heading">
        <h3 id="password-heading">${msg('profile.password.heading')}</h3>
        ${profile.auth.type === 'sso'
          ? html`<p>${msg('profile.password.sso', { provider: profile.auth.providerName })}</p>`
          : error?.code === 'sso_managed'
            ? html`<p>${msg('profile.password.ssoUnnamed')}</p>`
            : this.#renderResetRequest(error)}
      </section>
    `;
  }

  #renderResetRequest(error: SettingsApiError | undefined) {
    const sending = this.#passwordReset.pending;
    const wait = this.#resetCountdown.remaining;
    return html`
      <p id="password-intro">${msg('profile.password.intro')}</p>
      ${error ? renderErrorNotice(error) : nothing}
      <div class="actions">
        ${renderButton({
          label: msg('profile.password.send'),
          pendingLabel: msg('profile.password.sending'),
          busy: sending,
          // Waiting for the rate limit: announced unavailable, the wait says until when.
          unavailable: wait > 0,
          describedBy: wait > 0 ? 'password-wait' : 'password-intro',
          onClick: this.#onResetClick,
        })}
        ${wait > 0 ? html`<p class="hint" id="password-wait">${msg('profile.password.wait', { seconds: wait })}</p>` : nothing}
      </div>
      ${renderStatusLine(this.resetSentTo ? msg('profile.password.sent', { email: this.resetSentTo }) : undefined)}
    `;
  }
}

/** The profile form (avatar, four fields, Save) and the password section, while they load. */
const loadingShape: readonly SkeletonBlock[] = [
  'heading',
  html`<span part="avatar" class="bone"></span>`,
  'field',
  'field',
  { field: 'input', hint: true },
  { field: 'input', hint: true },
  'actions',
  'heading',
  'text',
  'actions',
];

function isField(name: string): name is Field {
  return name === 'name' || name === 'jobTitle' || name === 'avatarUrl';
}

function draftOf(profile: Profile, draft: Draft | undefined): Draft {
  return draft ?? { name: profile.name, jobTitle: profile.jobTitle, avatarUrl: profile.avatarUrl ?? '' };
}

/** Only what changed is sent; an emptied picture address removes the picture. */
function changesOf(profile: Profile, draft: Draft): ProfileUpdate {
  const update: ProfileUpdate = {};
  const name = draft.name.trim();
  const jobTitle = draft.jobTitle.trim();
  const avatarUrl = draft.avatarUrl.trim() || null;
  if (name !== profile.name) update.name = name;
  if (jobTitle !== profile.jobTitle) update.jobTitle = jobTitle;
  if (avatarUrl !== profile.avatarUrl) update.avatarUrl = avatarUrl;
  return update;
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-profile': SettingsProfile;
  }
}
