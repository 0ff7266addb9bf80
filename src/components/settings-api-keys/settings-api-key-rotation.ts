import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { SettingsClient } from '../../api/client.js';
import type { ApiKey, CreatedApiKey } from '../../api/types.js';
import { settingsContext, type SettingsContextValue } from '../../context/settings-context.js';
import {
  SettingsApiKeyCreateEvent,
  SettingsApiKeyCreatedEvent,
  SettingsApiKeyRevokeEvent,
  SettingsApiKeyRevokedEvent,
  SettingsApiKeyRotationCompletedEvent,
} from '../../events/api-key-events.js';
import { msg } from '../../i18n/localize.js';
import { renderErrorNotice } from '../../kit/error-notice.js';
import { reportForbidden, resetForbidden } from '../../kit/forbidden.js';
import { gatedArgs } from '../../kit/gate.js';
import { ResourceController } from '../../kit/resource-controller.js';
import { panelStyles } from '../../kit/settings-panel.js';
import { formStyles } from '../../styles/forms.js';
import { baseStyles } from '../../styles/tokens.js';
import { renderDialogActions, type DialogActionsOptions } from '../../kit/views/dialog-actions.js';
import { renderLoading } from '../../kit/views/paged-list-view.js';
import { UserChangeController } from '../../kit/user-change-controller.js';
import { WriteController } from '../../kit/write-controller.js';
import { draftInput, newDraft, renderKeyFields, type KeyDraft } from './api-key-fields.js';
import { renderLastUsed, renderPrefix } from './api-key-format.js';
import type { SettingsApiKeySecret } from './settings-api-key-secret.js';
import { rotationStyles } from './settings-api-keys.styles.js';

type Step = 1 | 2 | 3 | 4;
const steps: Step[] = [1, 2, 3, 4];

/** Steps 2 and 3 write nothing: their buttons are never busy. */
const idle = { pending: false, error: undefined } as const;

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
 * A plain element inside the panel's shadow root: it reads the provider's context itself, and its
 * reads go through the same access gate as the panel's (manage permission on API keys), so it
 * cannot ask for anything the section hides. The panel renders it only to users who may manage keys.
 *
 * @summary Guided rotation of one API key, used by `<settings-api-keys>`.
 * @tag settings-api-key-rotation
 * @csspart state - "Loading…" while both keys are read back at "Confirm traffic".
 * @fires {SettingsApiKeyCreateEvent} settings-api-key-create - Before the replacement is created (cancelable).
 * @fires {SettingsApiKeyCreatedEvent} settings-api-key-created - The replacement was created.
 * @fires {SettingsApiKeyRevokeEvent} settings-api-key-revoke - Before the old key is revoked (cancelable).
 * @fires {SettingsApiKeyRevokedEvent} settings-api-key-revoked - The old key was revoked.
 * @fires {SettingsApiKeyRotationCompletedEvent} settings-api-key-rotation-completed - The old key is revoked and its replacement in use.
 */
export class SettingsApiKeyRotation extends LitElement {
  static override styles = [baseStyles, formStyles, panelStyles, rotationStyles];

  @consume({ context: settingsContext, subscribe: true })
  @state()
  private settings?: SettingsContextValue;

  /** Both keys as the server has them now: read on arriving at "Confirm traffic", and on Refresh. */
  #keys = new ResourceController<[ApiKey, ApiKey], readonly [SettingsClient, string, string]>(this, {
    args: gatedArgs(
      () => this.settings,
      'organization/api-keys',
      (s) => (this.step >= 3 && this.oldKey && this.newKey ? ([s.client, this.oldKey.id, this.newKey.id] as const) : null),
      { requires: 'manage' },
    ),
    load: ([client], signal) => Promise.all([reread(client, this.oldKey!, signal), reread(client, this.newKey!, signal)]),
    identity: () => this.settings?.session.user.id,
    onError: (error) => reportForbidden(this, error, this.settings),
    onSuccess: () => resetForbidden(this),
  });

  /** Step 1: the replacement. Its record reaches the fact event, its secret only the secret view. */
  #create = new WriteController<KeyDraft & { replacesKeyId: string }, CreatedApiKey>(this, {
    settings: () => this.settings,
    companyScoped: () => false,
    intent: (input) => new SettingsApiKeyCreateEvent(input.name, input.expiresInDays, input.replacesKeyId),
    run: (input, { client, idempotencyKey }) => client.createApiKey(input, { idempotencyKey }),
    fact: ({ apiKey }) => new SettingsApiKeyCreatedEvent(apiKey),
  });

  /** Step 4: the old key. */
  #revoke = new WriteController<ApiKey, ApiKey>(this, {
    settings: () => this.settings,
    companyScoped: () => false,
    intent: (key) => new SettingsApiKeyRevokeEvent(key),
    run: (key, { client }) => client.revokeApiKey(key.id),
    fact: (revoked) => new SettingsApiKeyRevokedEvent(revoked),
  });

  @state() private open = false;
  @state() private step: Step = 1;
  @state() private oldKey: ApiKey | null = null;
  @state() private newKey: ApiKey | null = null;
  @state() private draft: KeyDraft = newDraft();
  @state() private revokeAnyway = false;

  @query('settings-api-key-secret') private secretView?: SettingsApiKeySecret;

  @query('h3') private stepHeading?: HTMLElement;

  constructor() {
    super();
    // Another user signed in: the flow, and any secret on screen, belonged to the last one.
    new UserChangeController(this, () => this.settings, () => this.#abandon());
  }

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
    this.#create.reset();
    this.#revoke.reset();
    this.open = true;
  }

  /** The freshest copy of both keys. */
  get #pair(): [ApiKey, ApiKey] {
    return this.#keys.value ?? [this.oldKey!, this.newKey!];
  }

  /** The write of the step on screen, whose pending state and error the dialog shows. */
  get #write() {
    if (this.step === 1) return this.#create;
    return this.step === 4 ? this.#revoke : undefined;
  }

  get #busy(): boolean {
    return this.#create.pending || this.#revoke.pending;
  }

  async #onCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.oldKey) return;
    const result = await this.#create.run({ ...draftInput(this.draft), replacesKeyId: this.oldKey.id });
    // Created after the user left: the list shows the pair with "Continue rotation"; the secret is not kept.
    if (result.status === 'stale') return this.#abandon();
    if (result.status !== 'done') return;
    const { apiKey, secret } = result.value;
    // The secret goes straight to the one element that shows it; nothing here keeps it.
    this.newKey = apiKey;
    this.step = 2;
    void this.secretView?.show(secret, apiKey.name).then(() => this.stepHeading?.focus());
  }

  async #onRevoke(): Promise<void> {
    // Not before the new key has traffic or "Revoke anyway" is ticked (the button says so with aria-disabled).
    if (this.#revoke.pending || !this.#mayRevoke) return;
    const [oldKey, newKey] = this.#pair;
    const result = await this.#revoke.run(oldKey);
    if (result.status !== 'done') return;
    this.dispatchEvent(new SettingsApiKeyRotationCompletedEvent(result.value, newKey));
    this.open = false;
  }

  get #mayRevoke(): boolean {
    return hasTraffic(this.#pair[1]) || this.revokeAnyway;
  }

  #abandon(): void {
    this.secretView?.forget();
    this.#onClose();
  }

  /** The dialog closed (any way): forget the flow; the pairing stays in the data for "Continue rotation". */
  #onClose(): void {
    this.open = false;
    this.oldKey = this.newKey = null;
  }

  #go(step: Step): void {
    this.#create.reset();
    this.#revoke.reset();
    this.step = step;
  }

  protected override render() {
    const oldKey = this.oldKey;
    if (!this.settings || !oldKey) return nothing;
    const busy = this.#busy;
    return html`
      <settings-dialog
        heading=${msg('apiKeys.rotate.heading', { name: oldKey.name })}
        .open=${this.open}
        ?no-dismiss=${busy}
        @settings-dialog-closed=${this.#onClose}
      >
        <p>${msg('apiKeys.rotate.intro')}</p>
        <ol class="steps">
          ${steps.map((n) => html`<li aria-current=${n === this.step ? 'step' : 'false'}>${msg(`apiKeys.rotate.step${n}`)}</li>`)}
        </ol>
        <h3 tabindex="-1">${msg('apiKeys.rotate.stepHeading', { step: this.step, title: msg(`apiKeys.rotate.step${this.step}`) })}</h3>
        ${this.#renderStep()}
        ${this.step > 2
          ? html`<button slot="actions" type="button" aria-disabled=${String(busy)} @click=${() => busy || this.#go((this.step - 1) as Step)}>
              ${msg('apiKeys.rotate.back')}
            </button>`
          : nothing}
        ${renderDialogActions({
          write: this.#write ?? idle,
          dismiss: { label: msg(this.step === 1 ? 'apiKeys.cancel' : 'apiKeys.rotate.later'), onClick: () => (this.open = false) },
          confirm: this.#primary(),
        })}
      </settings-dialog>
      <settings-api-key-secret></settings-api-key-secret>
    `;
  }

  #renderStep() {
    const [oldKey, newKey] = [this.oldKey!, this.newKey];
    switch (this.step) {
      case 1:
        return html`<form id="replacement" @submit=${this.#onCreate}>
          ${renderKeyFields(this.draft, msg('apiKeys.rotate.nameHint'), (f) => this.#create.fieldError(f), (change) => (this.draft = { ...this.draft, ...change }))}
        </form>`;
      case 2:
        return html`
          <p>${msg('apiKeys.rotate.update', { name: oldKey.name })}</p>
          <p>${msg('apiKeys.rotate.newKey', { name: newKey!.name })}: ${renderPrefix(newKey!)}</p>
        `;
      case 3: {
        // A read, under the busy rule too: Refresh keeps focus while the keys are read again.
        const refreshing = this.#keys.status === 'pending';
        return html`
          <p>${msg('apiKeys.rotate.confirm')}</p>
          ${this.#renderKeys()}
          <button type="button" aria-disabled=${String(refreshing)} aria-busy=${String(refreshing)} @click=${() => refreshing || void this.#keys.reload()}>
            ${msg(refreshing ? 'apiKeys.rotate.refreshing' : 'apiKeys.rotate.refresh')}
          </button>
        `;
      }
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

  /** The keys read back: loading, the error with a retry, or the traffic of both. */
  #renderKeys() {
    const keys = this.#keys;
    if (keys.status === 'error' && keys.error) return renderErrorNotice(keys.error, () => void keys.reload());
    if (keys.value === undefined) return renderLoading();
    return this.#renderTraffic();
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

  /**
   * The step's forward button: create the replacement (submits the form), Next, or revoke the old
   * key, unavailable (aria-disabled, still focusable) until the new key has traffic or "Revoke
   * anyway" is ticked.
   */
  #primary(): DialogActionsOptions['confirm'] {
    switch (this.step) {
      case 1:
        return { label: msg('apiKeys.rotate.create'), pendingLabel: msg('apiKeys.creating'), form: 'replacement' };
      case 4:
        return {
          label: msg('apiKeys.rotate.revoke'),
          pendingLabel: msg('apiKeys.revoking'),
          danger: true,
          // The main action only once the new key carries the traffic; before, revoking is the exception.
          primary: hasTraffic(this.#pair[1]),
          unavailable: !this.#mayRevoke,
          onClick: () => void this.#onRevoke(),
        };
      default: {
        const next = msg('apiKeys.rotate.next');
        return { label: next, pendingLabel: next, onClick: () => this.#go((this.step + 1) as Step) };
      }
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
