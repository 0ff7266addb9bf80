import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { DataRepositorySettings, DataRepositoryUpdate } from '../../api/types.js';
import { SettingsDataRepositoryUpdatedEvent, SettingsDataRepositoryUpdateEvent } from '../../events/data-repository-events.js';
import { formatNumber } from '../../i18n/format.js';
import { dataRepositoryMessages } from '../../i18n/en/data-repository.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { formStyles } from '../../styles/forms.js';
import { dataRepositoryStyles } from './settings-data-repository.styles.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(dataRepositoryMessages);

type Field = keyof DataRepositoryUpdate;

/**
 * Organization > Data repository: where the data of every company is stored, how long it is
 * kept and whether it may be combined across companies. A region move is confirmed in a dialog
 * before anything is saved. Save and Cancel follow the form's changes; a failed save keeps them
 * and offers a retry. Read-only (values as text) with `org.data-repository.view`.
 *
 * @summary Organization data controls: storage region, retention, cross-company sharing.
 * @tag settings-data-repository
 * @csspart view-only - The "View only: your role is …" line.
 * @csspart access-notice - Why the section is not available (instead of the panel).
 * @csspart state - Loading and error states.
 * @csspart intro - What these settings apply to.
 * @csspart form - The settings form (manage permission).
 * @csspart values - The settings as text (view permission).
 * @csspart status - "You have unsaved changes." / the message after a save.
 * @cssprop [--settings-data-repository-max-width=40rem] - Maximum width of the panel's content.
 * @fires {SettingsDataRepositoryUpdateEvent} settings-data-repository-update - Before saving, with the changed settings; cancelable.
 * @fires {SettingsDataRepositoryUpdatedEvent} settings-data-repository-updated - After saving, with the saved settings.
 */
export class SettingsDataRepository extends SettingsPanel {
  static override styles = [...SettingsPanel.styles, formStyles, dataRepositoryStyles];

  protected readonly section = 'organization/data-repository' as const;

  #settings = this.createResource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => client.getDataRepository({ signal }),
  });

  /** Save (after the region-move confirmation when the region changed): its error shows in the form or the dialog. */
  #update = this.createWrite({
    intent: (update: DataRepositoryUpdate) => new SettingsDataRepositoryUpdateEvent(update),
    run: (update, { client }) => client.updateDataRepository(update),
    fact: (saved) => new SettingsDataRepositoryUpdatedEvent(saved),
  });

  /** Only the settings the user changed and has not saved yet. */
  @state() private edits: DataRepositoryUpdate = {};
  /** The region-move confirmation is open. */
  @state() private confirming = false;
  /** Set after a successful save, until the next change. */
  @state() private saved = false;

  #change<K extends Field>(field: K, value: DataRepositorySettings[K]): void {
    const current = this.#settings.value;
    if (!current) return;
    // The form holds still while it saves: render the choice back to what is being saved.
    if (this.#update.pending) return this.requestUpdate();
    const edits = { ...this.edits };
    if (value === current[field]) delete edits[field];
    else edits[field] = value;
    this.edits = edits;
    this.saved = false;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#submit();
  }

  /** A region move is confirmed first, every time (also when retrying a failed save). */
  #submit(): void {
    // Save says so with aria-disabled while nothing changed or it saves; Enter in the form still submits.
    if (this.#update.pending || !this.#dirty) return;
    if (this.edits.storageRegion !== undefined) this.confirming = true;
    else void this.#save();
  }

  #onCancel(): void {
    if (this.#update.pending || !this.#dirty) return;
    this.edits = {};
    this.#update.reset();
    this.#keepFocus();
  }

  #onConfirmCancel(): void {
    if (!this.#update.pending) this.confirming = false;
  }

  get #dirty(): boolean {
    return Object.keys(this.edits).length > 0;
  }

  #onDialogClose(): void {
    this.confirming = false;
    this.#keepFocus();
  }

  async #save(): Promise<void> {
    const result = await this.#update.run(this.edits);
    if (result.status !== 'done') return;
    this.#settings.set(result.value);
    this.edits = {};
    this.confirming = false;
    this.saved = true;
    this.#keepFocus();
  }

  /** Save and Cancel are unavailable once nothing is left to save: move focus from them to the form. */
  #keepFocus(): void {
    void this.updateComplete.then(() => {
      const active = this.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
      if (!active || active.disabled || active.getAttribute('aria-disabled') === 'true') this.renderRoot.querySelector<HTMLElement>('#region')?.focus();
    });
  }

  protected renderPanel() {
    return html`
      <p part="intro">${msg('scope.organization.description')} ${msg('dataRepository.intro')}</p>
      ${this.renderResource(this.#settings, {
        complete: (settings) => (this.canManage ? this.#renderForm(settings) : this.#renderValues(settings)),
      })}
    `;
  }

  #renderValues(settings: DataRepositorySettings) {
    return html`
      <dl part="values">
        <dt>${msg('dataRepository.region')}</dt>
        <dd>${regionName(settings, settings.storageRegion)}</dd>
        <dt>${msg('dataRepository.retention')}</dt>
        <dd>${retentionLabel(settings.retentionDays)}</dd>
        <dt>${msg('dataRepository.sharing')}</dt>
        <dd>${msg(settings.crossCompanySharing ? 'dataRepository.on' : 'dataRepository.off')}</dd>
      </dl>
    `;
  }

  #renderForm(saved: DataRepositorySettings) {
    const value = { ...saved, ...this.edits };
    const dirty = this.#dirty;
    // aria-disabled, never disabled, while saving: the control that saved (Save, or the switch on
    // Enter) keeps focus; changes are ignored meanwhile.
    const busy = this.#update.pending;
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <div class="field">
          <label for="region">${msg('dataRepository.region')}</label>
          <select
            id="region"
            aria-disabled=${String(busy)}
            aria-invalid=${this.#invalid('storageRegion')}
            aria-describedby=${this.#describedBy('storageRegion', 'region')}
            @change=${(e: Event) => this.#change('storageRegion', (e.target as HTMLSelectElement).value)}
          >
            ${saved.availableRegions.map((r) => html`<option value=${r.id} .selected=${live(r.id === value.storageRegion)}>${r.name}</option>`)}
          </select>
          <p class="hint" id="region-hint">${msg('dataRepository.regionHint')}</p>
          ${this.#renderFieldError('storageRegion', 'region')}
        </div>
        <div class="field">
          <label for="retention">${msg('dataRepository.retention')}</label>
          <select
            id="retention"
            aria-disabled=${String(busy)}
            aria-invalid=${this.#invalid('retentionDays')}
            aria-describedby=${this.#describedBy('retentionDays', 'retention')}
            @change=${(e: Event) => this.#change('retentionDays', toRetention((e.target as HTMLSelectElement).value))}
          >
            ${saved.retentionOptions.map(
              (days) => html`<option value=${days ?? ''} .selected=${live(days === value.retentionDays)}>${retentionLabel(days)}</option>`,
            )}
          </select>
          <p class="hint" id="retention-hint">${msg('dataRepository.retentionHint')}</p>
          ${this.#renderFieldError('retentionDays', 'retention')}
        </div>
        <div class="field">
          <div class="choice">
            <input
              id="sharing"
              type="checkbox"
              role="switch"
              aria-disabled=${String(busy)}
              .checked=${live(value.crossCompanySharing)}
              aria-invalid=${this.#invalid('crossCompanySharing')}
              aria-describedby=${this.#describedBy('crossCompanySharing', 'sharing')}
              @click=${(e: Event) => busy && e.preventDefault()}
              @change=${(e: Event) => this.#change('crossCompanySharing', (e.target as HTMLInputElement).checked)}
            />
            <label for="sharing">${msg('dataRepository.sharing')}</label>
          </div>
          <p class="hint" id="sharing-hint">${msg('dataRepository.sharingHint')}</p>
          ${this.#renderFieldError('crossCompanySharing', 'sharing')}
        </div>
        <p part="status" role="status" class=${this.saved ? 'success' : 'muted'}
          >${this.saved ? msg('dataRepository.saved') : dirty ? msg('dataRepository.unsaved') : nothing}</p
        >
        ${this.#update.error && !this.confirming ? this.#renderWriteError(() => this.#submit()) : nothing}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${String(!dirty || busy)} aria-busy=${String(busy)}>
            ${msg(busy ? 'dataRepository.saving' : 'dataRepository.save')}
          </button>
          <button type="button" aria-disabled=${String(!dirty || busy)} @click=${this.#onCancel}>${msg('dataRepository.cancel')}</button>
        </div>
      </form>
      ${this.#renderConfirm(saved)}
    `;
  }

  #renderConfirm(saved: DataRepositorySettings) {
    const region = regionName(saved, this.edits.storageRegion ?? saved.storageRegion);
    const busy = this.#update.pending;
    return html`
      <settings-dialog
        heading=${msg('dataRepository.confirm.heading', { region })}
        .open=${this.confirming}
        ?no-dismiss=${busy}
        @settings-dialog-closed=${this.#onDialogClose}
      >
        <p>${msg('dataRepository.confirm.body', { region })}</p>
        <!-- No retry button here: "Move data and save" sends it again. -->
        ${this.#update.error ? this.#renderWriteError() : nothing}
        <!-- aria-disabled, not disabled, while saving: the focused button keeps focus (a second click is ignored) -->
        <button slot="actions" type="button" aria-disabled=${String(busy)} @click=${this.#onConfirmCancel}>${msg('dataRepository.cancel')}</button>
        <button slot="actions" type="button" class="primary" aria-disabled=${String(busy)} aria-busy=${String(busy)} @click=${() => void this.#save()}>
          ${msg(busy ? 'dataRepository.saving' : 'dataRepository.confirm.action')}
        </button>
      </settings-dialog>
    `;
  }

  /** Field errors are fixed in the form; anything else can be sent again with `retry`. */
  #renderWriteError(retry?: () => void) {
    const error = this.#update.error!;
    return this.renderError(error, error.status === 422 ? undefined : retry);
  }

  #invalid(field: Field): 'true' | 'false' {
    return this.#update.fieldError(field) ? 'true' : 'false';
  }

  #describedBy(field: Field, id: string): string {
    return this.#update.fieldError(field) ? `${id}-hint ${id}-error` : `${id}-hint`;
  }

  #renderFieldError(field: Field, id: string) {
    const error = this.#update.fieldError(field);
    return error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing;
  }
}

function regionName(settings: DataRepositorySettings, id: string): string {
  return settings.availableRegions.find((region) => region.id === id)?.name ?? id;
}

/** "30 days", "1 year", "Keep indefinitely": whole years read as years, plurals by `Intl`. */
function retentionLabel(days: number | null): string {
  if (days === null) return msg('dataRepository.keepIndefinitely');
  const years = days / 365;
  return Number.isInteger(years)
    ? formatNumber(years, { style: 'unit', unit: 'year', unitDisplay: 'long' })
    : formatNumber(days, { style: 'unit', unit: 'day', unitDisplay: 'long' });
}

function toRetention(value: string): number | null {
  return value === '' ? null : Number(value);
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-data-repository': SettingsDataRepository;
  }
}
