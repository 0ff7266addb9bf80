import { html, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { DataRepositorySettings, DataRepositoryUpdate } from '../../api/types.js';
import { SettingsDataRepositoryUpdatedEvent, SettingsDataRepositoryUpdateEvent } from '../../events/data-repository-events.js';
import { addMessages, formatNumber, msg } from '../../i18n/localize.js';
import { dataRepositoryMessages } from '../../i18n/catalogs/en/data-repository.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { renderChoice } from '../../kit/views/choice.js';
import { renderDialogActions } from '../../kit/views/dialog.js';
import { renderField, renderFormActions } from '../../kit/views/form.js';
import { renderSkeleton, type SkeletonBlock } from '../../kit/views/skeleton.js';
import { dataRepositoryStyles } from './settings-data-repository.styles.js';
import { renderResource } from '../../kit/views/states.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(dataRepositoryMessages);

type Field = keyof DataRepositoryUpdate;

/**
 * Organization > Data repository: where the data of every company is stored, how long it is
 * kept and whether it may be combined across companies. A region move is confirmed in a dialog
 * before anything is saved. Save and Cancel follow the form's changes, and the status line
 * (`part="status"`) says "You have unsaved changes." until they are saved; a failed save keeps them
 * and offers a retry. Read-only (values as text) with `org.data-repository.view`.
 *
 * @summary Organization data controls: storage region, retention, cross-company sharing.
 * @tag settings-data-repository
 * @csspart intro - What these settings apply to.
 * @csspart form - The settings form (manage permission).
 * @csspart actions - The form's Save and Cancel buttons.
 * @csspart values - The settings as text (view permission).
 * @cssprop [--settings-data-repository-max-width=40rem] - Maximum width of the panel's content.
 * @fires {SettingsDataRepositoryUpdateEvent} settings-data-repository-update - Before saving, with the changed settings; cancelable.
 * @fires {SettingsDataRepositoryUpdatedEvent} settings-data-repository-updated - After saving, with the saved settings.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsDataRepository extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    edits: { state: true },
    confirming: { state: true },
    saved: { state: true },
  };

  static override styles = [...SettingsPanel.styles, dataRepositoryStyles];

  protected readonly sectionId = 'organization/data-repository' as const;

  #settings = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client], signal) => client.getDataRepository({ signal }),
  });

  /** Save (after the region-move confirmation when the region changed): its error shows in the form or the dialog. */
  #update = this.section.write({
    intent: (update: DataRepositoryUpdate) => new SettingsDataRepositoryUpdateEvent(update),
    run: (update, { client }) => client.updateDataRepository(update),
    change: (saved) => ({ action: 'data-repository.updated', target: { type: 'data-repository', id: this.section.settings?.session.organization?.id ?? '' }, before: this.#settings.value ?? null, after: saved }),
    fact: (saved, _, change) => new SettingsDataRepositoryUpdatedEvent(saved, change),
  });

  /** Only the settings the user changed and has not saved yet. */
  private edits: DataRepositoryUpdate = {};
  /** The region-move confirmation is open. */
  private confirming = false;
  /** Set after a successful save, until the next change. */
  private saved = false;

  /** Another user is signed in: the last one's unsaved changes go. */
  protected override userChanged(): void {
    this.edits = {};
    this.confirming = false;
    this.saved = false;
  }

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
    // Save is unavailable while nothing changed or it saves, but Enter in a field still submits the form.
    if (this.#update.pending || !this.#dirty) return;
    if (this.edits.storageRegion !== undefined) this.confirming = true;
    else void this.#save();
  }

  /** Runs only while Cancel is available: something changed and no save runs. */
  #onCancel(): void {
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

  /**
   * Save and Cancel are unavailable once nothing is left to save: move focus from them to the
   * form, as when focus is nowhere after the dialog. A control of the form keeps it.
   */
  #keepFocus(): void {
    void this.updateComplete.then(() => {
      const active = this.shadowRoot?.activeElement;
      const onUnavailableAction = !this.#dirty && active?.closest('[part=actions]');
      if (!active || onUnavailableAction) this.renderRoot.querySelector<HTMLElement>('#region')?.focus();
    });
  }

  protected renderPanel() {
    return html`
      <p part="intro">${msg('scope.organization.description')} ${msg('dataRepository.intro')}</p>
      ${renderResource(this.#settings, {
        loading: () => renderSkeleton(this.section.canManage ? formShape : ['term', 'term', 'term']),
        complete: (settings) => (this.section.canManage ? this.#renderForm(settings) : this.#renderValues(settings)),
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
    const { pending, error } = this.#update;
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit}>
        ${this.#renderSelect('region', 'storageRegion', (e) => e.value, {
          label: msg('dataRepository.region'),
          hint: msg('dataRepository.regionHint'),
          options: saved.availableRegions.map((r) => html`<option value=${r.id} .selected=${live(r.id === value.storageRegion)}>${r.name}</option>`),
        })}
        ${this.#renderSelect('retention', 'retentionDays', (e) => toRetention(e.value), {
          label: msg('dataRepository.retention'),
          hint: msg('dataRepository.retentionHint'),
          options: saved.retentionOptions.map(
            (days) => html`<option value=${days ?? ''} .selected=${live(days === value.retentionDays)}>${retentionLabel(days)}</option>`,
          ),
        })}
        <!-- spaced like the fields above it -->
        <div class="field">
          ${renderChoice({
            id: 'sharing',
            role: 'switch',
            label: msg('dataRepository.sharing'),
            hint: msg('dataRepository.sharingHint'),
            error: this.#update.fieldError('crossCompanySharing'),
            checked: value.crossCompanySharing,
            // Held while saving: the switch keeps focus (Enter on it saves), a click changes nothing.
            busy: pending,
            onChange: (on) => this.#change('crossCompanySharing', on),
          })}
        </div>
        ${renderFormActions({
          // While the confirmation is open, its dialog shows the failure (and sends it again).
          write: { pending, error: this.confirming ? undefined : error },
          unchanged: !this.#dirty,
          save: { label: msg('dataRepository.save'), pendingLabel: msg('dataRepository.saving') },
          cancel: { label: msg('dataRepository.cancel'), onClick: () => this.#onCancel() },
          // Field errors are fixed in the form; anything else can be sent again (a region move is confirmed again).
          retry: error?.status === 422 ? undefined : () => this.#submit(),
          status: { message: this.saved ? msg('dataRepository.saved') : undefined, idle: this.#dirty ? msg('dataRepository.unsaved') : undefined },
        })}
      </form>
      ${this.#renderConfirm(saved)}
    `;
  }

  /** Region and retention: held still while a save runs (changes are ignored), and focus stays on them. */
  #renderSelect<K extends 'storageRegion' | 'retentionDays'>(
    id: string,
    field: K,
    parse: (select: HTMLSelectElement) => DataRepositorySettings[K],
    content: { label: string; hint: string; options: unknown },
  ) {
    const options = { id, label: content.label, hint: content.hint, error: this.#update.fieldError(field), busy: this.#update.pending };
    return renderField(options, (f) => html`
      <select
        ${f.held}
        id=${f.id}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @change=${(e: Event) => this.#change(field, parse(e.target as HTMLSelectElement))}
      >
        ${content.options}
      </select>
    `);
  }

  #renderConfirm(saved: DataRepositorySettings) {
    const region = regionName(saved, this.edits.storageRegion ?? saved.storageRegion);
    return html`
      <settings-dialog
        heading=${msg('dataRepository.confirm.heading', { region })}
        .open=${this.confirming}
        ?no-dismiss=${this.#update.pending}
        @settings-dialog-closed=${this.#onDialogClose}
      >
        <p>${msg('dataRepository.confirm.body', { region })}</p>
        <!-- The error without a retry: "Move data and save" sends it again. -->
        ${renderDialogActions({
          write: this.#update,
          dismiss: { label: msg('dataRepository.cancel'), onClick: () => this.#onConfirmCancel() },
          confirm: { label: msg('dataRepository.confirm.action'), pendingLabel: msg('dataRepository.saving'), onClick: () => void this.#save() },
        })}
      </settings-dialog>
    `;
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

/** The form's skeleton: two selects and the sharing switch, each with its hint, then Save. */
const formShape: readonly SkeletonBlock[] = [{ field: 'select', hint: true }, { field: 'select', hint: true }, { field: 'choice', hint: true }, 'actions'];
