import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Site, SiteInput, SiteStatus } from '../../api/types.js';
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
import { addMessages, formatNumber, msg } from '../../i18n/localize.js';
import { sitesMessages } from '../../i18n/catalogs/en/sites.js';
import { SettingsPanel } from '../../kit/settings-panel.js';
import { renderDialog, renderDialogActions } from '../../kit/views/dialog.js';
import { focusInvalidField, renderField, renderStatusLine } from '../../kit/views/form.js';
import { renderListSearch, renderListToolbar, renderPagedTable } from '../../kit/views/paged-list-view.js';
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
 * @fires {SettingsSiteCreateEvent} settings-site-create - Before a site is created (cancelable).
 * @fires {SettingsSiteCreatedEvent} settings-site-created - A site was created.
 * @fires {SettingsSiteUpdateEvent} settings-site-update - Before a site is edited (cancelable).
 * @fires {SettingsSiteUpdatedEvent} settings-site-updated - A site was edited.
 * @fires {SettingsSiteArchiveEvent} settings-site-archive - Before a site is archived (cancelable).
 * @fires {SettingsSiteArchivedEvent} settings-site-archived - A site was archived.
 * @fires {SettingsSiteRestoreEvent} settings-site-restore - Before an archived site is restored (cancelable).
 * @fires {SettingsSiteRestoredEvent} settings-site-restored - An archived site was restored.
 * @fires {SettingsChangeEvent} settings-change - After every write above: its audit record.
 */
export class SettingsSites extends SettingsPanel {
  static override properties: PropertyDeclarations = {
    statusFilter: { state: true },
    formErrors: { state: true },
    notice: { state: true },
  };

  static override styles = [...SettingsPanel.styles, sitesStyles];

  protected readonly sectionId = 'company/sites' as const;

  readonly #sites = this.section.pagedList({
    args: (settings) => [settings.client, settings.companyId!, this.statusFilter] as const,
    load: ([client, companyId, status], query, signal) => client.listSites(companyId, { ...query, status }, { signal }),
  });

  /** Add site. Every write names the company it is sent for, in its intent and fact events. */
  readonly #create = this.section.write({
    intent: ({ companyId, input }: { companyId: string; input: SiteInput }) => new SettingsSiteCreateEvent(companyId, input),
    run: ({ input }, { client, companyId, idempotencyKey }) => client.createSite(companyId!, input, { idempotencyKey }),
    change: (created) => ({ action: 'site.created', target: { type: 'site', id: created.id }, before: null, after: created }),
    fact: (created, { companyId }, change) => new SettingsSiteCreatedEvent(companyId, created, change),
  });

  /** Edit: name, address and time zone. */
  readonly #update = this.section.write({
    intent: ({ companyId, site, input }: { companyId: string; site: Site; input: SiteInput }) => new SettingsSiteUpdateEvent(companyId, site, input),
    run: ({ site, input }, { client, companyId }) => client.updateSite(companyId!, site.id, input),
    change: (updated, { site }) => ({ action: 'site.updated', target: { type: 'site', id: site.id }, before: site, after: updated }),
    fact: (updated, { companyId }, change) => new SettingsSiteUpdatedEvent(companyId, updated, change),
  });

  readonly #archive = this.section.write({
    intent: ({ companyId, site }: { companyId: string; site: Site }) => new SettingsSiteArchiveEvent(companyId, site),
    run: ({ site }, { client, companyId }) => client.updateSite(companyId!, site.id, { status: 'archived' }),
    change: (archived, { site }) => ({ action: 'site.archived', target: { type: 'site', id: site.id }, before: site, after: archived, fields: ['status'] }),
    fact: (archived, { companyId }, change) => new SettingsSiteArchivedEvent(companyId, archived, change),
  });

  readonly #restore = this.section.write({
    intent: ({ companyId, site }: { companyId: string; site: Site }) => new SettingsSiteRestoreEvent(companyId, site),
    run: ({ site }, { client, companyId }) => client.updateSite(companyId!, site.id, { status: 'active' }),
    change: (restored, { site }) => ({ action: 'site.restored', target: { type: 'site', id: site.id }, before: site, after: restored, fields: ['status'] }),
    fact: (restored, { companyId }, change) => new SettingsSiteRestoredEvent(companyId, restored, change),
  });

  /** The open dialog and the write each kind starts; it closes by itself when another company is on screen. */
  readonly #dialog = this.section.dialog<SiteDialog>({ add: this.#create, edit: this.#update, archive: this.#archive, restore: this.#restore });

  /** Which sites the list shows. */
  private statusFilter: StatusFilter = 'active';
  /** Problems found in the form before sending it. */
  private formErrors: SiteFieldErrors = {};
  /** The confirmation of the last change. */
  private notice = '';

  /** A confirmation about one company must not stay under another's name (its dialogs close by themselves). */
  protected override companySwitched(): void {
    this.notice = '';
  }

  #open(dialog: SiteDialog): void {
    this.formErrors = {};
    this.notice = '';
    this.#dialog.open(dialog);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dialog = this.#dialog.current;
    if (!dialog || (dialog.kind !== 'add' && dialog.kind !== 'edit') || this.#dialog.pending) return;
    const input = readSiteForm(event.target as HTMLFormElement);
    this.formErrors = this.section.inLocale(() => validateSite(input));
    if (Object.keys(this.formErrors).length > 0) return focusInvalidField(this);
    const companyId = this.#companyId;
    if (dialog.kind === 'add') {
      const result = await this.#create.run({ companyId, input });
      if (result.status === 'done') return this.#done(() => msg('sites.added', { name: result.value.name }), true);
      if (result.status === 'failed' && result.error.fieldErrors) await focusInvalidField(this);
    } else {
      const result = await this.#update.run({ companyId, site: dialog.site, input });
      if (result.status === 'done') {
        const site = result.value;
        this.#sites.replace((s) => s.id === site.id, site);
        return this.#done(() => msg('sites.updated', { name: site.name }), false);
      }
      if (result.status === 'failed' && result.error.fieldErrors) await focusInvalidField(this);
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
    this.#done(() => msg(archive ? 'sites.archived' : 'sites.restored', { name: changed.name }), this.statusFilter !== 'all');
  }

  /** Closes the dialog and says what changed: `notice` is made in the provider's language. */
  #done(notice: () => string, reload: boolean): void {
    this.#dialog.close();
    this.notice = this.section.inLocale(notice);
    if (reload) void this.#sites.reload();
  }

  /** The company on screen, which a write started now is sent for. */
  get #companyId(): string {
    return this.section.settings!.companyId!;
  }

  protected renderPanel() {
    return html`
      <h3 part="header" id="sites-heading">${msg('sites.heading', { company: this.section.settings?.company?.name ?? '' })}</h3>
      ${this.#renderToolbar()} ${renderStatusLine(this.notice)} ${this.#renderList()}
      ${renderDialog(this.#dialog, { heading: (dialog) => this.#heading(dialog), content: (dialog) => this.#renderDialog(dialog) })}
    `;
  }

  #renderToolbar() {
    return renderListToolbar(
      html`
        ${renderListSearch(this.#sites, { id: 'site-search', label: msg('sites.search'), placeholder: msg('sites.searchPlaceholder') })}
        ${renderField({ id: 'site-status', label: msg('sites.status') }, (f) => html`
          <select id=${f.id} @change=${(event: Event) => (this.statusFilter = (event.target as HTMLSelectElement).value as StatusFilter)}>
            ${statusFilters.map((status) => html`<option value=${status} ?selected=${status === this.statusFilter}>${msg(`sites.status.${status}`)}</option>`)}
          </select>
        `)}
      `,
      this.section.canManage ? html`<button type="button" class="primary" @click=${() => this.#open({ kind: 'add' })}>${msg('sites.add')}</button>` : nothing,
    );
  }

  #renderList() {
    const list = this.#sites;
    return renderPagedTable(list, {
      columns: [msg('sites.name'), msg('sites.address'), msg('sites.timeZone'), msg('sites.status')],
      actions: this.section.canManage ? msg('sites.actions') : undefined,
      labelledBy: 'sites-heading',
      row: (site) => this.#renderRow(site),
      empty: () => html`<p>${this.#emptyText()}</p>`,
      count: msg('sites.count', { shown: formatNumber(list.items.length), total: formatNumber(list.total), count: list.total }),
      more: msg('sites.more'),
      loadingMore: msg('sites.loadingMore'),
    });
  }

  #emptyText(): string {
    const query = this.#sites.searched.trim();
    if (query) return msg('sites.empty.search', { query });
    const text = msg(`sites.empty.${this.statusFilter}`, { company: this.section.settings?.company?.name ?? '' });
    return this.section.canManage && this.statusFilter !== 'archived' ? `${text} ${msg('sites.empty.add')}` : text;
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
        ${this.section.canManage
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

  #heading(dialog: SiteDialog): string {
    if (dialog.kind === 'add') return msg('sites.add');
    if (dialog.kind === 'edit') return msg('sites.form.editHeading', { name: dialog.site.name });
    return msg(`sites.${dialog.kind}.heading`, { name: dialog.site.name });
  }

  #renderDialog(dialog: SiteDialog) {
    if (dialog.kind === 'add') return this.#renderForm(undefined);
    if (dialog.kind === 'edit') return this.#renderForm(dialog.site);
    return this.#renderConfirm(dialog.site, dialog.kind === 'archive');
  }

  /** Add site (no `site`) or Edit; a field shows our own check first, else the server's 422. */
  #renderForm(site: Site | undefined) {
    const adding = !site;
    const write = adding ? this.#create : this.#update;
    const errorOf = (field: SiteField) => this.formErrors[field] ?? write.fieldError(field);
    return html`
      ${renderSiteForm(site, errorOf, (event) => void this.#onSubmit(event))}
      ${renderDialogActions({
        write,
        dismiss: { label: msg('sites.cancel'), onClick: this.#dialog.close },
        confirm: {
          label: msg(adding ? 'sites.add' : 'sites.form.save'),
          pendingLabel: msg(adding ? 'sites.form.adding' : 'sites.form.saving'),
          form: siteFormId,
        },
      })}
    `;
  }

  #renderConfirm(site: Site, archive: boolean) {
    const kind = archive ? 'archive' : 'restore';
    return html`
      <p>${msg(`sites.${kind}.body`)}</p>
      ${renderDialogActions({
        write: archive ? this.#archive : this.#restore,
        dismiss: { label: msg('sites.cancel'), onClick: this.#dialog.close },
        confirm: {
          label: msg(`sites.${kind}.confirm`),
          pendingLabel: msg(`sites.${kind}.pending`),
          danger: archive,
          onClick: () => void this.#onConfirm(site, archive),
        },
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-sites': SettingsSites;
  }
}
