import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SettingsApiError } from '../../api/errors.js';
import type { ApiKey, ApiKeyPolicy } from '../../api/types.js';
import { SettingsApiKeyPolicyUpdateEvent, SettingsApiKeyPolicyUpdatedEvent } from '../../events/api-key-events.js';
import { apiKeyDialogsMessages } from '../../i18n/catalogs/en/api-key-dialogs.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { renderErrorNotice } from '../../kit/views/states.js';
import { defineElement } from '../../internal/define-element.js';
import { SectionController } from '../../kit/section-controller.js';
import { renderDialog, renderDialogActions } from '../../kit/views/dialog.js';
import { renderButton, renderField } from '../../kit/views/form.js';
import { renderLoading } from '../../kit/views/skeleton.js';
import { panelStyles } from '../../kit/settings-panel.js';
import type { WriteResult } from '../../kit/write-controller.js';
import { formStyles } from '../../styles/forms.js';
import { baseStyles } from '../../styles/tokens.js';
import { outdatesList, renderKeyDialogActions } from './api-key-conflicts.js';
import { renderKeyDetails } from './api-key-details.js';
import { accessError, applyChange, cannotGrantAnything, draftInput, newDraft, renderKeyFields, withPolicyDefaults, type KeyDraft } from './api-key-fields.js';
import { renderLastUsed } from './api-key-format.js';
import { apiKeyListContext } from './api-key-list-context.js';
import { policyDraft, renderPolicyFields, type PolicyDraft } from './api-key-policy-form.js';
import { createKey, revokeKey, toggleKey } from './api-key-writes.js';
import { SettingsApiKeySecret } from './settings-api-key-secret.js';
import { keyFieldsStyles } from './api-key-fields.styles.js';
import { keyDialogsStyles } from './settings-api-key-dialogs.styles.js';

// The dialogs' strings arrive with their code (`<settings-api-keys>` loads it when first needed).
addMessages(apiKeyDialogsMessages);

/** A dialog of the API keys list; view-only users open only a key's details. */
export type ApiKeyDialog = { readonly kind: 'create' } | { readonly kind: 'revoke'; readonly key: ApiKey } | { readonly kind: 'details'; readonly key: ApiKey } | { readonly kind: 'policy' };

/** "Used recently", for the revoke dialog's advice to disable first. */
const recentUseMs = 7 * 24 * 3_600_000;

function usedRecently(key: ApiKey, now = Date.now()): boolean {
  return key.lastUsedAt !== null && now - Date.parse(key.lastUsedAt) < recentUseMs;
}

/**
 * The dialogs of `<settings-api-keys>`: **Create key** (then the new secret, shown once), a key's
 * details, **API key policy** and **Revoke** (with "Disable instead" for a key used recently). It
 * runs their writes, so their intent and fact events bubble out through the panel, and tells the
 * panel what changed (its list is read again, its status line says so).
 *
 * Most visitors of the section only read the list, so this is not part of the section's code: the
 * panel loads it (and its strings) when a dialog is first opened, or when the pointer rests on, or
 * focus reaches, a button that opens one.
 *
 * A plain element inside the panel's shadow root: it reads the provider's context itself, and its
 * writes go through the same access gate as the panel's, so a user who may only view keys opens
 * only a key's details.
 *
 * @summary The create, details, key policy and revoke dialogs of `<settings-api-keys>`.
 * @tag settings-api-key-dialogs
 * @csspart state - "Loading…" while Create key waits for the key policy, and a failed read or write (with `error`).
 * @fires {SettingsApiKeyCreateEvent} settings-api-key-create - Before a key is created (cancelable).
 * @fires {SettingsApiKeyCreatedEvent} settings-api-key-created - A key was created (never with its secret).
 * @fires {SettingsApiKeyRevokeEvent} settings-api-key-revoke - Before a key is revoked (cancelable).
 * @fires {SettingsApiKeyRevokedEvent} settings-api-key-revoked - A key was revoked.
 * @fires {SettingsApiKeyToggleEvent} settings-api-key-toggle - Before "Disable instead" disables a key (cancelable).
 * @fires {SettingsApiKeyToggledEvent} settings-api-key-toggled - The key was disabled.
 * @fires {SettingsApiKeyPolicyUpdateEvent} settings-api-key-policy-update - Before the key policy is saved (cancelable).
 * @fires {SettingsApiKeyPolicyUpdatedEvent} settings-api-key-policy-updated - The key policy was saved.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsApiKeyDialogs extends LitElement {
  static override properties: PropertyDeclarations = {
    policy: { attribute: false },
    policyError: { attribute: false },
    keys: { attribute: false },
    draft: { state: true },
    policyEdit: { state: true },
    accessProblem: { state: true },
    confirmation: { state: true },
  };

  // The panel's look for the dialogs' loading and error states (`state`), as in every panel.
  static override styles = [baseStyles, formStyles, panelStyles, keyFieldsStyles, keyDialogsStyles];

  /** Another user signed in: what the last one typed, and any secret on screen, go unseen (the kit closes the dialog). */
  #section = new SectionController(this, 'organization/api-keys', { userChanged: () => this.#forget() });

  /** The panel around: its list and policy read again after a write, its status line. */
  #list = new ContextConsumer(this, { context: apiKeyListContext });

  /** The organization's key policy as the panel loaded it: Create key waits for it (its error with Retry). */
  policy: ApiKeyPolicy | undefined;
  policyError: SettingsApiError | undefined;
  /** The keys the panel lists: a key's details name the keys of its rotation pairing. */
  keys: readonly ApiKey[] = [];

  #create = this.#section.write(createKey);
  #revoke = this.#section.write(revokeKey);
  /** "Disable instead", in the revoke dialog. */
  #disable = this.#section.write(toggleKey);

  #savePolicy = this.#section.write({
    intent: (update: PolicyDraft) => new SettingsApiKeyPolicyUpdateEvent(update),
    run: (update, { client }) => client.updateApiKeyPolicy(update),
    change: (saved) => ({
      action: 'api-key-policy.updated',
      target: { type: 'api-key-policy', id: this.#section.settings?.session.organization?.id ?? '' },
      before: this.policy ?? null,
      after: saved,
      fields: ['maxLifetimeDays', 'expiryWarningDays'],
    }),
    fact: (saved, _, change) => new SettingsApiKeyPolicyUpdatedEvent(saved, change),
  });

  /** The open dialog and the write each kind starts (details writes nothing). */
  readonly #dialog = this.#section.dialog<ApiKeyDialog>({
    create: this.#create,
    // The revoke dialog shows (and is held open by) "Disable instead" while it runs or after it failed.
    revoke: () => (this.#disable.pending || this.#disable.error ? this.#disable : this.#revoke),
    policy: this.#savePolicy,
  });

  private draft: KeyDraft = newDraft(undefined);
  private policyEdit: PolicyDraft = { maxLifetimeDays: null, expiryWarningDays: 14 };
  /** The form's own check of the access choice, before anything is sent. */
  private accessProblem: string | undefined;
  /** What the user typed to confirm a revocation. */
  private confirmation = '';

  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get secretView() {
    return this.renderRoot?.querySelector<SettingsApiKeySecret>('settings-api-key-secret');
  }
  private get createButton() {
    return this.renderRoot?.querySelector<HTMLButtonElement>('settings-dialog button[form=create]');
  }

  /** Settles when every write of the dialogs has settled and they have rendered the outcome. */
  get taskComplete(): Promise<void> {
    return this.#section.taskComplete;
  }

  /** Updates in the provider's language: `msg` and the formatters speak it while it renders. */
  protected override performUpdate(): void {
    this.#section.inLocale(() => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dialog = this.#dialog.current;
    // The user may no longer manage keys (their role changed): only a key's details stay open.
    if (dialog && dialog.kind !== 'details' && !this.#section.canManage) this.#dialog.close();
    // "Create key" opened while the policy was still loading: its defaults arrive with it.
    if (this.#dialog.current?.kind === 'create') this.draft = withPolicyDefaults(this.draft, this.policy);
  }

  /** Opens `dialog` clean: the writes' last errors (the controller's) and what was typed go. */
  open(dialog: ApiKeyDialog): void {
    this.confirmation = '';
    this.accessProblem = undefined;
    if (dialog.kind === 'create') this.draft = newDraft(this.policy);
    if (dialog.kind === 'policy' && this.policy) this.policyEdit = policyDraft(this.policy);
    this.#dialog.open(dialog);
  }

  #forget(): void {
    this.secretView?.forget();
    this.draft = newDraft(undefined);
    this.accessProblem = undefined;
    this.confirmation = '';
  }

  /** Reads the list again, and says `message` once it shows the change. */
  #changed(message: () => string): void {
    this.#list.value?.reload();
    this.#list.value?.report(message);
  }

  #onCreate(event: SubmitEvent): void {
    event.preventDefault();
    void this.#sendCreate();
  }

  /** Try again after "still being processed": the same request, from the busy Create key that keeps focus. */
  #retryCreate = (): void => {
    this.createButton?.focus();
    void this.#sendCreate();
  };

  async #sendCreate(): Promise<void> {
    const policy = this.policy;
    this.accessProblem = this.#section.inLocale(() => accessError(this.draft, policy));
    if (this.accessProblem) return;
    const result = await this.#create.run(draftInput(this.draft, policy));
    if (result.status === 'stale' && result.reason === 'left' && result.value) return this.#createdWhileAway(result.value.apiKey);
    if (result.status !== 'done') return this.#failed(result);
    const { apiKey, secret } = result.value;
    // The secret goes straight to the one element that shows it; nothing here keeps it.
    this.#dialog.close();
    this.#list.value?.reload();
    const name = apiKey.name;
    void this.secretView?.show(secret, name).then(() => this.#list.value?.report(() => msg('apiKeys.created', { name })));
  }

  /**
   * The key was created after the user left the section. Its secret is not kept for their return
   * (it would sit in a page nobody watches, then pop up out of context): it is dropped here, and the
   * panel says so, so the user can revoke the key and create another.
   */
  #createdWhileAway(apiKey: ApiKey): void {
    this.#dialog.close();
    this.#changed(() => msg('apiKeys.createdWhileAway', { name: apiKey.name }));
  }

  /** A conflict saying the list is out of date (the key was revoked meanwhile…) reads it again; the dialog and what was typed stay. */
  #failed(result: WriteResult<unknown>): void {
    if (result.status === 'failed' && outdatesList(result.error)) this.#list.value?.reload();
  }

  async #onRevoke(key: ApiKey): Promise<void> {
    // Not until the exact name is typed (the button is announced unavailable, keeping focus).
    if (this.#revoke.pending || this.confirmation !== key.name) return;
    const result = await this.#revoke.run(key);
    if (result.status !== 'done') return this.#failed(result);
    this.#dialog.close();
    this.#changed(() => msg('apiKeys.revoked', { name: key.name }));
  }

  async #onDisable(key: ApiKey): Promise<void> {
    if (this.#disable.pending) return;
    const result = await this.#disable.run({ key, enable: false });
    if (result.status !== 'done') return this.#failed(result);
    this.#dialog.close();
    this.#changed(() => msg('apiKeys.disabled', { name: key.name }));
  }

  async #onSavePolicy(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = await this.#savePolicy.run(this.policyEdit);
    if (result.status !== 'done') return;
    this.#dialog.close();
    this.#list.value?.reloadPolicy();
    this.#changed(() => msg('apiKeys.policy.saved'));
  }

  protected override render() {
    return html`
      ${renderDialog(this.#dialog, { heading: (dialog) => this.#heading(dialog), content: (dialog) => this.#renderDialog(dialog) })}
      ${this.#section.canManage ? html`<settings-api-key-secret></settings-api-key-secret>` : nothing}
    `;
  }

  #heading(dialog: ApiKeyDialog): string {
    switch (dialog.kind) {
      case 'revoke':
        return msg('apiKeys.revoke.heading', { name: dialog.key.name });
      case 'details':
        return msg('apiKeys.details.heading', { name: dialog.key.name });
      case 'policy':
        return msg('apiKeys.policy.heading');
      case 'create':
        return msg('apiKeys.create');
    }
  }

  #renderDialog(dialog: ApiKeyDialog) {
    switch (dialog.kind) {
      case 'create':
        return this.#renderCreate();
      case 'revoke':
        return this.#renderRevoke(dialog.key);
      case 'details':
        return this.#renderDetails(dialog.key);
      case 'policy':
        return this.#renderPolicy();
    }
  }

  #renderDetails(key: ApiKey) {
    const names = new Map(this.keys.map((k) => [k.id, k.name]));
    return html`${renderKeyDetails(key, this.policy, (id) => names.get(id))}
      <button slot="actions" type="button" @click=${this.#dialog.close}>${msg('apiKeys.details.close')}</button>`;
  }

  /** The form needs the policy (lifetimes, scopes): loading, its error with Retry, or the form. */
  #renderCreate() {
    const policy = this.policy;
    if (!policy) return this.policyError ? renderErrorNotice(this.policyError, () => this.#list.value?.reloadPolicy()) : renderLoading();
    if (cannotGrantAnything(policy)) {
      return html`<p class="notice">${msg('apiKeys.access.noneGrantable')}</p>
        <button slot="actions" type="button" @click=${this.#dialog.close}>${msg('apiKeys.details.close')}</button>`;
    }
    return html`
      <form id="create" @submit=${this.#onCreate}>
        ${renderKeyFields({
          draft: this.draft,
          policy,
          nameHint: msg('apiKeys.field.nameHint'),
          fieldError: (f) => (f === 'scopes' ? (this.accessProblem ?? this.#create.fieldError(f)) : this.#create.fieldError(f)),
          onChange: (change) => {
            this.draft = applyChange(this.draft, change);
            if (change.fullAccess !== undefined || change.levels) this.accessProblem = undefined;
          },
        })}
      </form>
      ${renderKeyDialogActions({
        write: this.#create,
        retry: this.#retryCreate,
        dismiss: { label: msg('apiKeys.cancel'), onClick: this.#dialog.close },
        confirm: { label: msg('apiKeys.create'), pendingLabel: msg('apiKeys.creating'), form: 'create' },
      })}
    `;
  }

  #renderPolicy() {
    return html`
      <form id="policy" @submit=${this.#onSavePolicy}>
        ${renderPolicyFields(this.policyEdit, (f) => this.#savePolicy.fieldError(f), (change) => (this.policyEdit = { ...this.policyEdit, ...change }))}
      </form>
      ${renderDialogActions({
        write: this.#savePolicy,
        dismiss: { label: msg('apiKeys.cancel'), onClick: this.#dialog.close },
        confirm: { label: msg('apiKeys.policy.save'), pendingLabel: msg('apiKeys.policy.saving'), form: 'policy' },
      })}
    `;
  }

  /**
   * Revoke is unavailable (announced so, still focusable) until the exact name is typed, and while
   * revoking. A key used recently gets the advice to disable it first, with the button to do so.
   */
  #renderRevoke(key: ApiKey) {
    const suggestDisable = key.status === 'active' && usedRecently(key);
    return html`
      <p>${msg('apiKeys.revoke.consequence')}</p>
      <p>${msg('apiKeys.column.lastUsed')}: ${renderLastUsed(key)}</p>
      ${suggestDisable
        ? html`<div class="notice">
            <p>${msg('apiKeys.revoke.recentlyUsed', { name: key.name })}</p>
            ${renderButton({ label: msg('apiKeys.revoke.disableInstead'), busy: this.#disable.pending, onClick: () => void this.#onDisable(key) })}
          </div>`
        : nothing}
      ${renderField(
        { id: 'confirm-name', label: msg('apiKeys.revoke.typeName', { name: key.name }) },
        (f) => html`<input
          id=${f.id}
          autocomplete="off"
          spellcheck="false"
          .value=${this.confirmation}
          @input=${(e: Event) => (this.confirmation = (e.target as HTMLInputElement).value)}
        />`,
      )}
      ${renderDialogActions({
        write: this.#dialog.write,
        dismiss: { label: msg('apiKeys.cancel'), onClick: this.#dialog.close },
        confirm: {
          label: msg('apiKeys.revoke'),
          pendingLabel: msg('apiKeys.revoking'),
          danger: true,
          unavailable: this.confirmation !== key.name,
          onClick: () => void this.#onRevoke(key),
        },
      })}
    `;
  }
}

/**
 * Registers the element and the one-time secret view it hands a new key to (its code comes with
 * this chunk); `define/settings-api-keys` calls it once this chunk has arrived (see
 * `defineApiKeyRotation` for why here).
 */
export function defineApiKeyDialogs(): void {
  defineElement('settings-api-key-secret', SettingsApiKeySecret);
  defineElement('settings-api-key-dialogs', SettingsApiKeyDialogs);
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-api-key-dialogs': SettingsApiKeyDialogs;
  }
}
