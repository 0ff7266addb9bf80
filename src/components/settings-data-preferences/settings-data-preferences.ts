import { html, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { DataPreferences, DataPreferencesUpdate } from '../../api/types.js';
import { SettingsDataPreferencesUpdatedEvent, SettingsDataPreferencesUpdateEvent } from '../../events/data-preferences-events.js';
import { dataPreferencesMessages } from '../../i18n/catalogs/en/data-preferences.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { renderField, renderFormActions } from '../../kit/views/form.js';
import { renderSkeleton } from '../../kit/views/skeleton.js';
import { changedFrom } from '../../internal/draft.js';
import { choicesFor, type DataPreferenceField } from './data-preferences-choices.js';
import { renderPreview } from './data-preferences-preview.js';
import { dataPreferencesStyles } from './settings-data-preferences.styles.js';
import { renderResource } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(dataPreferencesMessages);

const fields: readonly DataPreferenceField[] = ['units', 'currency', 'dateFormat', 'weekStart', 'fiscalYearStartMonth'];

/**
 * The selected company's data configuration: units, currency, date format, week start and fiscal
 * year start, with a preview that writes a sample date, amount, distance, temperature, week and
 * fiscal year the way the company will see them, updated as the user edits. Users who may manage
 * it save or cancel their changes; everyone else reads the values as text. Switching company
 * discards unsaved edits and loads the new company's values.
 *
 * @summary Company > Data preferences: how the selected company writes units, money and dates.
 * @tag settings-data-preferences
 * @csspart form - The editing form, for users who may manage the preferences.
 * @csspart values - The values as text, for read-only users.
 * @csspart preview - The samples written with the chosen preferences.
 * @csspart actions - The Save changes and Cancel buttons.
 * @cssprop {<length>} [--settings-data-preferences-column-width=18rem] - Narrowest width of the fields and preview columns before they stack.
 * @fires {SettingsDataPreferencesUpdateEvent} settings-data-preferences-update - Before saving, with the changed fields; cancelable.
 * @fires {SettingsDataPreferencesUpdatedEvent} settings-data-preferences-updated - After saving, with the saved preferences.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsDataPreferences extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    draft: { state: true },
    justSaved: { state: true },
  };

  static override styles = [...SettingsPanel.styles, dataPreferencesStyles];

  protected readonly sectionId = 'company/data-preferences' as const;

  protected preferences = this.section.resource({
    args: (settings) => [settings.client, settings.companyId!] as const,
    load: ([client, companyId], signal) => client.getDataPreferences(companyId, { signal }),
  });

  /** Save changes: sends the changed fields only, naming the company in its intent and fact events. */
  readonly #update = this.section.write({
    intent: ({ companyId, update }: { companyId: string; update: DataPreferencesUpdate }) => new SettingsDataPreferencesUpdateEvent(companyId, update),
    run: ({ update }, { client, companyId }) => client.updateDataPreferences(companyId!, update),
    change: (saved, { companyId }) => ({ action: 'data-preferences.updated', target: { type: 'company', id: companyId }, before: this.preferences.value ?? null, after: saved }),
    fact: (preferences, { companyId }, change) => new SettingsDataPreferencesUpdatedEvent(companyId, preferences, change),
  });

  /** Values the user changed and has not saved, for the company they were changed in. */
  private draft: Partial<DataPreferences> = {};
  /** The last save succeeded; cleared by the next edit. */
  private justSaved = false;

  /** Edits belong to the company they were made in: another company starts from its own values. */
  protected override companySwitched(): void {
    this.draft = {};
    this.justSaved = false;
  }

  #onChange(field: DataPreferenceField, event: Event): void {
    const { value } = event.target as HTMLSelectElement;
    this.draft = { ...this.draft, [field]: field === 'fiscalYearStartMonth' ? Number(value) : value };
    this.justSaved = false;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#save();
  }

  async #save(): Promise<void> {
    const settings = this.section.settings;
    const current = this.preferences.value;
    if (!settings?.companyId || !current || this.#update.pending) return;
    const update = changedFrom(this.draft, current);
    if (Object.keys(update).length === 0) return;
    const result = await this.#update.run({ companyId: settings.companyId, update });
    // Cancelled, failed (the error shows with a retry, the edits stay) or stale (another company's form is on screen).
    if (result.status !== 'done') return;
    this.preferences.set(result.value);
    // What the user changed while the save was in flight stays in the form.
    this.draft = changedFrom(this.draft, result.value);
    this.justSaved = true;
  }

  /** Runs only while Cancel is available: something changed and no save runs. */
  #onCancel(): void {
    this.draft = {};
    this.#update.reset();
  }

  protected renderPanel() {
    return renderResource(this.preferences, {
      // The fields (or, view only, their values) beside the preview, then Save.
      loading: () => renderSkeleton(this.section.canManage ? [...fields.map(() => ({ field: 'select' }) as const), 'actions'] : fields.map(() => 'term' as const)),
      complete: (saved) => {
        const company = this.section.settings?.company?.name ?? '';
        // Unsaved edits are never shown as values (e.g. after a 403 took the manage permission away).
        if (!this.section.canManage) return html`<div class="layout">${this.#renderValues(saved)} ${renderPreview(saved, company)}</div>`;
        const values = { ...saved, ...this.draft };
        return html`
          <form part="form" aria-busy=${String(this.#update.pending)} @submit=${this.#onSubmit}>
            <div class="layout">
              <div>${fields.map((field) => this.#renderField(field, values))}</div>
              ${renderPreview(values, company)}
            </div>
            ${this.#renderFooter(saved, company)}
          </form>
        `;
      },
    });
  }

  #renderField(field: DataPreferenceField, values: DataPreferences) {
    const value = values[field];
    return renderField(
      { id: field, label: msg(`dataPreferences.${field}`), error: this.#update.fieldError(field) },
      (f) => html`
        <select
          id=${f.id}
          .value=${live(String(value))}
          aria-invalid=${f.invalid}
          aria-describedby=${ifDefined(f.describedBy)}
          @change=${(event: Event) => this.#onChange(field, event)}
        >
          ${choicesFor(field, values).map(
            (choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`,
          )}
        </select>
      `,
    );
  }

  #renderFooter(saved: DataPreferences, company: string) {
    return renderFormActions({
      write: this.#update,
      unchanged: Object.keys(changedFrom(this.draft, saved)).length === 0,
      save: { label: msg('dataPreferences.save'), pendingLabel: msg('dataPreferences.saving') },
      cancel: { label: msg('dataPreferences.cancel'), onClick: () => this.#onCancel() },
      // After any failure, a 422 included, as this panel has always offered it.
      retry: () => void this.#save(),
      status: { message: this.justSaved ? msg('dataPreferences.saved', { company }) : undefined },
    });
  }

  #renderValues(values: DataPreferences) {
    return html`
      <dl part="values">
        ${fields.map((field) => {
          const label = choicesFor(field, values).find((choice) => choice.value === values[field])?.label;
          return html`<dt>${msg(`dataPreferences.${field}`)}</dt><dd>${label}</dd>`;
        })}
      </dl>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-data-preferences': SettingsDataPreferences;
  }
}
