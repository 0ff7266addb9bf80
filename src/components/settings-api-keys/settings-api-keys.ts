import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiKey, ApiKeyPolicy } from '../../api/types.js';
import type { SettingsApiKeyRotationCompletedEvent } from '../../events/api-key-events.js';
import { apiKeysMessages } from '../../i18n/catalogs/en/api-keys.js';
import { addMessages, formatDate, formatNumber, formatRelative, msg } from '../../i18n/localize.js';
import { ElementCode } from '../../internal/lazy-element.js';
import { renderRelativeTime } from '../../internal/relative-time.js';
import { renderErrorNotice, renderFailureNotice } from '../../kit/views/states.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import type { WriteResult } from '../../kit/write-controller.js';
import { renderButton, renderField, renderStatusLine } from '../../kit/views/form.js';
import { renderListSearch, renderListTable, renderListToolbar, renderPagedList, renderTableSkeleton } from '../../kit/views/paged-list-view.js';
import { renderSkeleton } from '../../kit/views/skeleton.js';
import { outdatesList } from './api-key-conflicts.js';
import { apiKeyListContext, type ApiKeyList } from './api-key-list-context.js';
import { renderLastUsed, renderPrefix } from './api-key-format.js';
import { renderPolicyLine } from './api-key-policy-view.js';
import { summarizeAccess } from './api-key-scopes.js';
import { toggleKey } from './api-key-writes.js';
import type { ApiKeyDialog, SettingsApiKeyDialogs } from './settings-api-key-dialogs.js';
import type { SettingsApiKeyRotation } from './settings-api-key-rotation.js';
import { apiKeysStyles } from './settings-api-keys.styles.js';

// The list's strings ship with it; its dialogs and rotation bring theirs when they arrive.
addMessages(apiKeysMessages);

/** A dialog asked for, from the button `opener`. */
type DialogRequest = { readonly dialog: ApiKeyDialog; readonly opener: HTMLElement | undefined };
/** A rotation asked for: of `key`, resumed with its `replacement`, from the button `opener`. */
type RotationRequest = { readonly key: ApiKey; readonly replacement: ApiKey | undefined; readonly opener: HTMLElement | undefined };
type Filter = 'active' | 'expiring' | 'all';

const columns = ['name', 'created', 'lastUsed', 'expires', 'status'] as const;
const statusBadge = { active: 'badge', disabled: 'badge warning', expired: 'badge warning', revoked: 'badge danger' } as const;
/** Keys listed in the expiry warning above the list; the count covers them all. */
const expiringShown = 3;

/** The key expires within the policy's warning window (and not because a rotation scheduled it). */
function expiresSoon(key: ApiKey, policy: ApiKeyPolicy | undefined, now = Date.now()): boolean {
  if (key.status !== 'active' || !key.expiresAt || key.rotationEndsAt || !policy) return false;
  return Date.parse(key.expiresAt) - now <= policy.expiryWarningDays * 24 * 3_600_000;
}

/**
 * Organization > API keys: the organization's keys with what each may do, when it was last used
 * and when it expires; server-side search and paging; "Create key" with scopes never wider than
 * the creator's own and a lifetime within the organization's policy (the secret is shown once);
 * a guided rotation that can be left and resumed and that ends by revoking the old key or letting
 * it expire after an overlap window; disable and enable; revocation confirmed by typing the key's
 * name; keys about to expire counted at the top with Rotate. Read-only with view permission;
 * hidden with the reason without the `apiKeys` feature or the permission. A secret lives only in
 * the `<settings-api-key-secret>` showing it: never in an event, attribute, URL, log or storage.
 * The parts every panel shares (`toolbar`, `list`, `row`, `row-actions`, `more`, `status`,
 * `state`, …) are documented on `SettingsPanel`.
 *
 * Most visits only read the list, so the rest arrives when first needed, each part with its
 * strings: the dialogs (`<settings-api-key-dialogs>`) when one is first opened, the rotation
 * (`<settings-api-key-rotation>`) when a manager first starts or resumes one. Meanwhile the button
 * that asked is busy; a part that cannot be fetched is said above the list, with Try again.
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
  static override properties: PropertyDeclarations = {
    filter: { state: true },
    notice: { state: true },
  };

  static override styles = [...SettingsPanel.styles, apiKeysStyles];

  protected readonly sectionId = 'organization/api-keys' as const;

  /**
   * For the dialogs and the guided rotation inside: the list and policy read again, the status
   * line. A controller rather than @provide, whose code would otherwise come with the first load.
   */
  // eslint-disable-next-line no-unused-private-class-members -- a controller: it works by being made
  #keyListProvider = new ContextProvider(this, {
    context: apiKeyListContext,
    initialValue: {
      reload: () => this.#reload(),
      reloadPolicy: () => void this.#policy.reload(),
      report: (message) => void this.#report(message),
    } satisfies ApiKeyList,
  });

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

  /** A row's Disable or Enable. */
  #toggle = this.section.write(toggleKey);
  /** The key whose Disable or Enable runs: its button is the busy one. */
  #toggling: ApiKey | undefined;

  /** The guided rotation's code, loaded when a manager first starts or resumes a rotation. */
  readonly #rotationCode = new ElementCode<RotationRequest>(this, 'settings-api-key-rotation', ({ key, replacement }) =>
    this.rotation?.start(key, replacement ?? null, this.#policy.value),
  );

  /** The dialogs' code (Create key, details, policy, Revoke), loaded when one is first opened. */
  readonly #dialogsCode = new ElementCode<DialogRequest>(this, 'settings-api-key-dialogs', ({ dialog }) => this.dialogs?.open(dialog));

  private filter: Filter = 'active';
  private notice = '';

  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get dialogs() {
    return this.renderRoot?.querySelector<SettingsApiKeyDialogs>('settings-api-key-dialogs');
  }
  private get rotation() {
    return this.renderRoot?.querySelector<SettingsApiKeyRotation>('settings-api-key-rotation');
  }
  private get statusView() {
    return this.renderRoot?.querySelector<HTMLElement>('[part=status]');
  }

  #reloaded = Promise.resolve();

  /**
   * Settles as every panel's does, once a dialog or a rotation asked for meanwhile has opened (or
   * its code failed to load), and once the dialogs' writes have: their code arrives when first needed.
   */
  override get taskComplete(): Promise<void> {
    return Promise.all([this.#rotationCode.taskComplete, this.#dialogsCode.taskComplete])
      .then(() => this.dialogs?.taskComplete)
      .then(() => super.taskComplete);
  }

  /** The dialogs draw into the panel's shadow root: the panel has rendered once they have too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.dialogs?.updateComplete;
    return done;
  }

  #reload = (): void => {
    this.#reloaded = Promise.all([this.#keys.reload(), this.#expiring.reload()]).then(() => undefined);
  };

  get #canEditPolicy(): boolean {
    return this.section.settings?.session.organization?.permissions.includes('org.api-keys.policy') ?? false;
  }

  /**
   * Another user is signed in: a dialog or rotation still waiting for its code opens for nobody
   * (the dialogs forget what the last one typed, and the kit closes them).
   */
  protected override userChanged(): void {
    this.#rotationCode.forget();
    this.#dialogsCode.forget();
    this.notice = '';
  }

  /**
   * Opens `dialog`, at once when its code is here; otherwise once it arrives, the button that asked
   * busy meanwhile and keeping focus for the dialog to return it to. The notice goes, and so does a
   * rotation still waiting for its code (two dialogs never stack).
   */
  #open(dialog: ApiKeyDialog, opener: EventTarget | null): void {
    if (this.#dialogsCode.waiting) return;
    this.#rotationCode.forget();
    this.notice = '';
    if (this.#dialogsCode.arrived && this.dialogs) return this.dialogs.open(dialog);
    void this.#dialogsCode.open({ dialog, opener: opener instanceof HTMLElement ? opener : undefined });
  }

  /** Try again after the dialogs' code failed to load: from the button that asked, busy meanwhile. */
  #retryDialog = (): void => {
    this.#dialogsCode.failed?.opener?.focus();
    void this.#dialogsCode.retry();
  };

  /** The pointer rests on, or focus reaches, a button that opens a dialog: its code is fetched ahead of the click. */
  #prefetchDialogs = (): void => this.#dialogsCode.prefetch();

  /** A failed Disable or Enable that says the list is out of date (the key was revoked meanwhile…) reads it again. */
  #failed(result: WriteResult<unknown>): void {
    if (result.status === 'failed' && outdatesList(result.error)) this.#reload();
  }

  async #onToggle(key: ApiKey, enable: boolean): Promise<void> {
    if (this.#toggle.pending) return;
    this.#toggling = key;
    const result = await this.#toggle.run({ key, enable });
    this.#toggling = undefined;
    if (result.status !== 'done') return this.#failed(result);
    this.#reload();
    await this.#report(() => msg(enable ? 'apiKeys.enabled' : 'apiKeys.disabled', { name: key.name }));
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
    this.#dialogsCode.forget();
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
    const create = this.section.canManage ? this.#renderOpener({ kind: 'create' }, msg('apiKeys.create'), { look: 'primary', part: 'create-button' }) : nothing;
    const policy = this.#policy.value;
    const editPolicy = this.#canEditPolicy ? this.#renderOpener({ kind: 'policy' }, msg('apiKeys.policy.edit')) : undefined;
    return html`
      ${renderStatusLine(this.notice)} ${policy ? renderPolicyLine(policy, editPolicy) : nothing}
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
      ${this.#toggle.error ? renderErrorNotice(this.#toggle.error) : nothing}
      ${this.#dialogsCode.failed ? renderFailureNotice(msg('state.dialogCodeFailed'), this.#retryDialog) : nothing}
      ${this.#rotationCode.failed ? this.#renderRotationFailed() : nothing}
      ${this.#renderList()}
      ${this.#dialogsCode.defined
        ? // The kit's parts of the dialogs passed through, so a page styles them as those the panel draws itself.
          html`<settings-api-key-dialogs
            exportparts="dialog, state, error"
            .policy=${policy}
            .policyError=${this.#policy.error}
            .keys=${list.items}
          ></settings-api-key-dialogs>`
        : nothing}
      ${this.section.canManage ? this.#renderRotation() : nothing}
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
          ${this.#renderOpener({ kind: 'details', key }, key.name, { look: 'link name' })}<br />${renderPrefix(key)}
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
        ? this.#renderOpener({ kind: 'revoke', key }, msg('apiKeys.revokeNow'), { look: 'danger', name: msg('apiKeys.revokeNowOf', { name }) })
        : this.#renderOpener({ kind: 'revoke', key }, msg('apiKeys.revoke'), { look: 'danger', name: msg('apiKeys.revokeOf', { name }) })}
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

  /**
   * A button that opens `dialog`. Under the busy rule while the dialogs' code loads: the pressed one
   * busy, every other opener unavailable.
   */
  #renderOpener(dialog: ApiKeyDialog, label: string, { look = '', name, part }: { look?: string; name?: string; part?: string } = {}) {
    const waiting = this.#dialogsCode.waiting?.dialog;
    const pressed = waiting?.kind === dialog.kind && (!('key' in dialog) || ('key' in waiting && waiting.key.id === dialog.key.id));
    return html`<button
      type="button"
      part=${ifDefined(part)}
      class=${look}
      aria-label=${ifDefined(name)}
      aria-haspopup="dialog"
      aria-disabled=${String(waiting !== undefined)}
      aria-busy=${String(pressed)}
      @pointerenter=${this.#prefetchDialogs}
      @focus=${this.#prefetchDialogs}
      @click=${(event: Event) => this.#open(dialog, event.currentTarget)}
    >${label}</button>`;
  }

  /** For managers: the guided rotation, once its code is here. */
  #renderRotation() {
    return this.#rotationCode.defined
      ? html`<settings-api-key-rotation
          exportparts="dialog, state, error"
          .policy=${this.#policy.value}
          @settings-api-key-created=${this.#reload}
          @settings-api-key-revoked=${this.#reload}
          @settings-api-key-expiry-scheduled=${this.#reload}
          @settings-api-key-rotation-completed=${this.#onRotated}
        ></settings-api-key-rotation>`
      : nothing;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'settings-api-keys': SettingsApiKeys;
  }
}
