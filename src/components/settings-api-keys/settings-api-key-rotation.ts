import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SettingsClient } from '../../api/client.js';
import type { ApiKey, ApiKeyPolicy } from '../../api/types.js';
import {
  SettingsApiKeyExpiryScheduleEvent,
  SettingsApiKeyExpiryScheduledEvent,
  SettingsApiKeyRotationCompletedEvent,
} from '../../events/api-key-events.js';
import { apiKeyRotationMessages } from '../../i18n/catalogs/en/api-key-rotation.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { SectionController } from '../../kit/section-controller.js';
import { renderButton } from '../../kit/views/form.js';
import { renderResource } from '../../kit/views/states.js';
import { panelStyles } from '../../kit/settings-panel.js';
import { formStyles } from '../../styles/forms.js';
import { baseStyles } from '../../styles/tokens.js';
import type { DialogActionsOptions } from '../../kit/views/dialog.js';
import { renderLoading } from '../../kit/views/skeleton.js';
import type { WriteResult } from '../../kit/write-controller.js';
import { defineElement } from '../../internal/define-element.js';
import { outdatesList, renderKeyDialogActions } from './api-key-conflicts.js';
import { apiKeyListContext } from './api-key-list-context.js';
import { accessError, applyChange, draftInput, newDraft, renderKeyFields, withPolicyDefaults, type KeyDraft } from './api-key-fields.js';
import { renderLastUsed, renderPrefix } from './api-key-format.js';
import { createKey, revokeKey } from './api-key-writes.js';
import type { SettingsDialog } from '../settings-dialog/settings-dialog.js';
import { SettingsApiKeySecret } from './settings-api-key-secret.js';
import { keyFieldsStyles } from './api-key-fields.styles.js';
import { rotationStyles } from './settings-api-key-rotation.styles.js';

// The rotation's strings arrive with its code (`<settings-api-keys>` loads it when first needed).
addMessages(apiKeyRotationMessages);

type Step = 1 | 2 | 3 | 4;
const steps: Step[] = [1, 2, 3, 4];

/** How long the old key may keep working after the rotation, in hours; `0` revokes it now. */
const overlapChoices = [0, 24, 168] as const;
type Overlap = (typeof overlapChoices)[number];


/** The replacement has answered requests since it was created. */
function hasTraffic(key: ApiKey): boolean {
  return key.lastUsedAt !== null && Date.parse(key.lastUsedAt) > Date.parse(key.createdAt);
}

/**
 * The help page's rotation as a guided dialog: 1) create the replacement (its secret shown once),
 * 2) update integrations, 3) confirm traffic on the new key, 4) retire the old key: revoke it now —
 * the default once the new key has traffic, behind a "Revoke anyway" acknowledgment before — or
 * let it expire by itself after an overlap window (24 hours, 7 days), during which both work. The pairing lives in
 * the data (`replacesKeyId`), so `<settings-api-keys>` can resume a rotation after a reload.
 *
 * A plain element inside the panel's shadow root: it reads the provider's context itself, and its
 * reads go through the same access gate as the panel's (manage permission on API keys), so it
 * cannot ask for anything the section hides. The panel renders it only to users who may manage keys,
 * and has it defined (`settings-elements/define/settings-api-keys` imports this module) when one first
 * starts or resumes a rotation.
 *
 * @summary Guided rotation of one API key, used by `<settings-api-keys>`.
 * @tag settings-api-key-rotation
 * @csspart state - "Loading…" while both keys are read back at "Confirm traffic".
 * @fires {SettingsApiKeyCreateEvent} settings-api-key-create - Before the replacement is created (cancelable).
 * @fires {SettingsApiKeyCreatedEvent} settings-api-key-created - The replacement was created.
 * @fires {SettingsApiKeyRevokeEvent} settings-api-key-revoke - Before the old key is revoked (cancelable).
 * @fires {SettingsApiKeyRevokedEvent} settings-api-key-revoked - The old key was revoked.
 * @fires {SettingsApiKeyExpiryScheduleEvent} settings-api-key-expiry-schedule - Before the old key is scheduled to expire (cancelable).
 * @fires {SettingsApiKeyExpiryScheduledEvent} settings-api-key-expiry-scheduled - The old key will expire after the overlap window.
 * @fires {SettingsApiKeyRotationCompletedEvent} settings-api-key-rotation-completed - The old key is revoked or scheduled to expire, and its replacement in use.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsApiKeyRotation extends LitElement {
  static override properties: PropertyDeclarations = {
    open: { state: true },
    step: { state: true },
    oldKey: { state: true },
    newKey: { state: true },
    draft: { state: true },
    revokeAnyway: { state: true },
    overlap: { state: true },
    policy: { attribute: false },
    accessProblem: { state: true },
  };

  static override styles = [baseStyles, formStyles, panelStyles, keyFieldsStyles, rotationStyles];

  /**
   * The API keys section, for managers only (the panel renders the rotation only to them). Another
   * user signed in: the flow, and any secret on screen, belonged to the last one.
   */
  #section = new SectionController(this, 'organization/api-keys', { requires: 'manage', userChanged: () => this.#abandon() });

  /** The list of `<settings-api-keys>` around it, read again when an answer says the keys changed. */
  #list = new ContextConsumer(this, { context: apiKeyListContext });

  /** Settles when every read and write of the dialog has settled and it has rendered the outcome. */
  get taskComplete(): Promise<void> {
    return this.#section.taskComplete;
  }

  /** Both keys as the server has them now: read on arriving at "Confirm traffic", and on Refresh. */
  #keys = this.#section.resource({
    args: (s) => (this.step >= 3 && this.oldKey && this.newKey ? ([s.client, this.oldKey.id, this.newKey.id] as const) : null),
    load: ([client], signal): Promise<[ApiKey, ApiKey]> => Promise.all([reread(client, this.oldKey!, signal), reread(client, this.newKey!, signal)]),
  });

  /** Step 1: the replacement. Its record reaches the fact event, its secret only the secret view. */
  #create = this.#section.write(createKey);

  /** Step 4: the old key, revoked now… */
  #revoke = this.#section.write(revokeKey);

  /** …or left to expire after the overlap window. */
  #schedule = this.#section.write({
    intent: ({ key, inHours }: { key: ApiKey; inHours: number }) => new SettingsApiKeyExpiryScheduleEvent(key, inHours),
    run: ({ key, inHours }, { client }) => client.scheduleApiKeyExpiry(key.id, { inHours }),
    change: (scheduled, { key }) => ({
      action: 'api-key.expiry-scheduled',
      target: { type: 'api-key', id: key.id },
      before: key,
      after: scheduled,
      fields: ['expiresAt', 'rotationEndsAt'],
    }),
    fact: (scheduled, _, change) => new SettingsApiKeyExpiryScheduledEvent(scheduled, change),
  });

  private open = false;
  private step: Step = 1;
  private oldKey: ApiKey | null = null;
  private newKey: ApiKey | null = null;
  private draft: KeyDraft = newDraft(undefined);
  private revokeAnyway = false;
  /** Step 4's choice: revoke now (0) or the overlap window in hours. */
  private overlap: Overlap = 0;
  /**
   * The organization's key policy as `<settings-api-keys>` loaded it: which lifetimes and scopes
   * the replacement may have. Until it arrives, step 1 shows "Loading…".
   */
  policy: ApiKeyPolicy | undefined;


  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get secretView() {
    return this.renderRoot?.querySelector<SettingsApiKeySecret>('settings-api-key-secret');
  }

  private get stepHeading() {
    return this.renderRoot?.querySelector<HTMLElement>('h3');
  }

  private get dialog() {
    return this.renderRoot?.querySelector<SettingsDialog>('settings-dialog');
  }

  private get createButton() {
    return this.renderRoot?.querySelector<HTMLButtonElement>('button[form=replacement]');
  }

  /** Updates in the provider's language: `msg` and the formatters speak it while it renders. */
  protected override performUpdate(): void {
    this.#section.inLocale(() => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.oldKey && this.step === 1) this.draft = withPolicyDefaults(this.draft, this.policy, this.oldKey);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('open') && this.open) {
      // Opening: the dialog moves focus in as it opens, after this update (step 1: to the name
      // field). Resumed at a later step, the user's place is its heading, focused once the dialog
      // is open: focused before, it would be what the dialog returns focus to.
      if (this.step === 1) return;
      void this.dialog?.updateComplete.then(() => {
        if (this.open) this.stepHeading?.focus();
      });
    } else if (changed.get('step') !== undefined) {
      // Moving between steps replaces the buttons: keep the keyboard user's place at the new step.
      this.stepHeading?.focus();
    }
  }

  /**
   * Starts rotating `key`; with the `replacement` created earlier, resumes at "Confirm traffic".
   * `policy` (the organization's, as `<settings-api-keys>` loaded it) says which lifetimes and
   * scopes the replacement may have; it starts with the old key's access.
   */
  start(key: ApiKey, replacement: ApiKey | null = null, policy: ApiKeyPolicy | undefined = this.policy): void {
    this.oldKey = key;
    this.newKey = replacement;
    this.policy = policy;
    this.step = replacement ? 3 : 1;
    this.draft = newDraft(policy, key);
    this.revokeAnyway = false;
    this.overlap = 0;
    this.accessProblem = undefined;
    this.#create.reset();
    this.#revoke.reset();
    this.#schedule.reset();
    this.open = true;
  }

  /** The form's own check of the access choice, before anything is sent. */
  private accessProblem: string | undefined;

  /** The freshest copy of both keys. */
  get #pair(): [ApiKey, ApiKey] {
    return this.#keys.value ?? [this.oldKey!, this.newKey!];
  }

  /** The write of the step on screen, whose pending state and error the dialog shows. */
  get #write() {
    if (this.step === 1) return this.#create;
    if (this.step !== 4) return undefined;
    return this.overlap === 0 ? this.#revoke : this.#schedule;
  }

  get #busy(): boolean {
    return this.#create.pending || this.#revoke.pending || this.#schedule.pending;
  }

  #onCreate(event: SubmitEvent): void {
    event.preventDefault();
    void this.#sendCreate();
  }

  /** Try again after "still being processed": the same request, from the busy Create replacement that keeps focus. */
  #retryCreate = (): void => {
    this.createButton?.focus();
    void this.#sendCreate();
  };

  async #sendCreate(): Promise<void> {
    if (!this.oldKey) return;
    this.accessProblem = this.#section.inLocale(() => accessError(this.draft, this.policy));
    if (this.accessProblem) return;
    const input = { ...draftInput(this.draft, this.policy), replacesKeyId: this.oldKey.id };
    const result = await this.#create.run(input);
    // Created after the user left: the list shows the pair with "Continue rotation"; the secret is not kept.
    if (result.status === 'stale') return this.#abandon();
    if (result.status !== 'done') return this.#failed(result);
    const { apiKey, secret } = result.value;
    // The secret goes straight to the one element that shows it; nothing here keeps it.
    this.newKey = apiKey;
    this.step = 2;
    void this.secretView?.show(secret, apiKey.name).then(() => this.stepHeading?.focus());
  }

  async #onRevoke(): Promise<void> {
    // Revoking now: not before the new key has traffic or "Revoke anyway" is ticked (the button is
    // announced unavailable). An overlap needs no acknowledgment: both keys keep working.
    if (this.#busy || !this.#mayFinish) return;
    const [oldKey, newKey] = this.#pair;
    const result = this.overlap === 0 ? await this.#revoke.run(oldKey) : await this.#schedule.run({ key: oldKey, inHours: this.overlap });
    if (result.status !== 'done') return this.#failed(result);
    this.dispatchEvent(new SettingsApiKeyRotationCompletedEvent(result.value, newKey, result.change));
    this.open = false;
  }

  /** A conflict saying the keys changed meanwhile: the panel's list is read again; the step and what was typed stay. */
  #failed(result: WriteResult<unknown>): void {
    if (result.status === 'failed' && outdatesList(result.error)) this.#list.value?.reload();
  }

  get #mayFinish(): boolean {
    return this.overlap !== 0 || hasTraffic(this.#pair[1]) || this.revokeAnyway;
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
    this.#schedule.reset();
    // Step 4 starts at "revoke now" once the new key carries traffic, otherwise with a week's overlap.
    if (step === 4) this.overlap = hasTraffic(this.#pair[1]) ? 0 : 168;
    this.step = step;
  }

  protected override render() {
    const oldKey = this.oldKey;
    if (!this.#section.settings || !oldKey) return nothing;
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
          ? renderButton({ slot: 'actions', label: msg('apiKeys.rotate.back'), unavailable: busy, onClick: () => this.#go((this.step - 1) as Step) })
          : nothing}
        ${renderKeyDialogActions({
          write: this.#write,
          // Only step 1's create can be "still being processed": it is the one sent with an idempotency key.
          retry: this.step === 1 ? this.#retryCreate : undefined,
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
        return this.policy
          ? html`<form id="replacement" @submit=${this.#onCreate}>
              ${renderKeyFields({
                draft: this.draft,
                policy: this.policy,
                nameHint: msg('apiKeys.rotate.nameHint'),
                accessHint: msg('apiKeys.rotate.scopesHint'),
                fieldError: (f) => (f === 'scopes' ? (this.accessProblem ?? this.#create.fieldError(f)) : this.#create.fieldError(f)),
                onChange: (change) => {
                  this.draft = applyChange(this.draft, change);
                  this.accessProblem = undefined;
                },
              })}
            </form>`
          : renderLoading();
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
          ${renderButton({
            label: msg('apiKeys.rotate.refresh'),
            pendingLabel: msg('apiKeys.rotate.refreshing'),
            busy: refreshing,
            onClick: () => void this.#keys.reload(),
          })}
        `;
      }
      case 4:
        return html`
          ${hasTraffic(this.#pair[1]) ? html`<p>${msg('apiKeys.rotate.ready')}</p>` : html`<p class="notice">${msg('apiKeys.rotate.noTraffic')}</p>`}
          <fieldset aria-describedby="overlap-hint">
            <legend>${msg('apiKeys.rotate.when')}</legend>
            ${overlapChoices.map(
              (hours) => html`<label class="choice">
                <input type="radio" name="overlap" .checked=${this.overlap === hours} @change=${() => (this.overlap = hours)} />
                ${hours === 0 ? msg('apiKeys.rotate.when.now') : msg('apiKeys.rotate.when.hours', { hours })}
              </label>`,
            )}
            <p class="hint" id="overlap-hint">${msg(this.overlap === 0 ? 'apiKeys.revoke.consequence' : 'apiKeys.rotate.whenHint')}</p>
          </fieldset>
          ${this.overlap === 0 && !hasTraffic(this.#pair[1])
            ? html`<label class="choice">
                <input type="checkbox" .checked=${this.revokeAnyway} @change=${(e: Event) => (this.revokeAnyway = (e.target as HTMLInputElement).checked)} />
                ${msg('apiKeys.rotate.revokeAnyway')}
              </label>`
            : nothing}
        `;
    }
  }

  /** The keys read back: loading, the error with a retry, or the traffic of both. */
  #renderKeys() {
    return renderResource(this.#keys, { complete: () => this.#renderTraffic() });
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
   * key, unavailable (announced so, still focusable) until the new key has traffic or "Revoke
   * anyway" is ticked.
   */
  #primary(): DialogActionsOptions['confirm'] {
    switch (this.step) {
      case 1:
        return { label: msg('apiKeys.rotate.create'), pendingLabel: msg('apiKeys.creating'), form: 'replacement' };
      case 4:
        if (this.overlap !== 0) {
          return { label: msg('apiKeys.rotate.schedule'), pendingLabel: msg('apiKeys.rotate.scheduling'), onClick: () => void this.#onRevoke() };
        }
        return {
          label: msg('apiKeys.rotate.revoke'),
          pendingLabel: msg('apiKeys.revoking'),
          danger: true,
          // The main action only once the new key carries the traffic; before, revoking is the exception.
          primary: hasTraffic(this.#pair[1]),
          unavailable: !this.#mayFinish,
          onClick: () => void this.#onRevoke(),
        };
      default: {
        const next = msg('apiKeys.rotate.next');
        return { label: next, pendingLabel: next, onClick: () => this.#go((this.step + 1) as Step) };
      }
    }
  }
}

/** Reads one key again, as the server has it now. */
function reread(client: SettingsClient, key: ApiKey, signal: AbortSignal): Promise<ApiKey> {
  return client.getApiKey(key.id, { signal });
}

/**
 * Registers the element and the one-time secret view it hands the replacement to (its code comes
 * with this chunk); `define/settings-api-keys` calls it once this chunk has arrived. Done here
 * rather than there so that this chunk, like every other chunk that registers an element, imports
 * `defineElement`: a host's bundler then keeps that helper in the file they all share (while two
 * chunks did not import it, esbuild made an 82-byte file of it in the first load).
 */
export function defineApiKeyRotation(): void {
  defineElement('settings-api-key-secret', SettingsApiKeySecret);
  defineElement('settings-api-key-rotation', SettingsApiKeyRotation);
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-api-key-rotation': SettingsApiKeyRotation;
  }
}
