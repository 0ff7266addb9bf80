import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { ApiKey } from '../../api/types.js';
import {
  SettingsApiKeyCreateEvent,
  SettingsApiKeyCreatedEvent,
  SettingsApiKeyRevokeEvent,
  SettingsApiKeyRevokedEvent,
  type SettingsApiKeyRotationCompletedEvent,
} from '../../events/api-key-events.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { apiKeysMessages } from '../../i18n/en/api-keys.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { renderRelativeTime } from '../../internal/relative-time.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { renderDialogActions } from '../../kit/views/dialog-actions.js';
import { renderField } from '../../kit/views/field.js';
import { renderListSearch, renderListTable, renderListToolbar } from '../../kit/views/paged-list-view.js';
import { renderStatusLine } from '../../kit/views/status-line.js';
import { draftInput, newDraft, renderKeyFields, type KeyDraft } from './api-key-fields.js';
import { renderLastUsed, renderPrefix } from './api-key-format.js';
import type { SettingsApiKeyRotation } from './settings-api-key-rotation.js';
import type { SettingsApiKeySecret } from './settings-api-key-secret.js';
import { apiKeysStyles } from './settings-api-keys.styles.js';

// This panel's strings ship with it (its sub-elements are only defined along with it).
addMessages(apiKeysMessages);

type Dialog = { kind: 'create' } | { kind: 'revoke'; key: ApiKey };

const columns = ['name', 'created', 'lastUsed', 'expires', 'status'] as const;
const statusBadge = { active: 'badge', expired: 'badge warning', revoked: 'badge danger' } as const;

/**
 * Organization > API keys: the organization's keys with when each was last used and when it
 * expires, server-side search and paging, "Create key" (the secret is shown once), a guided
 * rotation that can be left and resumed, and revocation confirmed by typing the key's name.
 * Read-only with view permission; hidden with the reason without the `apiKeys` feature or the
 * permission. A secret lives only in the `<settings-api-key-secret>` showing it: never in an
 * event, attribute, URL, log or storage. The parts every panel shares (`toolbar`, `list`, `row`,
 * `row-actions` — here a key's Rotate, or "Continue rotation", and Revoke — `more`, `status`,
 * `state`, …) are documented on `SettingsPanel`.
 *
 * @summary Organization API keys: create, last used, expiry, guided rotation, revoke.
 * @tag settings-api-keys
 * @csspart create-button - The "Create key" button.
 * @cssprop [--settings-api-keys-max-width=64rem] - Maximum width of the panel.
 * @fires {SettingsApiKeyCreateEvent} settings-api-key-create - Before a key is created (cancelable).
 * @fires {SettingsApiKeyCreatedEvent} settings-api-key-created - A key was created (the record, never the secret).
 * @fires {SettingsApiKeyRevokeEvent} settings-api-key-revoke - Before a key is revoked (cancelable).
 * @fires {SettingsApiKeyRevokedEvent} settings-api-key-revoked - A key was revoked.
 * @fires {SettingsApiKeyRotationCompletedEvent} settings-api-key-rotation-completed - A rotation ended with the old key revoked.
 */
export class SettingsApiKeys extends SettingsPanel {
  static override styles = [...SettingsPanel.styles, apiKeysStyles];

  protected readonly section = 'organization/api-keys' as const;

  #keys = this.createPagedList({
    args: (s) => [s.client, this.filter] as const,
    load: ([client, status], query, signal) => client.listApiKeys({ ...query, status }, { signal }),
  });

  /** Create key: its record reaches the fact event, its secret only the secret view. */
  #create = this.createWrite({
    intent: (input: KeyDraft) => new SettingsApiKeyCreateEvent(input.name, input.expiresInDays),
    run: (input, { client, idempotencyKey }) => client.createApiKey(input, { idempotencyKey }),
    fact: ({ apiKey }) => new SettingsApiKeyCreatedEvent(apiKey),
  });

  #revoke = this.createWrite({
    intent: (key: ApiKey) => new SettingsApiKeyRevokeEvent(key),
    run: (key, { client }) => client.revokeApiKey(key.id),
    fact: (revoked) => new SettingsApiKeyRevokedEvent(revoked),
  });

  @state() private filter: 'active' | 'all' = 'active';
  @state() private dialog: Dialog | null = null;
  @state() private draft: KeyDraft = newDraft();
  /** What the user typed to confirm a revocation. */
  @state() private confirmation = '';
  @state() private notice = '';

  @query('settings-api-key-secret') private secretView?: SettingsApiKeySecret;
  @query('settings-api-key-rotation') private rotation?: SettingsApiKeyRotation;
  @query('[part=status]') private statusView?: HTMLElement;

  #reloaded = Promise.resolve();

  #reload = (): void => {
    this.#reloaded = this.#keys.reload();
  };

  /** Another user is signed in: the last one's dialogs, draft and secret go, unseen by the new one. */
  protected override userChanged(): void {
    this.secretView?.forget();
    this.dialog = null;
    this.draft = newDraft();
    this.confirmation = '';
    this.notice = '';
  }

  /** The write of a dialog: its pending state and error are what the dialog shows. */
  #writeOf(dialog: Dialog | null) {
    return dialog?.kind === 'revoke' ? this.#revoke : this.#create;
  }

  #open(dialog: Dialog): void {
    this.#create.reset();
    this.#revoke.reset();
    this.notice = '';
    this.confirmation = '';
    this.dialog = dialog;
  }

  #openCreate(): void {
    this.draft = newDraft();
    this.#open({ kind: 'create' });
  }

  async #onCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = await this.#create.run(draftInput(this.draft));
    if (result.status === 'stale' && result.reason === 'left' && result.value) return this.#createdWhileAway(result.value.apiKey);
    if (result.status !== 'done') return;
    const { apiKey, secret } = result.value;
    // The secret goes straight to the one element that shows it; nothing here keeps it.
    this.dialog = null;
    this.#reload();
    const name = apiKey.name;
    void this.secretView?.show(secret, name).then(() => this.#report(msg('apiKeys.created', { name })));
  }

  /**
   * The key was created after the user left the section. Its secret is not kept for their return
   * (it would sit in a page nobody watches, then pop up out of context): it is dropped here, and the
   * panel says so, so the user can revoke the key and create another.
   */
  #createdWhileAway(apiKey: ApiKey): void {
    this.dialog = null;
    this.#reload();
    this.notice = msg('apiKeys.createdWhileAway', { name: apiKey.name });
  }

  async #onRevoke(key: ApiKey): Promise<void> {
    // Not until the exact name is typed (the button says so with aria-disabled, keeping focus).
    if (this.#revoke.pending || this.confirmation !== key.name) return;
    const result = await this.#revoke.run(key);
    if (result.status !== 'done') return;
    this.dialog = null;
    this.#reload();
    await this.#report(msg('apiKeys.revoked', { name: key.name }));
  }

  #onRotated = (event: SettingsApiKeyRotationCompletedEvent): void => {
    void this.#report(msg('apiKeys.rotated', { old: event.oldKey.name, new: event.newKey.name }));
  };

  /**
   * Says what changed once the list shows it; when the dialog's opener went away with the reload,
   * focus lands on the message.
   */
  async #report(message: string): Promise<void> {
    await this.#reloaded;
    this.notice = message;
    await this.updateComplete;
    if (document.activeElement === document.body) this.statusView?.focus();
  }

  protected renderPanel() {
    const list = this.#keys;
    const create = this.canManage
      ? html`<button part="create-button" type="button" class="primary" @click=${this.#openCreate}>${msg('apiKeys.create')}</button>`
      : nothing;
    return html`
      ${renderStatusLine(this.notice)}
      ${renderListToolbar(
        [
          renderListSearch(list, { id: 'api-key-search', label: msg('apiKeys.search') }),
          renderField(
            { id: 'api-key-filter', label: msg('apiKeys.filter') },
            (f) => html`<select id=${f.id} @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as 'active' | 'all')}>
              <option value="active" ?selected=${this.filter === 'active'}>${msg('apiKeys.filter.active')}</option>
              <option value="all" ?selected=${this.filter === 'all'}>${msg('apiKeys.filter.all')}</option>
            </select>`,
          ),
        ],
        create,
      )}
      ${this.#renderList()} ${this.canManage ? this.#renderDialogs() : nothing}
    `;
  }

  #renderList() {
    const list = this.#keys;
    return this.renderPagedList(list, {
      rows: (items) => this.#renderTable(items, list.status === 'pending'),
      empty: () => this.#renderEmpty(),
      count: msg('apiKeys.count', { shown: formatNumber(list.items.length), total: formatNumber(list.total) }),
      more: msg('apiKeys.more'),
      loadingMore: msg('state.loading'),
    });
  }

  #renderTable(items: readonly ApiKey[], busy: boolean) {
    // A rotation in progress is an active key replaced by another active key (pairing in the data).
    const active = new Map(items.filter((k) => k.status === 'active').map((k) => [k.id, k]));
    const replacedBy = new Map<string, ApiKey>();
    for (const key of active.values()) {
      if (key.replacesKeyId && active.has(key.replacesKeyId) && !replacedBy.has(key.replacesKeyId)) replacedBy.set(key.replacesKeyId, key);
    }
    return renderListTable(items, {
      label: msg('section.organization/api-keys'),
      busy,
      columns: columns.map((column) => msg(`apiKeys.column.${column}`)),
      actions: this.canManage ? msg('apiKeys.column.actions') : undefined,
      row: (key) => this.#renderRow(key, replacedBy.get(key.id), key.replacesKeyId ? active.get(key.replacesKeyId) : undefined),
    });
  }

  #renderEmpty() {
    const searched = this.#keys.searched;
    const text = searched ? msg('apiKeys.empty.search', { query: searched }) : msg(this.filter === 'active' ? 'apiKeys.empty.active' : 'apiKeys.empty.all');
    return html`<p>${text}</p>
      ${this.canManage && !searched ? html`<p>${msg('apiKeys.empty.next')}</p>` : nothing}`;
  }

  /** `replacement`: this key's active replacement (rotation in progress); `replaces`: the active key this one replaces. */
  #renderRow(key: ApiKey, replacement: ApiKey | undefined, replaces: ApiKey | undefined) {
    const rotate = replacement ? 'apiKeys.continueRotation' : 'apiKeys.rotate';
    return html`
      <tr part="row">
        <td>
          <span class="name">${key.name}</span><br />${renderPrefix(key)}
          ${replaces ? html`<span class="hint">${msg('apiKeys.replaces', { name: replaces.name })}</span>` : nothing}
          ${replacement ? html`<span class="badge warning">${msg('apiKeys.rotationInProgress')}</span>` : nothing}
        </td>
        <td>${formatDate(key.createdAt)}<span class="hint">${msg('apiKeys.createdBy', { name: key.createdBy.name })}</span></td>
        <td>${renderLastUsed(key)}</td>
        <td>${key.expiresAt ? renderRelativeTime(key.expiresAt) : msg('apiKeys.neverExpires')}</td>
        <td><span class=${statusBadge[key.status]}>${msg(`apiKeys.status.${key.status}`)}</span></td>
        ${this.canManage
          ? html`<td part="row-actions">
              ${key.status === 'active'
                ? html`<div class="actions">
                    <button type="button" aria-label=${msg(`${rotate}Of`, { name: key.name })} @click=${() => this.rotation?.start(key, replacement)}>
                      ${msg(rotate)}
                    </button>
                    <button type="button" class="danger" aria-label=${msg('apiKeys.revokeOf', { name: key.name })} @click=${() => this.#open({ kind: 'revoke', key })}>
                      ${msg('apiKeys.revoke')}
                    </button>
                  </div>`
                : nothing}
            </td>`
          : nothing}
      </tr>
    `;
  }

  #renderDialogs() {
    const dialog = this.dialog;
    const write = this.#writeOf(dialog);
    return html`
      <settings-dialog
        heading=${dialog?.kind === 'revoke' ? msg('apiKeys.revoke.heading', { name: dialog.key.name }) : msg('apiKeys.create')}
        .open=${dialog !== null}
        ?no-dismiss=${write.pending}
        @settings-dialog-closed=${() => (this.dialog = null)}
      >
        ${dialog?.kind === 'create' ? this.#renderCreate() : nothing} ${dialog?.kind === 'revoke' ? this.#renderRevoke(dialog.key) : nothing}
      </settings-dialog>
      <settings-api-key-secret></settings-api-key-secret>
      <settings-api-key-rotation
        @settings-api-key-created=${this.#reload}
        @settings-api-key-revoked=${this.#reload}
        @settings-api-key-rotation-completed=${this.#onRotated}
      ></settings-api-key-rotation>
    `;
  }

  /** The form, Cancel and Create key (busy, never disabled, while creating: run() ignores a second start). */
  #renderCreate() {
    return html`
      <form id="create" @submit=${this.#onCreate}>
        ${renderKeyFields(this.draft, msg('apiKeys.field.nameHint'), (f) => this.#create.fieldError(f), (change) => (this.draft = { ...this.draft, ...change }))}
      </form>
      ${renderDialogActions({
        write: this.#create,
        dismiss: { label: msg('apiKeys.cancel'), onClick: () => (this.dialog = null) },
        confirm: { label: msg('apiKeys.create'), pendingLabel: msg('apiKeys.creating'), form: 'create' },
      })}
    `;
  }

  /** Revoke is unavailable (aria-disabled, still focusable) until the exact name is typed, and while revoking. */
  #renderRevoke(key: ApiKey) {
    return html`
      <p>${msg('apiKeys.revoke.consequence')}</p>
      <p>${msg('apiKeys.column.lastUsed')}: ${renderLastUsed(key)}</p>
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
        write: this.#revoke,
        dismiss: { label: msg('apiKeys.cancel'), onClick: () => (this.dialog = null) },
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
