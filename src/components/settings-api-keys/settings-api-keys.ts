import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { ApiKey, ApiKeyInput, ApiKeyPolicy } from '../../api/types.js';
import {
  SettingsApiKeyCreateEvent,
  SettingsApiKeyCreatedEvent,
  SettingsApiKeyPolicyUpdateEvent,
  SettingsApiKeyPolicyUpdatedEvent,
  SettingsApiKeyRevokeEvent,
  SettingsApiKeyRevokedEvent,
  SettingsApiKeyToggleEvent,
  SettingsApiKeyToggledEvent,
  type SettingsApiKeyRotationCompletedEvent,
} from '../../events/api-key-events.js';
import { addMessages, formatDate, formatNumber, formatRelative, msg } from '../../i18n/localize.js';
import { apiKeysMessages } from '../../i18n/catalogs/en/api-keys.js';
import { ElementCode } from '../../internal/lazy-element.js';
import { renderRelativeTime } from '../../internal/relative-time.js';
import { renderErrorNotice, renderFailureNotice } from '../../kit/views/states.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import type { WriteResult } from '../../kit/write-controller.js';
import { renderButton, renderField, renderStatusLine } from '../../kit/views/form.js';
import { renderDialog, renderDialogActions } from '../../kit/views/dialog.js';
import { renderListSearch, renderListTable, renderListToolbar, renderPagedList, renderTableSkeleton } from '../../kit/views/paged-list-view.js';
import { renderLoading } from '../../kit/views/skeleton.js';
import { renderSkeleton } from '../../kit/views/skeleton.js';
import { outdatesList, renderKeyDialogActions } from './api-key-conflicts.js';
import { renderKeyDetails } from './api-key-details.js';
import { apiKeyListContext, type ApiKeyList } from './api-key-list-context.js';
import { accessError, applyChange, cannotGrantAnything, draftInput, newDraft, renderKeyFields, withPolicyDefaults, type KeyDraft } from './api-key-fields.js';
import { keyCreatedChange, renderLastUsed, renderPrefix } from './api-key-format.js';
import { policyDraft, renderPolicyFields, renderPolicyLine, type PolicyDraft } from './api-key-policy-view.js';
import { summarizeAccess } from './api-key-scopes.js';
import type { SettingsApiKeyRotation } from './settings-api-key-rotation.js';
import type { SettingsApiKeySecret } from './settings-api-key-secret.js';
import { apiKeysStyles } from './settings-api-keys.styles.js';

// This panel's strings ship with it (its sub-elements are only defined along with it).
addMessages(apiKeysMessages);

type Dialog = { kind: 'create' } | { kind: 'revoke'; key: ApiKey } | { kind: 'details'; key: ApiKey } | { kind: 'policy' };
/** A rotation asked for: of `key`, resumed with its `replacement`, from the button `opener`. */
type RotationRequest = { readonly key: ApiKey; readonly replacement: ApiKey | undefined; readonly opener: HTMLElement | undefined };
type Filter = 'active' | 'expiring' | 'all';

const columns = ['name', 'created', 'lastUsed', 'expires', 'status'] as const;
const statusBadge = { active: 'badge', disabled: 'badge warning', expired: 'badge warning', revoked: 'badge danger' } as const;
/** "Used recently", for the revoke dialog's advice to disable first. */
const recentUseMs = 7 * 24 * 3_600_000;
/** Keys listed in the expiry warning above the list; the count covers them all. */
const expiringShown = 3;

/** The key expires within the policy's warning window (and not because a rotation scheduled it). */
function expiresSoon(key: ApiKey, policy: ApiKeyPolicy | undefined, now = Date.now()): boolean {
  if (key.status !== 'active' || !key.expiresAt || key.rotationEndsAt || !policy) return false;
  return Date.parse(key.expiresAt) - now <= policy.expiryWarningDays * 24 * 3_600_000;
}

function usedRecently(key: ApiKey, now = Date.now()): boolean {
  return key.lastUsedAt !== null && now - Date.parse(key.lastUsedAt) < recentUseMs;
}

/**
 * Organization > API keys: the organization's keys with what each may do, when it was last used
 * and when it expires; server-side search and paging; "Create key" with scopes never wider than
 * the creator's own and a lifetime within the organization's policy (the secret is shown once);
 * a guided rotation that can be left and resumed and that ends by revoking the old key or letting
 * it expire after an overlap window (its code and strings load when a manager first starts or resumes
 * one: the button busy meanwhile, a failure said with Try again); disable and enable; revocation confirmed by typing the key's
 * name; keys about to expire counted at the top with Rotate. Read-only with view permission;
 * hidden with the reason without the `apiKeys` feature or the permission. A secret lives only in
 * the `<settings-api-key-secret>` showing it: never in an event, attribute, URL, log or storage.
 * The parts every panel shares (`toolbar`, `list`, `row`, `row-actions`, `more`, `status`,
 * `state`, …) are documented on `SettingsPanel`.
 *
 * @summary Organization API keys: scopes, lifetime policy, expiry warnings, guided rotation, disable, revoke.
 * @tag settings-api-keys
 * @csspart create-button - The "Create key" button.
 * @csspart policy - The line saying the organization's key policy.
 * @csspart expiring - The warning about keys that expire soon.
 * @cssprop [--settings-api-keys-max-width=64rem] - Maximum width of the panel.
 * @fires {SettingsApiKeyCreateEvent} settings-api-key-create - Before a key is created (cancelable).
 * @fires {SettingsApiKeyCreatedEvent} settings-api-key-created - A key was created (the record, never the secret).
 * @fires {SettingsApiKeyRevokeEvent} settings-api-key-revoke - Before a key is revoked (cancelable).
 * @fires {SettingsApiKeyRevokedEvent} settings-api-key-revoked - A key was revoked.
 * @fires {SettingsApiKeyToggleEvent} settings-api-key-toggle - Before a key is disabled or enabled (cancelable).
 * @fires {SettingsApiKeyToggledEvent} settings-api-key-toggled - A key was disabled or enabled.
 * @fires {SettingsApiKeyPolicyUpdateEvent} settings-api-key-policy-update - Before the key policy is saved (cancelable).
 * @fires {SettingsApiKeyPolicyUpdatedEvent} settings-api-key-policy-updated - The key policy was saved.
 * @fires {SettingsApiKeyRotationCompletedEvent} settings-api-key-rotation-completed - A rotation ended: old key revoked or scheduled to expire.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsApiKeys extends SettingsPanel {
  static override styles = [...SettingsPanel.styles, apiKeysStyles];

  protected readonly sectionId = 'organization/api-keys' as const;

  /**
   * For the guided rotation inside: an answer saying the keys changed reads the list again. A
   * controller rather than @provide, whose code would otherwise come with the first load.
   */
  // eslint-disable-next-line no-unused-private-class-members -- a controller: it works by being made
  #keyListProvider = new ContextProvider(this, { context: apiKeyListContext, initialValue: { reload: () => this.#reload() } satisfies ApiKeyList });

  #keys = this.section.pagedList({
    args: (s) => [s.client, this.filter] as const,
    load: ([client, status], query, signal) => client.listApiKeys({ ...query, status }, { signal }),
  });

  /** What keys may be in this organization, and what this user may give them. */
  #policy = this.section.resource({
    args: (s) => [s.client] as const,
    load: ([client], signal) => client.getApiKeyPolicy({ signal }),
  });

  /** The keys about to expire, for the warning above the list (its `total` is the count). */
  #expiring = this.section.resource({
    args: (s) => [s.client] as const,
    load: ([client], signal) => client.listApiKeys({ status: 'expiring', limit: expiringShown }, { signal }),
  });

  /** Create key: its record reaches the fact event, its secret only the secret view. */
  #create = this.section.write({
    intent: (input: ApiKeyInput) => new SettingsApiKeyCreateEvent(input),
    run: (input, { client, idempotencyKey }) => client.createApiKey(input, { idempotencyKey }),
    change: ({ apiKey }) => keyCreatedChange(apiKey),
    fact: ({ apiKey }, _, change) => new SettingsApiKeyCreatedEvent(apiKey, change),
  });

  #revoke = this.section.write({
    intent: (key: ApiKey) => new SettingsApiKeyRevokeEvent(key),
    run: (key, { client }) => client.revokeApiKey(key.id),
    change: (revoked, key) => ({ action: 'api-key.revoked', target: { type: 'api-key', id: key.id }, before: key, after: revoked, fields: ['status', 'revokedAt'] }),
    fact: (revoked, _, change) => new SettingsApiKeyRevokedEvent(revoked, change),
  });

  /** Disable (`enable: false`) or enable a key. */
  #toggle = this.section.write({
    intent: ({ key, enable }: { key: ApiKey; enable: boolean }) => new SettingsApiKeyToggleEvent(key, enable),
    run: ({ key, enable }, { client }) => (enable ? client.enableApiKey(key.id) : client.disableApiKey(key.id)),
    change: (toggled, { key, enable }) => ({
      action: enable ? 'api-key.enabled' : 'api-key.disabled',
      target: { type: 'api-key', id: key.id },
      before: key,
      after: toggled,
      fields: ['status', 'disabledAt'],
    }),
    fact: (toggled, _, change) => new SettingsApiKeyToggledEvent(toggled, change),
  });

  #savePolicy = this.section.write({
    intent: (update: PolicyDraft) => new SettingsApiKeyPolicyUpdateEvent(update),
    run: (update, { client }) => client.updateApiKeyPolicy(update),
    change: (saved) => ({
      action: 'api-key-policy.updated',
      target: { type: 'api-key-policy', id: this.section.settings?.session.organization?.id ?? '' },
      before: this.#policy.value ?? null,
      after: saved,
      fields: ['maxLifetimeDays', 'expiryWarningDays'],
    }),
    fact: (saved, _, change) => new SettingsApiKeyPolicyUpdatedEvent(saved, change),
  });

  /**
   * The open dialog and the write each kind starts (details writes nothing). The kit closes it when
   * another user (or company) comes on screen.
   */
  readonly #dialog = this.section.dialog<Dialog>({ create: this.#create, // The revoke dialog shows (and is held open by) "Disable instead" while it runs or after it failed.
    revoke: () => (this.#toggle.pending || this.#toggle.error ? this.#toggle : this.#revoke), policy: this.#savePolicy });
  /** The key whose Disable or Enable runs: its button is the busy one. */
  #toggling: ApiKey | undefined;

  /** The guided rotation's code, loaded when a manager first starts or resumes a rotation. */
  readonly #rotationCode = new ElementCode<RotationRequest>(this, 'settings-api-key-rotation', ({ key, replacement }) =>
    this.rotation?.start(key, replacement ?? null, this.#policy.value),
  );

  @state() private filter: Filter = 'active';
  @state() private draft: KeyDraft = newDraft(undefined);
  @state() private policyEdit: PolicyDraft = { maxLifetimeDays: null, expiryWarningDays: 14 };
  /** The form's own check of the access choice, before anything is sent. */
  @state() private accessProblem: string | undefined;
  /** What the user typed to confirm a revocation. */
  @state() private confirmation = '';
  @state() private notice = '';

  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get secretView() {
    return this.renderRoot?.querySelector<SettingsApiKeySecret>('settings-api-key-secret');
  }
  private get rotation() {
    return this.renderRoot?.querySelector<SettingsApiKeyRotation>('settings-api-key-rotation');
  }
  private get statusView() {
    return this.renderRoot?.querySelector<HTMLElement>('[part=status]');
  }
  private get createButton() {
    return this.renderRoot?.querySelector<HTMLButtonElement>('settings-dialog button[form=create]');
  }

  #reloaded = Promise.resolve();

  /**
   * Settles as every panel's does, and once a rotation asked for meanwhile has opened (or its code
   * failed to load): the rotation's code arrives when first needed.
   */
  override get taskComplete(): Promise<void> {
    return this.#rotationCode.taskComplete.then(() => super.taskComplete);
  }

  #reload = (): void => {
    this.#reloaded = Promise.all([this.#keys.reload(), this.#expiring.reload()]).then(() => undefined);
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const dialog = this.#dialog.current;
    // The user may no longer manage keys (their role changed): only a key's details stay open.
    if (dialog && dialog.kind !== 'details' && !this.section.canManage) this.#dialog.close();
    // "Create key" opened while the policy was still loading: its defaults arrive with it.
    if (this.#dialog.current?.kind === 'create') this.draft = withPolicyDefaults(this.draft, this.#policy.value);
  }

  get #canEditPolicy(): boolean {
    return this.section.settings?.session.organization?.permissions.includes('org.api-keys.policy') ?? false;
  }

  /** Another user is signed in: the last one's draft and secret go, unseen by the new one (the kit closes the dialogs). */
  protected override userChanged(): void {
    this.secretView?.forget();
    this.#rotationCode.forget();
    this.draft = newDraft(undefined);
    this.accessProblem = undefined;
    this.confirmation = '';
    this.notice = '';
  }

  /**
   * Opens `dialog` clean: the writes' last errors (the controller's), the notice and what was typed
   * go, and so does a rotation still waiting for its code (two dialogs never stack).
   */
  #open(dialog: Dialog): void {
    this.#rotationCode.forget();
    this.notice = '';
    this.confirmation = '';
    this.accessProblem = undefined;
    this.#dialog.open(dialog);
  }

  #openCreate(): void {
    this.draft = newDraft(this.#policy.value);
    this.#open({ kind: 'create' });
  }

  #openPolicy(): void {
    if (this.#policy.value) this.policyEdit = policyDraft(this.#policy.value);
    this.#open({ kind: 'policy' });
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
    const policy = this.#policy.value;
    this.accessProblem = this.section.inLocale(() => accessError(this.draft, policy));
    if (this.accessProblem) return;
    const result = await this.#create.run(draftInput(this.draft, policy));
    if (result.status === 'stale' && result.reason === 'left' && result.value) return this.#createdWhileAway(result.value.apiKey);
    if (result.status !== 'done') return this.#failed(result);
    const { apiKey, secret } = result.value;
    // The secret goes straight to the one element that shows it; nothing here keeps it.
    this.#dialog.close();
    this.#reload();
    const name = apiKey.name;
    void this.secretView?.show(secret, name).then(() => this.#report(() => msg('apiKeys.created', { name })));
  }

  /**
   * The key was created after the user left the section. Its secret is not kept for their return
   * (it would sit in a page nobody watches, then pop up out of context): it is dropped here, and the
   * panel says so, so the user can revoke the key and create another.
   */
  #createdWhileAway(apiKey: ApiKey): void {
    this.#dialog.close();
    this.#reload();
    this.notice = this.section.inLocale(() => msg('apiKeys.createdWhileAway', { name: apiKey.name }));
  }

  /** A conflict saying the list is out of date (the key was revoked meanwhile…) reads it again; the dialog and what was typed stay. */
  #failed(result: WriteResult<unknown>): void {
    if (result.status === 'failed' && outdatesList(result.error)) this.#reload();
  }

  async #onRevoke(key: ApiKey): Promise<void> {
    // Not until the exact name is typed (the button is announced unavailable, keeping focus).
    if (this.#revoke.pending || this.confirmation !== key.name) return;
    const result = await this.#revoke.run(key);
    if (result.status !== 'done') return this.#failed(result);
    this.#dialog.close();
    this.#reload();
    await this.#report(() => msg('apiKeys.revoked', { name: key.name }));
  }

  async #onToggle(key: ApiKey, enable: boolean): Promise<void> {
    if (this.#toggle.pending) return;
    this.#toggling = key;
    const result = await this.#toggle.run({ key, enable });
    this.#toggling = undefined;
    if (result.status !== 'done') return this.#failed(result);
    this.#dialog.close();
    this.#reload();
    await this.#report(() => msg(enable ? 'apiKeys.enabled' : 'apiKeys.disabled', { name: key.name }));
  }

  async #onSavePolicy(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = await this.#savePolicy.run(this.policyEdit);
    if (result.status !== 'done') return;
    this.#dialog.close();
    void this.#policy.reload();
    this.#reload();
    await this.#report(() => msg('apiKeys.policy.saved'));
  }

  #onRotated = (event: SettingsApiKeyRotationCompletedEvent): void => {
    const { oldKey, newKey } = event;
    void this.#report(() =>
      oldKey.rotationEndsAt
        ? msg('apiKeys.rotationScheduled', { old: oldKey.name, new: newKey.name, when: formatRelative(oldKey.rotationEndsAt) })
        : msg('apiKeys.rotated', { old: oldKey.name, new: newKey.name }),
    );
  };

  /**
   * Starts rotating `key` (resumes it, with its `replacement`) once the rotation's code is there:
   * meanwhile the button that asked is busy, and keeps focus for the dialog to return it to.
   */
  #rotate(key: ApiKey, replacement: ApiKey | undefined, opener: EventTarget | null): void {
    if (this.#rotationCode.waiting) return;
    this.notice = '';
    void this.#rotationCode.open({ key, replacement, opener: opener instanceof HTMLElement ? opener : undefined });
  }

  /** Try again after the rotation's code failed to load: from the button that asked, busy meanwhile. */
  #retryRotation = (): void => {
    this.#rotationCode.failed?.opener?.focus();
    void this.#rotationCode.retry();
  };

  /** The pointer rests on, or focus reaches, a Rotate button: the rotation's code is fetched ahead of the click. */
  #prefetchRotation = (): void => this.#rotationCode.prefetch();

  /**
   * Says what changed once the list shows it; when the dialog's opener went away with the reload,
   * focus lands on the message, made in the provider's language.
   */
  async #report(message: () => string): Promise<void> {
    await this.#reloaded;
    this.notice = this.section.inLocale(message);
    await this.updateComplete;
    if (document.activeElement === document.body) this.statusView?.focus();
  }

  protected renderPanel() {
    // The policy line and the expiry warning stand above the list: until both have answered (or
    // failed), the whole panel is loading, so nothing jumps down when they arrive.
    const waiting = (read: { value: unknown; error: unknown }) => read.value === undefined && read.error === undefined;
    if (waiting(this.#policy) || waiting(this.#expiring)) return renderSkeleton(['text', 'field', this.#tableSkeleton()]);
    const list = this.#keys;
    const create = this.section.canManage
      ? html`<button part="create-button" type="button" class="primary" @click=${this.#openCreate}>${msg('apiKeys.create')}</button>`
      : nothing;
    const policy = this.#policy.value;
    return html`
      ${renderStatusLine(this.notice)} ${policy ? renderPolicyLine(policy, this.#canEditPolicy, () => this.#openPolicy()) : nothing}
      ${this.#renderExpiring()}
      ${renderListToolbar(
        [
          renderListSearch(list, { id: 'api-key-search', label: msg('apiKeys.search') }),
          renderField(
            { id: 'api-key-filter', label: msg('apiKeys.filter') },
            (f) => html`<select id=${f.id} @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as Filter)}>
              ${(['active', 'expiring', 'all'] as const).map(
                (filter) => html`<option value=${filter} ?selected=${this.filter === filter}>${msg(`apiKeys.filter.${filter}`)}</option>`,
              )}
            </select>`,
          ),
        ],
        create,
      )}
      ${this.#toggle.error && this.#dialog.current?.kind !== 'revoke' ? renderErrorNotice(this.#toggle.error) : nothing}
      ${this.#rotationCode.failed ? this.#renderRotationFailed() : nothing}
      ${this.#renderList()}
      ${renderDialog(this.#dialog, { heading: (dialog) => this.#heading(dialog), content: (dialog) => this.#renderDialog(dialog) })}
      ${this.section.canManage ? this.#renderFlows() : nothing}
    `;
  }

  /** "2 keys expire this week", the soonest of them with Rotate, and a way to list them all. */
  #renderExpiring() {
    const page = this.#expiring.value;
    const policy = this.#policy.value;
    if (!page || page.total === 0 || !policy) return nothing;
    return html`<div part="expiring" class="notice expiring" role="group" aria-labelledby="expiring-heading">
      <p id="expiring-heading"><strong>${msg('apiKeys.expiring.count', { count: page.total, days: policy.expiryWarningDays })}</strong></p>
      <p>${msg('apiKeys.expiring.next')}</p>
      <ul>
        ${page.items.map(
          (key) => html`<li>
            <span class="name">${key.name}</span> ${key.expiresAt ? renderRelativeTime(key.expiresAt) : nothing}
            ${this.section.canManage ? this.#renderRotate(key, undefined) : nothing}
          </li>`,
        )}
      </ul>
      ${page.total > page.items.length
        ? html`<button type="button" @click=${() => (this.filter = 'expiring')}>${msg('apiKeys.expiring.showAll')}</button>`
        : nothing}
    </div>`;
  }

  #renderList() {
    const list = this.#keys;
    return renderPagedList(list, {
      loading: () => renderSkeleton([this.#tableSkeleton()]),
      rows: (items) => this.#renderTable(items, list.status === 'pending'),
      empty: () => this.#renderEmpty(),
      count: msg('apiKeys.count', { shown: formatNumber(list.items.length), total: formatNumber(list.total) }),
      more: msg('apiKeys.more'),
      loadingMore: msg('state.loading'),
    });
  }

  #table() {
    return { columns: columns.map((column) => msg(`apiKeys.column.${column}`)), actions: this.section.canManage ? msg('apiKeys.column.actions') : undefined };
  }

  /** The keys table while it loads: a key's name, prefix and access are three lines. */
  #tableSkeleton() {
    return renderTableSkeleton({ ...this.#table(), lines: 3 });
  }

  #renderTable(items: readonly ApiKey[], busy: boolean) {
    const byId = new Map(items.map((k) => [k.id, k]));
    return renderListTable(items, { ...this.#table(), label: msg('section.organization/api-keys'), busy, row: (key) => this.#renderRow(key, byId) });
  }

  #renderEmpty() {
    const searched = this.#keys.searched;
    const text = searched ? msg('apiKeys.empty.search', { query: searched }) : msg(`apiKeys.empty.${this.filter}`);
    return html`<p>${text}</p>
      ${this.section.canManage && !searched && this.filter !== 'expiring' ? html`<p>${msg('apiKeys.empty.next')}</p>` : nothing}`;
  }

  /** A key's row. Its rotation partner comes from the exact pairing in the data (`replacedByKeyId`). */
  #renderRow(key: ApiKey, byId: ReadonlyMap<string, ApiKey>) {
    const policy = this.#policy.value;
    const replacement = key.replacedByKeyId ? byId.get(key.replacedByKeyId) : undefined;
    const replaces = key.replacesKeyId ? byId.get(key.replacesKeyId) : undefined;
    const live = key.status === 'active' || key.status === 'disabled';
    const scheduled = live && key.rotationEndsAt !== null;
    const rotating = key.status === 'active' && !scheduled && replacement?.status === 'active';
    return html`
      <tr part="row">
        <td>
          <button type="button" class="link name" aria-haspopup="dialog" @click=${() => this.#open({ kind: 'details', key })}>${key.name}</button><br />${renderPrefix(key)}
          <span class="hint access">${summarizeAccess(key, policy)}</span>
          ${replaces && live ? html`<span class="hint">${msg('apiKeys.replaces', { name: replaces.name })}</span>` : nothing}
          ${rotating ? html`<span class="badge warning">${msg('apiKeys.rotationInProgress')}</span>` : nothing}
        </td>
        <td>${formatDate(key.createdAt)}<span class="hint">${msg('apiKeys.createdBy', { name: key.createdBy.name })}</span></td>
        <td>${renderLastUsed(key)}</td>
        <td>
          ${key.expiresAt ? renderRelativeTime(key.expiresAt) : msg('apiKeys.neverExpires')}
          ${scheduled
            ? html`<span class="hint">${replacement ? msg('apiKeys.replacedBy', { name: replacement.name }) : msg('apiKeys.replacedByNewer')}</span>`
            : nothing}
        </td>
        <td>
          <span class=${statusBadge[key.status]}>${msg(`apiKeys.status.${key.status}`)}</span>
          ${expiresSoon(key, policy) ? html`<span class="badge warning">${msg('apiKeys.expiresSoon')}</span>` : nothing}
        </td>
        ${this.section.canManage ? html`<td part="row-actions">${live ? this.#renderRowActions(key, { scheduled, rotating, replacement }) : nothing}</td>` : nothing}
      </tr>
    `;
  }

  #renderRowActions(key: ApiKey, state: { scheduled: boolean; rotating: boolean; replacement: ApiKey | undefined }) {
    const name = key.name;
    const button = (label: string, ariaLabel: string, onClick: () => void, danger = false) =>
      html`<button type="button" class=${danger ? 'danger' : ''} aria-label=${ariaLabel} @click=${onClick}>${label}</button>`;
    // One disable or enable at a time: the pressed button is busy, the others unavailable meanwhile.
    const pending = this.#toggle.pending;
    const toggle = (enable: boolean) =>
      renderButton({
        // The row shows the verb; its name says which key ("Disable CI deploy").
        label: html`<span aria-hidden="true">${msg(enable ? 'apiKeys.enable' : 'apiKeys.disable')}</span
          ><span class="visually-hidden">${msg(enable ? 'apiKeys.enableOf' : 'apiKeys.disableOf', { name })}</span>`,
        busy: pending && this.#toggling?.id === key.id,
        unavailable: pending,
        onClick: () => void this.#onToggle(key, enable),
      });
    return html`<div class="actions">
      ${key.status === 'active' && !state.scheduled ? this.#renderRotate(key, state.rotating ? state.replacement : undefined) : nothing}
      ${toggle(key.status === 'disabled')}
      ${state.scheduled
        ? button(msg('apiKeys.revokeNow'), msg('apiKeys.revokeNowOf', { name }), () => this.#open({ kind: 'revoke', key }), true)
        : button(msg('apiKeys.revoke'), msg('apiKeys.revokeOf', { name }), () => this.#open({ kind: 'revoke', key }), true)}
    </div>`;
  }

  /**
   * Rotate, or Continue rotation with the `replacement` created earlier. Under the busy rule while
   * the rotation's code loads: the pressed button busy, every other Rotate unavailable.
   */
  #renderRotate(key: ApiKey, replacement: ApiKey | undefined) {
    const waiting = this.#rotationCode.waiting;
    const [label, name] = replacement
      ? [msg('apiKeys.continueRotation'), msg('apiKeys.continueRotationOf', { name: key.name })]
      : [msg('apiKeys.rotate'), msg('apiKeys.rotateOf', { name: key.name })];
    return html`<button
      type="button"
      aria-label=${name}
      aria-disabled=${String(waiting !== undefined)}
      aria-busy=${String(waiting?.key.id === key.id)}
      @pointerenter=${this.#prefetchRotation}
      @focus=${this.#prefetchRotation}
      @click=${(event: Event) => this.#rotate(key, replacement, event.currentTarget)}
    >
      ${label}
    </button>`;
  }

  /** The rotation's code did not arrive (nothing opened): what to do, and Try again. */
  #renderRotationFailed() {
    return renderFailureNotice(msg('apiKeys.rotationLoadFailed'), this.#retryRotation);
  }

  #heading(dialog: Dialog): string {
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

  /** What a dialog shows; view-only users open only a key's details. */
  #renderDialog(dialog: Dialog) {
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

  /** For managers: the secret's one-time view (the only holder of a new secret) and the guided rotation. */
  #renderFlows() {
    return html`
      <settings-api-key-secret></settings-api-key-secret>
      ${this.#rotationCode.defined
        ? html`<settings-api-key-rotation
            .policy=${this.#policy.value}
            @settings-api-key-created=${this.#reload}
            @settings-api-key-revoked=${this.#reload}
            @settings-api-key-expiry-scheduled=${this.#reload}
            @settings-api-key-rotation-completed=${this.#onRotated}
          ></settings-api-key-rotation>`
        : nothing}
    `;
  }

  #renderDetails(key: ApiKey) {
    const names = new Map(this.#keys.items.map((k) => [k.id, k.name]));
    return html`${renderKeyDetails(key, this.#policy.value, (id) => names.get(id))}
      <button slot="actions" type="button" @click=${this.#dialog.close}>${msg('apiKeys.details.close')}</button>`;
  }

  /** The form needs the policy (lifetimes, scopes): loading, its error with Retry, or the form. */
  #renderCreate() {
    const policy = this.#policy.value;
    if (!policy) {
      const error = this.#policy.error;
      return error ? renderErrorNotice(error, () => void this.#policy.reload()) : renderLoading();
    }
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
            ${renderButton({ label: msg('apiKeys.revoke.disableInstead'), busy: this.#toggle.pending, onClick: () => void this.#onToggle(key, false) })}
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


declare global {
  interface HTMLElementTagNameMap {
    'settings-api-keys': SettingsApiKeys;
  }
}
