import { consume } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { AccessDecision } from '../access/evaluate-access.js';
import type { SectionId } from '../access/sections.js';
import type { SettingsApiError } from '../api/errors.js';
import { settingsContext, type SettingsContextValue } from '../context/settings-context.js';
import { msg } from '../i18n/localize.js';
import { formStyles } from '../styles/forms.js';
import { baseStyles, t } from '../styles/tokens.js';
import { renderAccessNotice } from '../internal/access-notice.js';
import { renderErrorNotice } from './error-notice.js';
import { reportForbidden, resetForbidden } from './forbidden.js';
import { gatedArgs } from './gate.js';
import { UserChangeController } from './user-change-controller.js';
import { WriteController, type WriteControllerOptions } from './write-controller.js';
import { PagedListController, type PagedListOptions, type PagedListState } from './paged-list-controller.js';
import { ResourceController, type ResourceOptions, type ResourceState } from './resource-controller.js';
import { renderLoading, renderPagedList, type PagedListRendering } from './views/paged-list-view.js';
import { skeletonStyles } from './views/skeleton.js';

export const panelStyles = css`
  /* The panel adapts to its own width (lists stack into cards when narrow), wherever it is placed. */
  :host {
    container-type: inline-size;
  }
  [part='state'] {
    padding-block: ${t.space4};
  }
  [part='view-only'] {
    margin-block: 0 ${t.space4};
  }
  /* renderPagedList: the count and the button that loads the next page */
  div[part='more'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space4};
    align-items: center;
    justify-content: space-between;
    margin-block-start: ${t.space4};
  }
  div[part='more'] > p {
    margin: 0;
  }
`;

interface ResourceRendering<T> {
  complete: (value: T) => unknown;
  /** When true for a value, `empty` is rendered instead of `complete`. */
  isEmpty?: (value: T) => boolean;
  empty?: () => unknown;
  /** Before the first answer: usually `renderSkeleton(…)` in the shape of `complete`; "Loading…" without it. */
  loading?: () => unknown;
}

/**
 * The baseline every panel inherits: it consumes the provider's context, asks the access rules
 * about its section (rendering the explanation instead of the panel when denied), loads data only
 * when allowed, renders loading/empty/error-with-retry states and refreshes the session on 403.
 * Reads come from `createResource` / `createPagedList` (gated by the section's access), writes
 * from `createWrite` (one controller per operation); markup from the kit's views (`renderField`,
 * `renderListTable`, `renderDialogActions`, `renderStatusLine`, …), so every panel, ours or a
 * host's, shares one set of parts:
 *
 * @csspart state - Loading, empty and error states (with `skeleton` / `empty` / `error`).
 * @csspart view-only - The "View only: your role is …" line.
 * @csspart access-notice - Why the section is not available, shown instead of the panel.
 * @csspart status - The outcome of the last change ("Site Berlin added."), a polite live region.
 * @csspart toolbar - The search, filters and main action above a list.
 * @csspart list - A list's table.
 * @csspart row - One row of it.
 * @csspart row-actions - The cell with a row's actions.
 * @csspart more - "Showing N of M" and the button that loads more rows.
 */
export abstract class SettingsPanel extends LitElement {
  /** The tokens, the kit views' markup (forms, lists, status line, skeletons) and the panel's states. */
  static override styles = [baseStyles, formStyles, skeletonStyles, panelStyles];

  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected settings?: SettingsContextValue;

  constructor() {
    super();
    // Added before any read (subclass fields come later), so drafts drop before reads reload.
    new UserChangeController(this, () => this.settings, () => this.userChanged());
  }

  /** The section this panel renders; decides access. */
  protected abstract readonly section: SectionId;

  protected get access(): AccessDecision | undefined {
    return this.settings?.access(this.section);
  }

  /** True when the user may create, edit and delete here; otherwise the panel is read-only. */
  protected get canManage(): boolean {
    const access = this.access;
    return access?.allowed === true && access.mode === 'manage';
  }

  /**
   * A data loader that sends no request unless the section is allowed, passes an AbortSignal, and
   * handles a 403 by refreshing the session. `args` is only called when access is allowed; return
   * primitives (ids) and the client, which keep their identity across session refreshes — a fresh
   * object every time would reload on every refresh.
   */
  protected createResource<T, A extends readonly unknown[]>(options: {
    args: (settings: SettingsContextValue) => A;
    load: ResourceOptions<T, A>['load'];
  }): ResourceController<T, A> {
    return new ResourceController<T, A>(this, {
      args: gatedArgs(() => this.settings, this.section, options.args),
      load: options.load,
      identity: () => this.settings?.session.user.id,
      onError: (error) => this.handleError(error),
      onSuccess: () => resetForbidden(this),
    });
  }

  /** A server-searched, paged list with the same guarantees as `createResource`. */
  protected createPagedList<T, A extends readonly unknown[]>(options: {
    args: (settings: SettingsContextValue) => A;
    load: PagedListOptions<T, A>['load'];
    pageSize?: number;
  }): PagedListController<T, A> {
    return new PagedListController<T, A>(this, {
      args: gatedArgs(() => this.settings, this.section, options.args),
      load: options.load,
      identity: () => this.settings?.session.user.id,
      onError: (error) => this.handleError(error),
      onSuccess: () => resetForbidden(this),
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    });
  }

  /**
   * One write operation of this panel, with its own pending state, error and result (see
   * `WriteController`). A company section's writes are company-scoped: their answer is dropped as
   * `stale` when the user switches company meanwhile; other sections' writes never are.
   */
  protected createWrite<I, T>(
    options: Omit<WriteControllerOptions<I, T>, 'settings' | 'companyScoped' | 'section'> & { companyScoped?: boolean },
  ): WriteController<I, T> {
    const { companyScoped, ...rest } = options;
    return new WriteController<I, T>(this, {
      ...rest,
      settings: () => this.settings,
      section: () => this.section,
      companyScoped: () => companyScoped ?? this.settings?.sections.get(this.section)?.scope === 'company',
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const previous = changed.get('settings') as SettingsContextValue | undefined;
    if (previous && previous.companyId !== this.settings?.companyId) this.companySwitched();
  }

  /**
   * Another company came on screen: drop what belonged to the last one (its dialog, draft, status
   * line) so nothing about one company shows under another's name. Runs before that update
   * renders; the reads reload by themselves. Nothing by default.
   */
  protected companySwitched(): void {}

  /**
   * Another user is signed in (the host swapped the client, or the session now belongs to someone
   * else): drop everything that was the last user's — drafts, open dialogs, status lines — so it is
   * neither shown to nor saved for the new one. The reads reload by themselves. By default it does
   * what `companySwitched()` does; a panel with personal or organization drafts overrides it.
   */
  protected userChanged(): void {
    this.companySwitched();
  }

  /** A 403 means permissions changed under the user: refresh what they may see (once). */
  protected handleError(error: SettingsApiError): void {
    reportForbidden(this, error, this.settings);
  }

  protected override render() {
    const access = this.access;
    if (!this.settings || !access) return nothing;
    if (!access.allowed) return renderAccessNotice(access);
    return html`${this.renderViewOnlyNote(access)}${this.renderPanel()}`;
  }

  /** The panel's content, rendered only when access is allowed. */
  protected abstract renderPanel(): unknown;

  protected renderViewOnlyNote(access: Extract<AccessDecision, { allowed: true }>) {
    if (access.mode === 'manage' || !access.roleName) return nothing;
    return html`<p part="view-only" class="muted">${msg('access.viewOnly', { role: access.roleName })}</p>`;
  }

  /** Renders every state of a resource: loading, error with retry, empty and complete. */
  protected renderResource<T>(resource: ResourceState<T>, rendering: ResourceRendering<T>): unknown {
    if (resource.status === 'error' && resource.error) return this.renderError(resource.error, () => void resource.reload());
    if (resource.value === undefined) return rendering.loading ? rendering.loading() : renderLoading();
    const { value } = resource;
    if (rendering.isEmpty?.(value)) {
      return html`<div part="state empty">${rendering.empty ? rendering.empty() : msg('state.empty')}</div>`;
    }
    return rendering.complete(value);
  }

  /** Every state of a paged list (see `renderPagedList` in the kit's views). */
  protected renderPagedList<T>(list: PagedListState<T>, rendering: PagedListRendering<T>): unknown {
    return renderPagedList(list, rendering);
  }

  /** A failed request with its retry, as every element of the kit renders it. */
  protected renderError(error: SettingsApiError, retry?: () => void): TemplateResult {
    return renderErrorNotice(error, retry);
  }

}
