import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { SessionCompany } from '../../api/types.js';
import { settingsContext, type SettingsContextValue } from '../../context/settings-context.js';
import { msg, withLocale } from '../../i18n/localize.js';
import { FloatingController } from '../../internal/floating-controller.js';
import { MenuKeyboard } from '../../internal/menu-keyboard.js';
import { menuStyles } from '../../styles/menu.js';
import { baseStyles } from '../../styles/tokens.js';
import { switcherStyles } from './settings-company-switcher.styles.js';

/** Above this many companies the menu gets a filter field (large organizations have hundreds). */
const filterThreshold = 8;

type OpenFocus = 'checked' | 'last' | 'filter';

/**
 * Picks the company the Company sections apply to. A menu button: Enter, Space or the arrow keys
 * open it, arrows/Home/End move, typing jumps to a company (or filters a long list), Escape closes.
 * Renders nothing when the user has no company, and plain text when they have exactly one.
 *
 * @summary The company switcher of the settings area.
 * @tag settings-company-switcher
 * @csspart trigger - The button that opens the menu.
 * @csspart popup - The floating panel holding the filter and the menu.
 * @cssprop [--settings-z-popup=1000] - z-index of the popup.
 */
export class SettingsCompanySwitcher extends LitElement {
  static override properties: PropertyDeclarations = {
    settings: { state: true },
    hideLabel: { type: Boolean, attribute: 'hide-label' },
    open: { state: true },
    filter: { state: true },
  };

  static override styles = [baseStyles, menuStyles, switcherStyles];

  /** The provider's context, kept current by `#settingsConsumer`. */
  protected settings?: SettingsContextValue;
  // A controller rather than @consume, whose code would otherwise come with the first load.
  // eslint-disable-next-line no-unused-private-class-members -- a controller: it works by being made
  #settingsConsumer = new ContextConsumer(this, { context: settingsContext, subscribe: true, callback: (settings) => (this.settings = settings) });

  /** Hides the visible "Company" label (it stays the accessible name), e.g. under a "Company" heading. */
  hideLabel = false;

  private open = false;
  private filter = '';

  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get trigger() {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part=trigger]');
  }
  private get popup() {
    return this.renderRoot?.querySelector<HTMLElement>('[part=popup]');
  }
  private get filterInput() {
    return this.renderRoot?.querySelector<HTMLInputElement>('input');
  }

  #floating = new FloatingController(this);
  #keyboard = new MenuKeyboard();
  /** Which item to focus once the menu has rendered. */
  #focusOnOpen: OpenFocus | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusout', this.#onFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusout', this.#onFocusOut);
    // Reopen nothing on reconnect: the position tracking and listeners were stopped.
    this.open = false;
    this.#floating.stop();
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
  }

  /** Updates in the provider's language: `msg` and the formatters speak it while it renders. */
  protected override performUpdate(): void {
    withLocale(this.settings?.locale, () => super.performUpdate());
  }

  protected override willUpdate(): void {
    // Nothing to switch between any more (e.g. after a session refresh): no menu.
    if (this.open && this.#companies.length < 2) this.open = false;
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open')) return;
    if (this.open && this.trigger && this.popup) {
      this.#floating.start(this.trigger, this.popup);
      document.addEventListener('pointerdown', this.#onDocumentPointerDown);
      this.#applyInitialFocus();
    } else {
      this.#floating.stop();
      document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
    }
  }

  get #companies(): SessionCompany[] {
    return this.settings?.session.companies ?? [];
  }

  get #visibleCompanies(): SessionCompany[] {
    const needle = this.filter.trim().toLocaleLowerCase();
    return needle ? this.#companies.filter((c) => c.name.toLocaleLowerCase().includes(needle)) : this.#companies;
  }

  get #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
  }

  #show(focus: OpenFocus): void {
    this.#focusOnOpen = this.#companies.length > filterThreshold && focus === 'checked' ? 'filter' : focus;
    this.filter = '';
    this.open = true;
  }

  #hide(returnFocus: boolean): void {
    this.open = false;
    if (returnFocus) this.trigger?.focus();
  }

  #applyInitialFocus(): void {
    const items = this.#items;
    const target = this.#focusOnOpen;
    this.#focusOnOpen = null;
    if (target === 'filter') this.filterInput?.focus();
    else if (target === 'last') items.at(-1)?.focus();
    else if (target === 'checked') (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
  }

  #choose(companyId: string): void {
    this.#hide(true);
    this.settings?.selectCompany(companyId);
  }

  #onTriggerKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#show(event.key === 'ArrowDown' ? 'checked' : 'last');
    }
  }

  #onTriggerClick(): void {
    if (this.open) this.#hide(false);
    else this.#show('checked');
  }

  #onMenuKeyDown(event: KeyboardEvent): void {
    this.#keyboard.handle(event, this.#items, {
      choose: (item) => {
        const id = item.dataset['companyId'];
        if (id) this.#choose(id);
      },
      close: (returnFocus) => this.#hide(returnFocus),
      ...(this.filterInput
        ? {
            beforeFirst: () => this.filterInput?.focus(),
            // With a filter field, typing goes there (the browser types the key into it).
            typed: () => {
              this.filterInput?.focus();
              return true;
            },
          }
        : {}),
    });
  }

  #onFilterKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.#items[0]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = this.#visibleCompanies[0];
      if (first) this.#choose(first.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#hide(true);
    }
  }

  /** Focus leaving the element (e.g. Tab from the filter field) closes the menu. */
  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.open && (!next || !(this.contains(next) || this.renderRoot.contains(next)))) this.open = false;
  };

  #onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.#hide(false);
  };

  get #labelClass(): string {
    return this.hideLabel ? 'label visually-hidden' : 'label';
  }

  protected override render() {
    const companies = this.#companies;
    if (companies.length === 0) return nothing;
    const current = this.settings?.company ?? null;
    if (companies.length === 1 && current) {
      return html`<span class=${this.#labelClass}>${msg('switcher.label')}</span><p class="single">${current.name}</p>`;
    }
    return html`
      <span class=${this.#labelClass} id="label">${msg('switcher.label')}</span>
      <button
        part="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${msg('switcher.button', { company: current?.name ?? msg('switcher.none') })}
        @click=${this.#onTriggerClick}
        @keydown=${this.#onTriggerKeyDown}
        @pointerenter=${this.#floating.prefetch}
        @focus=${this.#floating.prefetch}
      >
        ${current?.name ?? msg('switcher.none')}
      </button>
      <div part="popup" class="popup" popover="manual" ?hidden=${!this.open}>${this.#renderPopup(current)}</div>
    `;
  }

  #renderPopup(current: SessionCompany | null) {
    const visible = this.#visibleCompanies;
    return html`
      ${this.#companies.length > filterThreshold
        ? html`<input
            type="search"
            aria-label=${msg('switcher.filter')}
            placeholder=${msg('switcher.filter')}
            .value=${this.filter}
            @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
            @keydown=${this.#onFilterKeyDown}
          />`
        : nothing}
      <!-- tabindex -1: Chromium makes a scrolling list a Tab stop of its own; items are reached with the arrows. -->
      <ul id="menu" role="menu" tabindex="-1" aria-labelledby="label" @keydown=${this.#onMenuKeyDown}>
        ${visible.map(
          (company) => html`
            <li
              role="menuitemradio"
              tabindex="-1"
              aria-checked=${company.id === current?.id ? 'true' : 'false'}
              data-company-id=${company.id}
              @click=${() => this.#choose(company.id)}
            >
              <span>${company.name}</span>
              <span class="granted">${company.role.name}${company.grantedBy === 'organization' ? ` · ${msg('switcher.grantedByOrganization')}` : ''}</span>
            </li>
          `,
        )}
      </ul>
      <p class="no-match" role="status" ?hidden=${visible.length > 0}>${visible.length === 0 ? msg('switcher.noMatch') : ''}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-company-switcher': SettingsCompanySwitcher;
  }
}
