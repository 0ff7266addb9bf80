import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { SettingsClient } from '../../api/client.js';
import type { ApiKey } from '../../api/types.js';
import {
  SettingsApiKeyCreateEvent,
  SettingsApiKeyCreatedEvent,
  SettingsApiKeyRevokeEvent,
  SettingsApiKeyRevokedEvent,
  SettingsApiKeyRotationCompletedEvent,
} from '../../events/api-key-events.js';
import { msg } from '../../i18n/localize.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { formStyles } from '../../styles/forms.js';
import { draftInput, newDraft, renderKeyFields, type KeyDraft } from './api-key-fields.js';
import { renderLastUsed, renderPrefix } from './api-key-format.js';
import type { SettingsApiKeySecret } from './settings-api-key-secret.js';
import { rotationStyles } from './settings-api-keys.styles.js';

type Step = 1 | 2 | 3 | 4;
const steps: Step[] = [1, 2, 3, 4];

/** The replacement has answered requests since it was created. */
function hasTraffic(key: ApiKey): boolean {
  return key.lastUsedAt !== null && Date.parse(key.lastUsedAt) > Date.parse(key.createdAt);
}

/**
 * The help page's rotation as a guided dialog: 1) create the replacement (its secret shown once),
 * 2) update integrations, 3) confirm traffic on the new key, 4) revoke the old key — the default
 * once the new key has traffic, behind a "Revoke anyway" acknowledgment before. The pairing lives in
 * the data (`replacesKeyId`), so `<settings-api-keys>` can resume a rotation after a reload.
 *
 * @summary Guided rotation of one API key, used by `<settings-api-keys>`.
 * @tag settings-api-key-rotation
 * @fires {SettingsApiKeyCreateEvent} settings-api-key-create - Before the replacement is created (cancelable).
 * @fires {SettingsApiKeyCreatedEvent} settings-api-key-created - The replacement was created.
 * @fires {SettingsApiKeyRevokeEvent} settings-api-key-revoke - Before the old key is revoked (cancelable).
 * @fires {SettingsApiKeyRevokedEvent} settings-api-key-revoked - The old key was revoked.
 * @fires {SettingsApiKeyRotationCompletedEvent} settings-api-key-rotation-completed - The old key is revoked and its replacement in use.
 */
export class SettingsApiKeyRotation extends SettingsPanel {
  static override styles = [...SettingsPanel.styles, formStyles, rotationStyles];

  protected readonly section = 'organization/api-keys' as const;

  /** Both keys as the server has them now: read on arriving at "Confirm traffic", and on Refresh. */
  #keys = this.createResource({
    args: (s) => [s.client, this.step >= 3 ? this.oldKey?.id : undefined, this.step >= 3 ? this.newKey?.id : undefined] as const,
    load: ([client, oldId, newId], signal) =>
      oldId && newId ? Promise.all([reread(client, this.oldKey!, signal), reread(client, this.newKey!, signal)]) : Promise.resolve(null),
  });

  @state() private open = false;
  @state() private step: Step = 1;
  @state() private oldKey: ApiKey | null = null;
  @state() private newKey: ApiKey | null = null;
  @state() private draft: KeyDraft = newDraft();
  @state() private revokeAnyway = false;

  @query('settings-api-key-secret') private secretView?: SettingsApiKeySecret;
  @query('h3') private stepHeading?: HTMLElement;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Moving between steps replaces the buttons: keep the keyboard user's place at the new step.
    if (changed.get('step') !== undefined) this.stepHeading?.focus();
  }

  /** Starts rotating `key`; with the `replacement` created earlier, resumes at "Confirm traffic". */
  start(key: ApiKey, replacement: ApiKey | null = null): void {
    this.oldKey = key;
    this.newKey = replacement;
    this.step = replacement ? 3 : 1;
    this.draft = newDraft(key.name);
    this.revokeAnyway = false;
    this.writeError = undefined;
    this.open = true;
  }

  /** The freshest copy of both keys. */
  get #pair(): [ApiKey, ApiKey] {
    return this.#keys.value ?? [this.oldKey!, this.newKey!];
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = { ...draftInput(this.draft), replacesKeyId: this.oldKey!.id };
    const created = await this.write(
      new SettingsApiKeyCreateEvent(input.name, input.expiresInDays, input.replacesKeyId),
      () => this.settings!.client.createApiKey(input),
      ({ apiKey }) => new SettingsApiKeyCreatedEvent(apiKey),
    );
    if (!created) return;
    this.newKey = created.apiKey;
    this.step = 2;
    // The secret goes straight to the one element that shows it; nothing here keeps it.
    void this.secretView?.show(created.secret, created.apiKey.name).then(() => this.stepHeading?.focus());
  }

  async #revoke(): Promise<void> {
    const [oldKey, newKey] = this.#pair;
    const revoked = await this.write(
      new SettingsApiKeyRevokeEvent(oldKey),
      () => this.settings!.client.revokeApiKey(oldKey.id),
      (key) => new SettingsApiKeyRevokedEvent(key),
    );
    if (!revoked) return;
    this.dispatchEvent(new SettingsApiKeyRotationCompletedEvent(revoked, newKey));
    this.open = false;
  }

  /** The dialog closed (any way): forget the flow; the pairing stays in the data for "Continue rotation". */
  #onClose(): void {
    this.open = false;
    this.oldKey = this.newKey = null;
  }

  #go(step: Step): void {
    this.writeError = undefined;
    this.step = step;
  }

  protected renderPanel() {
    const oldKey = this.oldKey;
    if (!oldKey) return nothing;
    return html`
      <settings-dialog
        heading=${msg('apiKeys.rotate.heading', { name: oldKey.name })}
        .open=${this.open}
        ?no-dismiss=${this.writing}
        @settings-dialog-close=${this.#onClose}
      >
        <p>${msg('apiKeys.rotate.intro')}</p>
        <ol class="steps">
          ${steps.map((n) => html`<li aria-current=${n === this.step ? 'step' : 'false'}>${msg(`apiKeys.rotate.step${n}`)}</li>`)}
        </ol>
        <h3 tabindex="-1">${msg('apiKeys.rotate.stepHeading', { step: this.step, title: msg(`apiKeys.rotate.step${this.step}`) })}</h3>
        ${this.#renderStep()} ${this.writeError ? this.renderError(this.writeError) : nothing}
        <button slot="actions" type="button" ?disabled=${this.writing} @click=${() => (this.open = false)}>
          ${msg(this.step === 1 ? 'apiKeys.cancel' : 'apiKeys.rotate.later')}
        </button>
        ${this.step > 2 ? html`<button slot="actions" type="button" ?disabled=${this.writing} @click=${() => this.#go((this.step - 1) as Step)}>${msg('apiKeys.rotate.back')}</button>` : nothing}
        ${this.#renderPrimary()}
      </settings-dialog>
      <settings-api-key-secret></settings-api-key-secret>
    `;
  }

  #renderStep() {
    const [oldKey, newKey] = [this.oldKey!, this.newKey];
    switch (this.step) {
      case 1:
        return html`<form id="replacement" @submit=${this.#create}>
          ${renderKeyFields(this.draft, msg('apiKeys.rotate.nameHint'), (f) => this.fieldError(f), (change) => (this.draft = { ...this.draft, ...change }))}
        </form>`;
      case 2:
        return html`
          <p>${msg('apiKeys.rotate.update', { name: oldKey.name })}</p>
          <p>${msg('apiKeys.rotate.newKey', { name: newKey!.name })}: ${renderPrefix(newKey!)}</p>
        `;
      case 3:
        return html`
          <p>${msg('apiKeys.rotate.confirm')}</p>
          ${this.renderResource(this.#keys, { complete: () => this.#renderTraffic() })}
          <button type="button" ?disabled=${this.#keys.status === 'pending'} aria-busy=${this.#keys.status === 'pending'} @click=${() => void this.#keys.reload()}>
            ${msg(this.#keys.status === 'pending' ? 'apiKeys.rotate.refreshing' : 'apiKeys.rotate.refresh')}
          </button>
        `;
      case 4:
        return html`
          <p>${msg('apiKeys.revoke.consequence')}</p>
          ${hasTraffic(this.#pair[1])
            ? html`<p>${msg('apiKeys.rotate.ready')}</p>`
            : html`<p class="notice">${msg('apiKeys.rotate.noTraffic')}</p>
                <label class="choice">
                  <input type="checkbox" .checked=${this.revokeAnyway} @change=${(e: Event) => (this.revokeAnyway = (e.target as HTMLInputElement).checked)} />
                  ${msg('apiKeys.rotate.revokeAnyway')}
                </label>`}
        `;
    }
  }

  #renderTraffic() {
    const [oldKey, newKey] = this.#pair;
    return html`
      <dl>
        <dt>${msg('apiKeys.rotate.newKey', { name: newKey.name })}</dt>
        <dd>${renderLastUsed(newKey)}</dd>
        <dt>${msg('apiKeys.rotate.oldKey', { name: oldKey.name })}</dt>
        <dd>${renderLastUsed(oldKey)}</dd>
      </dl>
      <p role="status">${msg(hasTraffic(newKey) ? 'apiKeys.rotate.traffic' : 'apiKeys.rotate.waiting')}</p>
    `;
  }

  #renderPrimary() {
    const busy = this.writing;
    switch (this.step) {
      case 1:
        return html`<button slot="actions" type="submit" form="replacement" class="primary" ?disabled=${busy} aria-busy=${busy}>
          ${msg(busy ? 'apiKeys.creating' : 'apiKeys.rotate.create')}
        </button>`;
      case 4: {
        const ready = hasTraffic(this.#pair[1]);
        return html`<button
          slot="actions"
          type="button"
          class=${ready ? 'primary danger' : 'danger'}
          ?disabled=${busy || !(ready || this.revokeAnyway)}
          aria-busy=${busy}
          @click=${this.#revoke}
        >
          ${msg(busy ? 'apiKeys.revoking' : 'apiKeys.rotate.revoke')}
        </button>`;
      }
      default:
        return html`<button slot="actions" type="button" class="primary" @click=${() => this.#go((this.step + 1) as Step)}>${msg('apiKeys.rotate.next')}</button>`;
    }
  }
}

/**
 * Reads one key again. The contract has no "get one key": search for its prefix (unique in practice),
 * then its name, and pick it by id.
 */
async function reread(client: SettingsClient, key: ApiKey, signal: AbortSignal): Promise<ApiKey> {
  for (const q of [key.prefix, key.name]) {
    const page = await client.listApiKeys({ q, status: 'all', limit: 100 }, { signal });
    const found = page.items.find((k) => k.id === key.id);
    if (found) return found;
  }
  return key;
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-api-key-rotation': SettingsApiKeyRotation;
  }
}
