import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { sectionLabel, type AccessDecision } from '../../access/evaluate-access.js';
import { getSection, isBuiltInSectionId, scopes, type Scope, type SectionDefinition, type SectionId } from '../../access/sections.js';
import { navigationContext, settingsContext, type SettingsContextValue, type SettingsNavigation } from '../../context/settings-context.js';
import { SettingsNavigateEvent } from '../../events/shell-events.js';
import { msg, withLocale } from '../../i18n/localize.js';
import { renderAccessNotice } from '../../internal/access-notice.js';
import { renderSkeleton, skeletonStyles } from '../../kit/views/skeleton.js';
import { baseStyles } from '../../styles/tokens.js';
import { panelParts, sharedParts } from './panel-parts.js';
import { SectionPrefetch, type PrefetchMode } from './prefetch.js';
import { SectionCode } from './section-code.js';
import { appStyles } from './settings-app.styles.js';

/**
 * The whole Settings area: navigation grouped Personal / Company / Organization showing only the
 * sections the user may use, the company switcher, a "Can't find a setting?" list explaining every
 * hidden section, and the selected section's panel. A section the user may not see (e.g. a deep
 * link) shows its explanation instead of its panel, so no request for its data is ever sent.
 *
 * A section's code arrives when it is first needed: ours by dynamic `import()` of its define module
 * (one chunk each in the host's bundle), a host's through its definition's `load`. While it loads
 * the section shows a skeleton; if it fails, an error with Try again. The sections the user may see
 * are fetched ahead when the browser is idle, and each when the pointer rests on or focus reaches
 * its link (`prefetch`). A panel already registered (`settings-elements/define` registers them all)
 * shows at once; a host section without `load` waits for the host to register its tag.
 *
 * Every part of the current section's panel reaches the page as `<section>-<part>`, `<section>`
 * being the last segment of the section id (`company/sites` → `sites-row`, `organization/api-keys`
 * → `api-keys-create-button`, a host's `acme/notifications` → `notifications-status`); the kit's
 * shared parts (those of `SettingsPanel`: `state`, `status`, `actions`, `list`, `row`, …), which
 * mean the same in every panel, also keep their bare name (`row`: the rows of whichever section is
 * shown). The company switcher's parts are `company-switcher-trigger` and `company-switcher-popup`.
 *
 * @summary The settings shell: navigation, company switcher and the current section.
 * @tag settings-app
 * @csspart section-menu - In a narrow container, the button that unfolds the navigation.
 * @csspart nav - The navigation column.
 * @csspart nav-link - Each section link; the current one has `aria-current="page"`.
 * @csspart hidden-help - The "Can't find a setting?" disclosure.
 * @csspart content - The current section.
 * @csspart header - The current section's scope, heading and scope description.
 * @csspart access-notice - Why the current section is not available.
 * @csspart panel-error - In place of a section's panel that threw while rendering (the console names the section), or whose code could not be loaded (with a Try again button).
 * @csspart row - A kit part of the current section's panel, bare: every row of its lists (likewise `state`, `skeleton`, `empty`, `error`, `view-only`, `status`, `actions`, `toolbar`, `list`, `row-actions`, `more`, `dialog`).
 * @csspart sites-row - A part of a section's panel as `<section>-<part>`: a row of Sites (likewise `sites-header`, `sites-status`, `api-keys-row`, `api-keys-create-button`, `general-avatar`, `billing-invoices`, … for every section and part).
 * @csspart company-switcher-trigger - The company switcher's button.
 * @csspart company-switcher-popup - The company switcher's menu.
 * @cssprop [--settings-app-nav-width=16rem] - Width of the navigation column.
 * @fires {SettingsNavigateEvent} settings-navigate - Before the section changes; cancel it to route yourself.
 */
export class SettingsApp extends LitElement {
  static override properties: PropertyDeclarations = {
    settings: { state: true },
    section: { reflect: true },
    linkTemplate: { attribute: 'link-template' },
    followHash: { type: Boolean, attribute: 'follow-hash' },
    prefetch: {},
    menuOpen: { state: true },
  };

  static override styles = [baseStyles, skeletonStyles, appStyles];

  /** The provider's context, kept current by `#settingsConsumer`. */
  protected settings?: SettingsContextValue;
  // A controller rather than @consume (and @provide below), whose code would otherwise come with
  // the first load.
  // eslint-disable-next-line no-unused-private-class-members -- a controller: it works by being made
  #settingsConsumer = new ContextConsumer(this, { context: settingsContext, subscribe: true, callback: (settings) => (this.settings = settings) });

  /** The section shown, by id (e.g. `organization/api-keys`). */
  section: string = 'personal/general';

  /** How section links are written; `{section}` is replaced by the id. Hosts with a router set a path. */
  linkTemplate = '#{section}';

  /**
   * Routes by the URL hash on its own: reads `#<section id>` on load and on back/forward, and writes
   * it on navigation. For hosts without a router; leave it off when you route yourself.
   */
  followHash = false;

  /**
   * When the code of sections not yet opened is fetched: `idle` (the default), every section the user
   * may see once the browser is idle, and each as the pointer rests on or focus reaches its link;
   * `intent`, only the latter; `none`, only when the section is opened (for metered connections).
   */
  prefetch: PrefetchMode = 'idle';

  /** Lets the panels link to other sections through this shell's routing (offered by `#navigationProvider`). */
  protected navigation: SettingsNavigation = {
    href: (section) => this.#href(section),
    navigate: (section) => this.navigate(section),
  };
  // eslint-disable-next-line no-unused-private-class-members -- a controller: it works by being made
  #navigationProvider = new ContextProvider(this, { context: navigationContext, initialValue: this.navigation });

  /** Panel elements are kept while the shell lives, so input survives leaving and coming back. */
  #panels = new Map<string, HTMLElement>();

  /** The section whose panel threw while rendering: shows an error until the user leaves it. */
  #failed?: SectionId | undefined;

  /** The sections' code: what has loaded, what is loading, what failed. */
  #code = new SectionCode(() => this.requestUpdate());
  #prefetcher = new SectionPrefetch(this, this.#code);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#onHashChange();
    // A panel may have been registered while we were away (we stop waiting when disconnected).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    stopWaiting(this);
  }

  /** Updates in the provider's language: `msg` and the formatters speak it while it renders. */
  protected override performUpdate(): void {
    withLocale(this.settings?.locale, () => super.performUpdate());
  }

  /** Navigates like a click on the section's link would (fires the cancelable event). */
  navigate(section: SectionId): boolean {
    if (!this.dispatchEvent(new SettingsNavigateEvent(section))) return false;
    this.section = section;
    this.menuOpen = false;
    if (this.followHash) location.hash = section;
    return true;
  }

  #onHashChange = (): void => {
    if (!this.followHash) return;
    const id = decodeHash(location.hash.slice(1));
    // Before the session loads every known id is taken; unknown ones wait for the registry.
    if (id && (this.settings?.sections.get(id) ?? !this.settings)) this.section = id;
  };

  #onLinkClick(event: MouseEvent, section: SectionId): void {
    // Modified clicks open the link the browser's way (new tab, window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.navigate(section);
  }

  #href(section: SectionId): string {
    return this.linkTemplate.replace('{section}', section);
  }

  #panelFor(section: SectionDefinition): HTMLElement | TemplateResult | undefined {
    const code = this.#code.status(section);
    if (code === 'loading') return renderSkeleton(loadingShape);
    if (code === 'failed') return codeError(() => void this.#retryCode(section));
    const constructor = customElements.get(section.tagName);
    if (!constructor) {
      // A host's section with no `load`, registered by the host later: render again once it exists.
      waitForPanel(section.tagName, this);
      return undefined;
    }
    let panel = this.#panels.get(section.tagName);
    if (!panel) {
      let created: HTMLElement;
      try {
        created = panel = new constructor();
      } catch (error) {
        // A host's element that cannot even be made: the same error in its section, and nowhere else
        // (shown by this render: a change made while rendering would wait for the next update).
        this.#panelFailed(section, error);
        return panelError();
      }
      // A panel's update that throws (its render, mostly) rejects its `updateComplete` and leaves it
      // blank: caught on every update, so a host's bug shows as an error in its section only. The
      // panel is made afresh when the user comes back (a late failure of a dropped one is ignored).
      (created as Partial<ReactiveControllerHost>).addController?.({
        hostUpdate: () =>
          void (created as unknown as ReactiveControllerHost).updateComplete.catch((error: unknown) => {
            if (this.#panels.get(section.tagName) !== created) return;
            this.#panels.delete(section.tagName);
            this.#panelFailed(section, error);
            this.requestUpdate();
          }),
      });
      created.setAttribute('exportparts', exportParts(section));
      this.#panels.set(section.tagName, panel);
    }
    return panel;
  }

  /** Try again after a section's code failed to load: its skeleton, then its panel, focus on its heading. */
  async #retryCode(section: SectionDefinition): Promise<void> {
    this.#code.retry(section);
    this.requestUpdate();
    await this.updateComplete;
    // The button is gone: focus stays in the section rather than falling to the page.
    this.renderRoot.querySelector<HTMLElement>('#section-heading')?.focus();
  }

  /** In a narrow container the navigation folds into the section menu: is it unfolded? */
  private menuOpen = false;

  /** Renders once more: a load that failed is tried again then. */
  #renderAgain = (): void => this.requestUpdate();

  #toggleMenu = (): void => {
    this.menuOpen = !this.menuOpen;
  };

  /** Escape folds the section menu again, back on its button. */
  #onNavKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('[part=section-menu]')?.focus();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('section')) this.#failed = undefined;
    // While the session loads, the code of the section to open comes too, rather than after it: one
    // of ours (a host's is known once the provider has its registry) that the user will most likely
    // see. Its data still waits for the access decision; with `prefetch="none"`, so does its code.
    if (!this.settings && this.prefetch !== 'none' && isBuiltInSectionId(this.section)) void this.#code.prefetch(getSection(this.section));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A new session (signed in, switched company) may open other sections: plan for those.
    // (`settings` is protected, so not a key of `this` from outside: the untyped map names it.)
    const plan = (changed as PropertyValues).has('settings') || changed.has('prefetch');
    if (plan) this.#prefetcher.planIdle(this.settings);
  }

  protected override render() {
    const settings = this.settings;
    if (!settings) return nothing;
    const decisions = new Map(settings.sections.all.map((s) => [s.id, settings.access(s.id)]));
    const current = settings.sections.get(this.section);
    return html`
      <div class="strut" aria-hidden="true"></div>
      <div class="frame"><div class="layout">
        <button
          part="section-menu"
          type="button"
          class="section-menu"
          aria-expanded=${String(this.menuOpen)}
          aria-controls="settings-nav"
          @click=${this.#toggleMenu}
        >
          ${msg('shell.sectionMenu', { section: current ? sectionLabel(current) : this.section })}
        </button>
        <nav id="settings-nav" part="nav" class=${this.menuOpen ? 'open' : ''} aria-label=${msg('shell.navLabel')} @keydown=${this.#onNavKeydown}>
          ${scopes.map((scope) => this.#renderGroup(scope, decisions))} ${this.#renderHiddenHelp(decisions)}
        </nav>
        <section part="content" aria-labelledby="section-heading">${this.#renderContent(decisions)}</section>
      </div></div>
    `;
  }

  #renderGroup(scope: Scope, decisions: Map<SectionId, AccessDecision>) {
    const visible = this.settings!.sections.inScope(scope).filter((s) => decisions.get(s.id)?.allowed);
    const hasCompanies = scope === 'company' && (this.settings?.session.companies.length ?? 0) > 0;
    if (visible.length === 0 && !hasCompanies) return nothing;
    if (hasCompanies) loadCompanySwitcher(this.#renderAgain);
    return html`
      <div>
        <p class="group-label" id="group-${scope}">${msg(`scope.${scope}`)}</p>
        ${hasCompanies
          ? html`<settings-company-switcher hide-label exportparts="trigger:company-switcher-trigger,popup:company-switcher-popup"></settings-company-switcher>`
          : nothing}
        <ul aria-labelledby="group-${scope}">
          ${visible.map(
            (s) => html`
              <li>
                <a
                  part="nav-link"
                  href=${this.#href(s.id)}
                  aria-current=${s.id === this.section ? 'page' : 'false'}
                  @click=${(e: MouseEvent) => this.#onLinkClick(e, s.id)}
                  @pointerenter=${(e: PointerEvent) => this.#prefetcher.onLinkIntent(s, e)}
                  @focus=${(e: FocusEvent) => this.#prefetcher.onLinkIntent(s, e)}
                  @pointerleave=${this.#prefetcher.onLinkLeave}
                  >${sectionLabel(s)}</a
                >
              </li>
            `,
          )}
        </ul>
      </div>
    `;
  }

  #renderHiddenHelp(decisions: Map<SectionId, AccessDecision>) {
    const hidden = this.settings!.sections.all.flatMap((s) => {
      const decision = decisions.get(s.id);
      return decision && !decision.allowed ? [{ section: s, decision }] : [];
    });
    return html`
      <details part="hidden-help">
        <summary>${msg('shell.hiddenHelp.summary')}</summary>
        ${hidden.length === 0
          ? html`<p>${msg('shell.hiddenHelp.none')}</p>`
          : html`
              <p>${msg('shell.hiddenHelp.intro')}</p>
              <ul>
                ${hidden.map(
                  ({ section, decision }) => html`
                    <li data-section=${section.id}>
                      <span class="hidden-name">${msg(`scope.${section.scope}`)} › ${sectionLabel(section)}</span>:
                      ${decision.message}
                    </li>
                  `,
                )}
              </ul>
            `}
      </details>
    `;
  }

  #renderContent(decisions: Map<SectionId, AccessDecision>) {
    const id = this.section;
    const section = this.settings!.sections.get(id);
    if (!section) {
      return html`
        <h2 id="section-heading">${msg('shell.unknownSection', { section: id })}</h2>
        <p><a href=${this.#href('personal/general')} @click=${(e: MouseEvent) => this.#onLinkClick(e, 'personal/general')}>${msg('shell.backToGeneral')}</a></p>
      `;
    }
    const decision = decisions.get(id)!;
    return html`
      <header part="header">
        <p class="scope-name">${msg(`scope.${section.scope}`)}</p>
        <h2 id="section-heading" tabindex="-1">${decision.allowed ? sectionLabel(section) : msg('shell.hiddenTitle', { section: sectionLabel(section) })}</h2>
        <p class="scope-description">${this.#scopeDescription(section.scope)}</p>
      </header>
      ${!decision.allowed
        ? renderAccessNotice(decision)
        : this.#failed === id
          ? panelError()
          : (this.#panelFor(section) ?? nothing)}
    `;
  }

  /** The section's panel threw: its error shows in its place until the user comes back to it. */
  #panelFailed(section: SectionDefinition, error: unknown): void {
    console.error(`Section "${section.id}": its panel threw.`, error);
    this.#failed = section.id;
  }

  #scopeDescription(scope: Scope): string {
    if (scope === 'organization') return msg('scope.organization.description');
    if (scope === 'personal') return msg('scope.personal.description');
    const company = this.settings?.company;
    return company ? msg('scope.company.description', { company: company.name }) : msg('scope.company.descriptionNoCompany');
  }
}

/** In place of a section's panel that threw. */
const panelError = () => html`<div part="panel-error" class="notice" role="alert"><p>${msg('shell.panelFailed')}</p></div>`;

/** In place of a section whose code failed to load (a flaky network, a deploy that replaced it). */
const codeError = (retry: () => void) => html`
  <div part="panel-error" class="notice" role="alert">
    <p>${msg('shell.sectionCodeFailed')}</p>
    <button type="button" @click=${retry}>${msg('state.retry')}</button>
  </div>
`;

/** While a section's code loads: the outline of a section, until its panel draws its own skeleton. */
const loadingShape = ['heading', 'text', 'text', 'text'] as const;

/**
 * Loads the company switcher, which the navigation shows only to users with companies, so the others
 * never fetch it. A failed load is logged and tried again at the next render of the shells that
 * asked (`renderAgain`), which each is asked for after a pause that doubles with each failure (2 s,
 * 4 s, … up to a minute): the switcher's place in the navigation does not stay empty once the
 * network is back.
 */
let switcherLoad: Promise<unknown> | undefined;
let switcherFailures = 0;
const switcherWaiting = new Set<() => void>();
function loadCompanySwitcher(renderAgain: () => void): void {
  // Every render asks: once the switcher is here, nothing is held for the shell that asked.
  if (customElements.get('settings-company-switcher')) return;
  switcherWaiting.add(renderAgain);
  switcherLoad ??= import('../../define/settings-company-switcher.js').then(
    () => {
      switcherFailures = 0;
      switcherWaiting.clear();
    },
    (error: unknown) => {
      console.error('The company switcher could not be loaded.', error);
      switcherLoad = undefined;
      const waiting = [...switcherWaiting];
      switcherWaiting.clear();
      setTimeout(() => waiting.forEach((render) => render()), Math.min(60_000, 2000 * 2 ** switcherFailures++));
    },
  );
}

/**
 * The `exportparts` of a section's panel: each of its parts as `<section>-<part>` (the last segment
 * of the section id), the kit's shared parts bare too. A host's panel has the kit's parts.
 */
function exportParts(section: SectionDefinition): string {
  const name = section.id.slice(section.id.lastIndexOf('/') + 1);
  const shared = sharedParts.split(' ');
  const parts = [...shared, ...(panelParts[section.tagName]?.split(' ') ?? [])];
  return [...shared, ...parts.map((part) => `${part}:${name}-${part}`)].join();
}

/** A hash a user typed or pasted may be malformed (`#100%`): treat it as no section, never throw. */
function decodeHash(hash: string): string | null {
  try {
    return decodeURIComponent(hash);
  } catch {
    return null;
  }
}

/**
 * Shells waiting for a panel tag to be registered. One `whenDefined` per tag for the whole page,
 * and shells leave the set when disconnected, so a tag that is never registered keeps no shell alive.
 */
const waitingForTag = new Map<string, Set<SettingsApp>>();

function waitForPanel(tagName: string, shell: SettingsApp): void {
  let shells = waitingForTag.get(tagName);
  if (!shells) {
    waitingForTag.set(tagName, (shells = new Set()));
    void customElements.whenDefined(tagName).then(() => {
      for (const waiting of waitingForTag.get(tagName) ?? []) waiting.requestUpdate();
      waitingForTag.delete(tagName);
    });
  }
  shells.add(shell);
}

function stopWaiting(shell: SettingsApp): void {
  for (const shells of waitingForTag.values()) shells.delete(shell);
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-app': SettingsApp;
  }
}
