import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Preferences, PreferencesUpdate, Theme } from '../../api/types.js';
import { SettingsPreferencesChangedEvent, SettingsPreferencesUpdatedEvent, SettingsPreferencesUpdateEvent } from '../../events/preferences-events.js';
import { preferencesMessages } from '../../i18n/catalogs/en/preferences.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { describeError } from '../../internal/describe-error.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { renderChoice } from '../../kit/views/choice.js';
import { describedBy, renderField, renderFieldset, renderFormActions } from '../../kit/views/form.js';
import { renderSkeleton, type SkeletonBlock } from '../../kit/views/skeleton.js';
import type { WriteResult } from '../../kit/write-controller.js';
import { changedFrom } from '../../internal/draft.js';
import { dateFormatChoices, defaultLanguages, languageChoices, timeZoneChoices, type Choice } from './preference-choices.js';
import { flatten, notificationFields, serverField, toUpdate, type PreferenceField, type PreferenceValues } from './preference-values.js';
import { preferencesStyles } from './settings-preferences.styles.js';
import { renderResource } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(preferencesMessages);

/** How an automatically saved field is doing. */
type FieldStatus = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string; invalid: boolean };

const themes: readonly Theme[] = ['system', 'light', 'dark'];

/** Auto-save and its hint, language, time zone (filter and list), date format, theme, notifications, Save. */
const loadingShape: readonly SkeletonBlock[] = [
  'choice',
  'text',
  'field',
  'field',
  'field',
  'field',
  'text',
  ...themes.map(() => 'choice' as const),
  'text',
  ...notificationFields.map(() => 'choice' as const),
  'actions',
];

/**
 * The signed-in user's preferences: language, time zone (searchable), date format, theme and email
 * notifications. By default the user reviews changes and saves (or cancels) them together; with
 * "Save changes automatically" on, each change is saved at once and says so beside its field. Either
 * way a failed save keeps the user's choice on screen, with the error and a retry. After a save,
 * `settings-preferences-updated` lets `<settings-provider>` apply the theme to every panel.
 *
 * @summary Personal > Preferences: language, time zone, date format, theme, email notifications.
 * @tag settings-preferences
 * @csspart form - The preferences form.
 * @csspart auto-save - The "Save changes automatically" switch.
 * @csspart actions - The Save changes and Cancel buttons (when changes are saved together).
 * @cssprop {<length>} [--settings-preferences-max-width=36rem] - Widest the form grows.
 * @fires {SettingsPreferencesUpdateEvent} settings-preferences-update - Before saving, with the changed fields; cancelable.
 * @fires {SettingsPreferencesUpdatedEvent} settings-preferences-updated - After saving, with the saved preferences.
 * @fires {SettingsPreferencesChangedEvent} settings-preferences-changed - Deprecated alias of `settings-preferences-updated`, fired right after it.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsPreferences extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    languages: { attribute: false },
    autoSave: { type: Boolean, attribute: 'auto-save' },
    draft: { state: true },
    fieldStatus: { state: true },
    justSaved: { state: true },
    timeZoneFilter: { state: true },
  };

  static override styles = [...SettingsPanel.styles, preferencesStyles];

  protected readonly sectionId = 'personal/preferences' as const;

  protected preferences = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => client.getPreferences({ signal }),
  });

  /** Saves changed fields, with Save changes or automatically: one request at a time either way. */
  #update = this.section.write({
    intent: (update: PreferencesUpdate) => new SettingsPreferencesUpdateEvent(update),
    run: (update, { client }) => client.updatePreferences(update),
    change: (saved) => ({ action: 'preferences.updated', target: { type: 'user', id: this.section.settings?.session.user.id ?? '' }, before: this.preferences.value ?? null, after: saved }),
    fact: (preferences, _, change) => new SettingsPreferencesUpdatedEvent(preferences, change),
  });

  /** The languages offered, as BCP-47 tags: the ones your app is translated into. */
  languages: readonly string[] = defaultLanguages;

  /** Saves each change at once instead of with one Save button; users switch it in the panel. */
  autoSave = false;

  /** Choices the user made that are not saved yet. */
  private draft: Partial<PreferenceValues> = {};
  /** Per field, when changes are saved automatically. */
  private fieldStatus: Partial<Record<PreferenceField, FieldStatus>> = {};
  /** The last Save succeeded; cleared by the next change. */
  private justSaved = false;
  private timeZoneFilter = '';

  /** Another user is signed in: the last one's choices and save statuses go. */
  protected override userChanged(): void {
    this.draft = {};
    this.fieldStatus = {};
    this.justSaved = false;
    this.timeZoneFilter = '';
  }

  /** The changed fields, or `undefined` when nothing changed. */
  #changes(): Partial<PreferenceValues> | undefined {
    const saved = this.preferences.value;
    const changes = saved && changedFrom(this.draft, flatten(saved));
    return changes && Object.keys(changes).length > 0 ? changes : undefined;
  }

  #set<F extends PreferenceField>(field: F, value: PreferenceValues[F]): void {
    this.draft = { ...this.draft, [field]: value };
    this.justSaved = false;
    if (!this.autoSave) return;
    // A new choice replaces a failed one: it is saved afresh.
    this.fieldStatus = { ...this.fieldStatus, [field]: undefined };
    void this.#autoSave();
  }

  async #saveChanges(changes: Partial<PreferenceValues>): Promise<WriteResult<Preferences>> {
    const result = await this.#update.run(toUpdate(changes));
    if (result.status === 'done') {
      // The old name of the fact, for hosts that still listen for it.
      this.dispatchEvent(new SettingsPreferencesChangedEvent(result.value));
      this.preferences.set(result.value);
      // What was sent is settled: the server's stored value wins even when it differs (it may
      // normalise `fr-FR` to `fr`), or automatic saving would send the same change forever. Only
      // a choice made while the save was in flight stays a change.
      this.draft = changedFrom(withoutSent(this.draft, changes), flatten(result.value));
    }
    return result;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#save();
  }

  async #save(): Promise<void> {
    const changes = this.#changes();
    if (!changes || this.#update.pending) return;
    this.justSaved = (await this.#saveChanges(changes)).status === 'done';
    // Automatic saving may have been switched on meanwhile.
    void this.#autoSave();
  }

  /**
   * Saves the changed fields, one request at a time so the last choice always wins; a field whose
   * save failed waits for its Retry (or a new choice).
   */
  async #autoSave(): Promise<void> {
    const changes = this.#changes();
    if (!this.autoSave || this.#update.pending || !changes) return;
    const fields = (Object.keys(changes) as PreferenceField[]).filter((field) => this.fieldStatus[field]?.state !== 'failed');
    if (fields.length === 0) return;
    this.#setStatus(fields, () => ({ state: 'saving' }));
    const result = await this.#saveChanges(Object.fromEntries(fields.map((field) => [field, changes[field]])));
    const error = result.status === 'failed' ? result.error : undefined;
    if (result.status === 'done') this.#setStatus(fields.filter((field) => !(field in this.draft)), () => ({ state: 'saved' }));
    else {
      this.#setStatus(fields, (field) => {
        const invalid = error?.fieldErrors?.[serverField(field)];
        const message = invalid ?? this.section.inLocale(() => (error ? describeError(error) : msg('preferences.field.notSaved')));
        return { state: 'failed', message, invalid: !!invalid };
      });
    }
    void this.#autoSave();
  }

  #setStatus(fields: PreferenceField[], status: (field: PreferenceField) => FieldStatus): void {
    this.fieldStatus = { ...this.fieldStatus, ...Object.fromEntries(fields.map((field) => [field, status(field)])) };
  }

  #retry(field: PreferenceField): void {
    this.fieldStatus = { ...this.fieldStatus, [field]: undefined };
    void this.#autoSave();
  }

  #onAutoSaveChange(on: boolean): void {
    this.autoSave = on;
    // Each mode reports on its own terms; switching on saves what was already changed.
    this.fieldStatus = {};
    this.#update.reset();
    this.justSaved = false;
    void this.#autoSave();
  }

  /** Runs only while Cancel is available: something changed and no save runs. */
  #onCancel(): void {
    this.draft = {};
    this.#update.reset();
  }

  /** A field's error when changes are saved together: the server's 422 for it. */
  #fieldError(field: PreferenceField): string | undefined {
    return this.autoSave ? undefined : this.#update.fieldError(serverField(field));
  }

  /** True when the field's value is what the server refused (a 422), in either mode. */
  #invalid(field: PreferenceField): 'true' | 'false' {
    const status = this.fieldStatus[field];
    return this.#fieldError(field) || (this.autoSave && status?.state === 'failed' && status.invalid) ? 'true' : 'false';
  }

  /** The field's error and, when saving automatically, its save status, for `aria-describedby`. */
  #describedBy(field: PreferenceField, wiring: string | undefined = describedBy(field, undefined, this.#fieldError(field))): string | undefined {
    return [wiring, this.autoSave ? `${field}-status` : undefined].filter(Boolean).join(' ') || undefined;
  }

  protected renderPanel() {
    return renderResource(this.preferences, { loading: () => renderSkeleton(loadingShape), complete: (saved) => this.#renderForm({ ...flatten(saved), ...this.draft }) });
  }

  #renderForm(values: PreferenceValues) {
    return html`
      <form part="form" aria-busy=${String(this.#update.pending)} @submit=${this.#onSubmit}>
        ${renderChoice({
          id: 'auto-save',
          part: 'auto-save',
          label: msg('preferences.autoSave'),
          hint: msg('preferences.autoSave.hint'),
          checked: this.autoSave,
          onChange: (on) => this.#onAutoSaveChange(on),
        })}
        ${this.#renderSelect('language', languageChoices(this.languages, values.language), values)} ${this.#renderTimeZone(values)}
        ${this.#renderSelect('dateFormat', dateFormatChoices(), values)} ${this.#renderTheme(values)} ${this.#renderNotifications(values)}
        ${this.autoSave ? nothing : this.#renderActions()}
      </form>
    `;
  }

  #renderSelect(field: 'language' | 'timeZone' | 'dateFormat', choices: Choice[], values: PreferenceValues, before: unknown = nothing) {
    return renderField(
      { id: field, label: msg(`preferences.${field}`), error: this.#fieldError(field) },
      (f) => html`
        ${before}
        <select
          id=${f.id}
          .value=${live(values[field])}
          aria-invalid=${this.#invalid(field)}
          aria-describedby=${ifDefined(this.#describedBy(field, f.describedBy))}
          @change=${(event: Event) => this.#set(field, (event.target as HTMLSelectElement).value)}
        >
          ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === values[field]}>${choice.label}</option>`)}
        </select>
        ${this.#renderStatus(field)}
      `,
    );
  }

  #renderTimeZone(values: PreferenceValues) {
    const { choices, matches } = timeZoneChoices(this.timeZoneFilter, values.timeZone);
    const filter = html`
      <input
        type="search"
        aria-label=${msg('preferences.timeZone.filter')}
        placeholder=${msg('preferences.timeZone.filter')}
        aria-controls="timeZone"
        aria-describedby="timeZone-matches"
        .value=${this.timeZoneFilter}
        @input=${(event: Event) => (this.timeZoneFilter = (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && event.preventDefault()}
      />
      <span class="hint" id="timeZone-matches" role="status"
        >${this.timeZoneFilter ? msg('preferences.timeZone.matches', { count: matches }) : ''}</span
      >
    `;
    return this.#renderSelect('timeZone', choices, values, filter);
  }

  #renderTheme(values: PreferenceValues) {
    const radios = themes.map(
      (theme) => html`
        <div class="choice">
          <input type="radio" name="theme" id="theme-${theme}" .checked=${live(values.theme === theme)} @change=${() => this.#set('theme', theme)} />
          <label for="theme-${theme}">${msg(`preferences.theme.${theme}`)}</label>
        </div>
      `,
    );
    return renderFieldset(
      { id: 'theme', legend: msg('preferences.theme'), hint: msg('preferences.theme.hint'), error: this.#fieldError('theme') },
      html`${radios} ${this.#renderStatus('theme')}`,
    );
  }

  #renderNotifications(values: PreferenceValues) {
    // Saving automatically, a refused change is invalid while its message is in the field's save status.
    const switches = notificationFields.map(
      (field) => html`${renderChoice({
        id: field,
        label: msg(`preferences.${field}`),
        error: this.#fieldError(field),
        invalid: this.#invalid(field) === 'true',
        checked: values[field],
        describedBy: this.autoSave ? `${field}-status` : undefined,
        onChange: (checked) => this.#set(field, checked),
      })}${this.#renderStatus(field)}`,
    );
    return renderFieldset({ id: 'emailNotifications', legend: msg('preferences.emailNotifications') }, switches);
  }

  /**
   * Beside a field when changes are saved automatically: how its save is doing (a live region,
   * `${field}-status`) and, after a failure, the reason and a Retry.
   */
  #renderStatus(field: PreferenceField) {
    if (!this.autoSave) return nothing;
    const status = this.fieldStatus[field];
    const failed = status?.state === 'failed';
    return html`
      <span class="feedback">
        <span id="${field}-status" role="status" class=${failed ? 'field-error' : 'hint'}
          >${status?.state === 'failed' ? status.message : status ? msg(`preferences.field.${status.state}`) : ''}</span
        >
        ${failed
          ? html`<button
              type="button"
              aria-label=${msg('preferences.field.retryLabel', { field: msg(`preferences.${field}`) })}
              @click=${() => this.#retry(field)}
            >
              ${msg('preferences.field.retry')}
            </button>`
          : nothing}
      </span>
    `;
  }

  #renderActions() {
    return renderFormActions({
      write: this.#update,
      unchanged: this.#changes() === undefined,
      save: { label: msg('preferences.save'), pendingLabel: msg('preferences.saving') },
      cancel: { label: msg('preferences.cancel'), onClick: () => this.#onCancel() },
      // After any failure, a 422 included, as this panel has always offered it.
      retry: () => void this.#save(),
      status: { message: this.justSaved ? msg('preferences.saved') : undefined },
    });
  }
}

/** The draft without the fields whose value is the one just sent. */
function withoutSent(draft: Partial<PreferenceValues>, sent: Partial<PreferenceValues>): Partial<PreferenceValues> {
  return Object.fromEntries(Object.entries(draft).filter(([field, value]) => sent[field as PreferenceField] !== value));
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-preferences': SettingsPreferences;
  }
}
