import { LitElement, css, html, nothing } from 'lit';
import type { AccessDecision } from '../access/evaluate-access.js';
import type { SectionId } from '../access/sections.js';
import { msg } from '../i18n/localize.js';
import { formStyles } from '../styles/forms.js';
import { baseStyles, t } from '../styles/tokens.js';
import { renderAccessNotice } from '../internal/access-notice.js';
import { SectionController } from './section-controller.js';
import { skeletonStyles } from './views/skeleton.js';

/**
 * The layout of a panel's states and lists, part of `SettingsPanel.styles`; a sub-element that
 * renders the kit's views outside a panel adds it beside `baseStyles`, `formStyles` and `skeletonStyles`.
 */
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

/**
 * The baseline every panel inherits: `section` (a `SectionController` for the panel's
 * `sectionId`) consumes the provider's context, gates the panel's reads by the section's access,
 * refreshes the session on 403 and reports another company or user; the panel updates in the
 * provider's language (a string made outside the update, e.g. a status line after an `await`, is
 * made in `this.section.inLocale(() => msg(…))`); `render()` asks the access rules first,
 * rendering the explanation instead of the panel when denied and the view-only line when
 * read-only. Markup comes from the kit's views (`renderResource`, `renderField`,
 * `renderListTable`, `renderFormActions`, `renderDialogActions`, `renderStatusLine`, …), so every
 * panel, ours or a host's, shares one set of parts. In `<settings-app>` they reach the page bare
 * (`settings-app::part(row)`) and as `<section>-<part>` (`settings-app::part(sites-row)`):
 *
 * @csspart state - Loading, empty and error states (most with one of the three parts below).
 * @csspart skeleton - The placeholder rows and fields while loading (with `state`).
 * @csspart empty - "No sites yet" and the like (with `state`).
 * @csspart error - A read that failed, with its retry (with `state`).
 * @csspart view-only - The "View only: your role is …" line.
 * @csspart access-notice - Why the section is not available, shown instead of the panel.
 * @csspart status - The outcome of the last change ("Site Berlin added."), a polite live region.
 * @csspart actions - A form's Save and Cancel.
 * @csspart toolbar - The search, filters and main action above a list.
 * @csspart list - A list's table.
 * @csspart row - One row of it.
 * @csspart row-actions - The cell with a row's actions.
 * @csspart more - "Showing N of M" and the button that loads more rows.
 * @csspart dialog - A dialog the panel opens (`renderDialog`: the native dialog of a `<settings-dialog>`).
 */
export abstract class SettingsPanel extends LitElement {
  /** The tokens, the kit views' markup (forms, lists, status line, skeletons) and the panel's states. */
  static override styles = [baseStyles, formStyles, skeletonStyles, panelStyles];

  /** The section this panel renders; decides access. */
  protected abstract readonly sectionId: SectionId;

  /**
   * The panel's section: `settings`, `access`, `canManage`, and its reads, writes and dialogs
   * (`resource()`, `pagedList()`, `write()`, `dialog()`). Made before any field of a subclass, so
   * `companySwitched()` and `userChanged()` run before the panel's reads reload.
   */
  protected readonly section = new SectionController(this, () => this.sectionId, {
    companyChanged: () => this.companySwitched(),
    userChanged: () => this.userChanged(),
  });

  /**
   * Settles when every read and write of the panel has settled and the panel has rendered the
   * outcome (at once when nothing runs). Await it instead of polling: `await panel.taskComplete`.
   */
  get taskComplete(): Promise<void> {
    return this.section.taskComplete;
  }

  /** Updates in the provider's language: `msg` and the formatters speak it while the panel renders. */
  protected override performUpdate(): void {
    this.section.inLocale(() => super.performUpdate());
  }

  /**
   * Another company came on screen: drop what belonged to the last one (its draft, status line)
   * so nothing about one company shows under another's name. Runs before that update renders; the
   * reads reload and the section's dialogs close by themselves. Nothing by default.
   */
  protected companySwitched(): void {}

  /**
   * Another user is signed in (the host swapped the client, or the session now belongs to someone
   * else): drop everything that was the last user's — drafts, status lines — so it is neither
   * shown to nor saved for the new one. By default it does what `companySwitched()` does.
   */
  protected userChanged(): void {
    this.companySwitched();
  }

  protected override render() {
    const access = this.section.access;
    if (!this.section.settings || !access) return nothing;
    if (!access.allowed) return renderAccessNotice(access);
    return html`${renderViewOnlyNote(access)}${this.renderPanel()}`;
  }

  /** The panel's content, rendered only when access is allowed. */
  protected abstract renderPanel(): unknown;
}

function renderViewOnlyNote(access: Extract<AccessDecision, { allowed: true }>) {
  if (access.mode === 'manage' || !access.roleName) return nothing;
  return html`<p part="view-only" class="muted">${msg('access.viewOnly', { role: access.roleName })}</p>`;
}
