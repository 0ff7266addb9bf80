import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Site, SiteInput, SiteStatus } from '../../api/types.js';
import type { SettingsContextValue } from '../../context/settings-context.js';
import {
  SettingsSiteArchiveEvent,
  SettingsSiteArchivedEvent,
  SettingsSiteCreateEvent,
  SettingsSiteCreatedEvent,
  SettingsSiteRestoreEvent,
  SettingsSiteRestoredEvent,
  SettingsSiteUpdateEvent,
  SettingsSiteUpdatedEvent,
} from '../../events/site-events.js';
import { formatNumber } from '../../i18n/format.js';
import { sitesMessages } from '../../i18n/en/sites.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { panelStyles, SettingsPanel } from '../../kit/settings-panel.js';
import { formStyles } from '../../styles/forms.js';
import { baseStyles } from '../../styles/tokens.js';
import type { SettingsActionEvent } from '../settings-action-menu/settings-action-menu.js';
import { sitesStyles } from './settings-sites.styles.js';
import { readSiteForm, renderSiteForm, siteFormId, validateSite, type SiteField, type SiteFieldErrors } from './site-form.js';

// This panel's strings ship with it: a host that registers one panel ships only its strings.
addMessages(sitesMessages);

type StatusFilter = SiteStatus | 'all';
type SiteDialog = { kind: 'add' } | { kind: 'edit' | 'archive' | 'restore'; site: Site };

const statusFilters: readonly StatusFilter[] = ['active', 'archived', 'all'];

/**
 * The selected company's sites, searched and paged on the server (a company may have thousands).
 * Users with `company.sites.manage` add sites, edit them (name, address, time zone from a searchable
 * list) and archive or restore them after a confirmation; others see the list read-only, with the
 * reason. Switching company drops the old company's rows at once and closes its dialogs.
 *
 * @summary Company > Sites: list, search, add, edit, archive and restore the selected company's sites.
 * @tag settings-sites
 * @csspart header - The heading naming the company.
 * @csspart toolbar - Search, status filter and Add site.
 * @csspart notice - The confirmation of the last change.
 * @csspart list - The table of sites.
 * @csspart row - One site.
 * @csspart row-actions - The cell with a site's actions menu.
 * @csspart more - The count of sites shown and the "Show more sites" button.
 * @csspart state - Loading, empty and error states (with `empty` / `error`).
 * @csspart view-only - The "View only: your role is …" line.
 * @csspart access-notice - Why the section is not available, instead of the panel.
 * @fires {SettingsSiteCreateEvent} settings-site-create - Before a site is created (cancelable).
 * @fires {SettingsSiteCreatedEvent} settings-site-created - A site was created.
 * @fires {SettingsSiteUpdateEvent} settings-site-update - Before a site is edited (cancelable).
 * @fires {SettingsSiteUpdatedEvent} settings-site-updated - A site was edited.
 * @fires {SettingsSiteArchiveEvent} settings-site-archive - Before a site is archived (cancelable).
 * @fires {SettingsSiteArchivedEvent} settings-site-archived - A site was archived.
 * @fires {SettingsSiteRestoreEvent} settings-site-restore - Before an archived site is restored (cancelable).
 * @fires {SettingsSiteRestoredEvent} settings-site-restored - An archived site was restored.
 */
export class SettingsSites extends SettingsPanel {
  static override styles = [baseStyles, panelStyles, formStyles, sitesStyles];

  protected readonly section = 'company/sites' as const;

  readonly #sites = this.createPagedList({
    args: (settings) => [settings.client, settings.companyId!, this.statusFilter] as const,
    load: ([client, companyId, status], query, signal) => client.listSites(companyId, { ...query, status }, { signal }),
  });

  /** Add site. Every write names the company it is sent for, in its intent and fact events. */
  readonly #create = this.createWrite({
    intent: ({ companyId, input }: { companyId: string; input: SiteInput }) => new SettingsSiteCreateEvent(companyId, input),
    run: ({ input }, { client, companyId }) => client.createSite(companyId!, input),
    fact: (created, { companyId }) => new SettingsSiteCreatedEvent(companyId, created),
  });

  /** Edit: name, address and time zone. */
  readonly #update = this.createWrite({
    intent: ({ companyId, site, input }: { companyId: string; site: Site; input: SiteInput }) => new SettingsSiteUpdateEvent(companyId, site, input),
    run: ({ site, input }, { client, companyId }) => client.updateSite(companyId!, site.id, input),
    fact: (updated, { companyId }) => new SettingsSiteUpdatedEvent(companyId, updated),
  });

  readonly #archive = this.createWrite({
    intent: ({ companyId, site }: { companyId: string; site: Site }) => new SettingsSiteArchiveEvent(companyId, site),
    run: ({ site }, { client, companyId }) => client.updateSite(companyId!, site.id, { status: 'archived' }),
    fact: (archived, { companyId }) => new SettingsSiteArchivedEvent(companyId, archived),
  });

  readonly #restore = this.createWrite({
    intent: ({ companyId, site }: { companyId: string; site: Site }) => new SettingsSiteRestoreEvent(companyId, site),
    run: ({ site }, { client, companyId }) => client.updateSite(companyId!, site.id, { status: 'active' }),
    fact: (restored, { companyId }) => new SettingsSiteRestoredEvent(companyId, restored),
  });

  /** Which sites the list shows. */
  @state() private statusFilter: StatusFilter = 'active';
  /** The open dialog, if any. */
  @state() private dialog: SiteDialog | undefined;
  /** Problems found in the form before sending it. */
  @state() private formErrors: SiteFieldErrors = {};
  /** The confirmation of the last change. */
  @state() private notice = '';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previous = changed.get('settings') as SettingsContextValue | undefined;
    // A dialog or a confirmation about one company must not stay open under another's name.
    if (changed.has('settings') && previous?.companyId !== this.settings?.companyId) {
      this.dialog = undefined;
      this.notice = '';
    }
  }

  /** The write a dialog starts: its pending state and error are what the dialog shows. */
  #writeOf(dialog: SiteDialog) {
    switch (dialog.kind) {
      case 'add':
        return this.#create;
      case 'edit':
        return this.#update;
      case 'archive':
        return this.#archive;
      case 'restore':
        return this.#restore;
    }
  }

  #open(dialog: SiteDialog): void {
    for (const write of [this.#create, this.#update, this.#archive, this.#restore]) write.reset();
    this.formErrors = {};
    this.notice = '';
    this.dialog = dialog;
  }

  #close = (): void => {
    this.dialog = undefined;
  };

  /** Cancel: not while the dialog's write is in flight (the button says so with aria-disabled). */
  #onCancel = (): void => {
    if (this.dialog && this.#writeOf(this.dialog).pending) return;
    this.#close();
  };

  #errorOf = (field: SiteField): string | undefined => this.formErrors[field] ?? (this.dialog ? this.#writeOf(this.dialog).fieldError(field) : undefined);

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dialog = this.dialog;
    if (!dialog || (dialog.kind !== 'add' && dialog.kind !== 'edit') || this.#writeOf(dialog).pending) return;
    const input = readSiteForm(event.target as HTMLFormElement);
    this.formErrors = validateSite(input);
    if (Object.keys(this.formErrors).length > 0) return this.#focusInvalidField();
    const companyId = this.#companyId;
    if (dialog.kind === 'add') {
      const result = await this.#create.run({ companyId, input });
      if (result.status === 'done') return this.#done(msg('sites.added', { name: result.value.name }), true);
      if (result.status === 'failed' && result.error.fieldErrors) await this.#focusInvalidField();
    } else {
      const result = await this.#update.run({ companyId, site: dialog.site, input });
      if (result.status === 'done') {
        const site = result.value;
        this.#sites.replace((s) => s.id === site.id, site);
        return this.#done(msg('sites.updated', { name: site.name }), false);
      }
      if (result.status === 'failed' && result.error.fieldErrors) await this.#focusInvalidField();
    }
  }

  async #onConfirm(site: Site, archive: boolean): Promise<void> {
    const write = archive ? this.#archive : this.#restore;
    if (write.pending) return;
    const result = await write.run({ companyId: this.#companyId, site });
    // Cancelled, failed (the dialog shows why) or stale (another company is on screen now).
    if (result.status !== 'done') return;
    const changed = result.value;
    // Filtered by status, the site leaves the list; showing all, it only changes its badge.
    if (this.statusFilter === 'all') this.#sites.replace((s) => s.id === changed.id, changed);
    this.#done(msg(archive ? 'sites.archived' : 'sites.restored', { name: changed.name }), this.statusFilter !== 'all');
  }

  #done(notice: string, reload: boolean): void {
    this.dialog = undefined;
    this.notice = notice;
    if (reload) void this.#sites.reload();
  }

  /** The company on screen, which a write started now is sent for. */
  get #companyId(): string {
    return this.settings!.companyId!;
  }

  async #focusInvalidField(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  }

  #onSearchKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.#sites.flushSearch();
  }

  protected renderPanel() {
    return html`
      <h3 part="header" id="sites-heading">${msg('sites.heading', { company: this.settings?.company?.name ?? '' })}</h3>
      ${this.#renderToolbar()}
      <div part="notice" role="status">${this.notice ? html`<p class="success">${this.notice}</p>` : nothing}</div>
      ${this.#renderList()} ${this.#renderDialog()}
    `;
  }

  #renderToolbar() {
    return html`
      <div class="toolbar" part="toolbar">
        <div class="filters">
          <div class="field">
            <label for="site-search">${msg('sites.search')}</label>
            <input
              id="site-search"
              type="search"
              placeholder=${msg('sites.searchPlaceholder')}
              @input=${(event: InputEvent) => this.#sites.search((event.target as HTMLInputElement).value)}
              @keydown=${this.#onSearchKeyDown}
            />
          </div>
          <div class="field">
            <label for="site-status">${msg('sites.status')}</label>
            <select id="site-status" @change=${(event: Event) => (this.statusFilter = (event.target as HTMLSelectElement).value as StatusFilter)}>
              ${statusFilters.map((status) => html`<option value=${status} ?selected=${status === this.statusFilter}>${msg(`sites.status.${status}`)}</option>`)}
            </select>
          </div>
        </div>
        ${this.canManage ? html`<button type="button" class="primary" @click=${() => this.#open({ kind: 'add' })}>${msg('sites.add')}</button>` : nothing}
      </div>
    `;
  }

  #renderList() {
    const list = this.#sites;
    return this.renderPagedList(list, {
      empty: () => html`<p>${this.#emptyText()}</p>`,
      rows: (sites) => html`
        <table class="list" part="list" aria-labelledby="sites-heading" aria-busy=${list.status === 'pending' ? 'true' : 'false'}>
          <thead>
            <tr>
              <th scope="col">${msg('sites.name')}</th>
              <th scope="col">${msg('sites.address')}</th>
              <th scope="col">${msg('sites.timeZone')}</th>
              <th scope="col">${msg('sites.status')}</th>
              ${this.canManage ? html`<th scope="col"><span class="visually-hidden">${msg('sites.actions')}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${repeat(sites, (site) => site.id, (site) => this.#renderRow(site))}
          </tbody>
        </table>
      `,
      count: msg('sites.count', { shown: formatNumber(list.items.length), total: formatNumber(list.total), count: list.total }),
      more: msg('sites.more'),
      loadingMore: msg('sites.loadingMore'),
    });
  }


  #emptyText(): string {
    const query = this.#sites.searched.trim();
    if (query) return msg('sites.empty.search', { query });
    const text = msg(`sites.empty.${this.statusFilter}`, { company: this.settings?.company?.name ?? '' });
    return this.canManage && this.statusFilter !== 'archived' ? `${text} ${msg('sites.empty.add')}` : text;
  }

  #renderRow(site: Site) {
    const archived = site.status === 'archived';
    const items = [
      { value: 'edit', label: msg('sites.edit') },
      archived ? { value: 'restore', label: msg('sites.restore') } : { value: 'archive', label: msg('sites.archive'), danger: true },
    ];
    return html`
      <tr part="row">
        <th scope="row">${site.name}</th>
        <td>${site.address}</td>
        <td>${site.timeZone}</td>
        <td><span class="badge">${msg(`sites.status.${site.status}`)}</span></td>
        ${this.canManage
          ? html`<td part="row-actions">
              <settings-action-menu
                label=${msg('sites.actionsFor', { name: site.name })}
                .items=${items}
                @settings-action=${(event: SettingsActionEvent) => this.#open({ kind: event.value as 'edit' | 'archive' | 'restore', site })}
              ></settings-action-menu>
            </td>`
          : nothing}
      </tr>
    `;
  }

  #renderDialog() {
    const dialog = this.dialog;
    const heading = !dialog
      ? ''
      : dialog.kind === 'add'
        ? msg('sites.add')
        : dialog.kind === 'edit'
          ? msg('sites.form.editHeading', { name: dialog.site.name })
          : msg(`sites.${dialog.kind}.heading`, { name: dialog.site.name });
    const pending = dialog ? this.#writeOf(dialog).pending : false;
    return html`
      <settings-dialog heading=${heading} .open=${dialog !== undefined} ?no-dismiss=${pending} @settings-dialog-closed=${this.#close}>
        ${!dialog
          ? nothing
          : dialog.kind === 'add'
            ? this.#renderForm(undefined)
            : dialog.kind === 'edit'
              ? this.#renderForm(dialog.site)
              : this.#renderConfirm(dialog.site, dialog.kind === 'archive')}
      </settings-dialog>
    `;
  }

  /** Add site (no `site`) or Edit. */
  #renderForm(site: Site | undefined) {
    const adding = !site;
    const write = adding ? this.#create : this.#update;
    return html`
      ${renderSiteForm(site, this.#errorOf, (event) => void this.#onSubmit(event))}
      ${write.error ? this.renderError(write.error) : nothing}
      ${this.#renderCancel(write.pending)}
      <button slot="actions" type="submit" form=${siteFormId} class="primary" aria-disabled=${String(write.pending)} aria-busy=${String(write.pending)}>
        ${write.pending ? msg(adding ? 'sites.form.adding' : 'sites.form.saving') : msg(adding ? 'sites.add' : 'sites.form.save')}
      </button>
    `;
  }

  #renderConfirm(site: Site, archive: boolean) {
    const kind = archive ? 'archive' : 'restore';
    const write = archive ? this.#archive : this.#restore;
    return html`
      <p>${msg(`sites.${kind}.body`)}</p>
      ${write.error ? this.renderError(write.error) : nothing} ${this.#renderCancel(write.pending)}
      <button
        slot="actions"
        type="button"
        class=${archive ? 'danger primary' : 'primary'}
        aria-disabled=${String(write.pending)}
        aria-busy=${String(write.pending)}
        @click=${() => void this.#onConfirm(site, archive)}
      >
        ${msg(write.pending ? `sites.${kind}.pending` : `sites.${kind}.confirm`)}
      </button>
    `;
  }

  /** Stays focusable while the write runs (aria-disabled); a click then does nothing. */
  #renderCancel(pending: boolean) {
    return html`<button slot="actions" type="button" aria-disabled=${String(pending)} @click=${this.#onCancel}>${msg('sites.cancel')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-sites': SettingsSites;
  }
}
