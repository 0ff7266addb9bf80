import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { SessionCompany } from '../../api/types.js';
import { settingsContext, type SettingsContextValue } from '../../context/settings-context.js';
import { msg } from '../../i18n/localize.js';
import { FloatingController } from '../../internal/floating-controller.js';
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
  static override styles = [baseStyles, switcherStyles];

  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected settings?: SettingsContextValue;

  /** Hides the visible "Company" label (it stays the accessible name), e.g. under a "Company" heading. */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;

  @state() private open = false;
  @state() private filter = '';

  @query('[part=trigger]') private trigger?: HTMLButtonElement;
  @query('[part=popup]') private popup?: HTMLElement;
  @query('input') private filterInput?: HTMLInputElement;

  #floating = new FloatingController(this);
  #typeahead = { text: '', at: 0 };
  /** Which item to focus once the menu has rendered. */
  #focusOnOpen: OpenFocus | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
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
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitemradio]') ?? [])];
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
    const items = this.#items;
    const index = items.indexOf(event.target as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        if (index === 0 && this.filterInput) this.filterInput.focus();
        else focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Enter':
      case ' ': {
        const id = (event.target as HTMLElement).dataset['companyId'];
        if (id) this.#choose(id);
        break;
      }
      case 'Escape':
        this.#hide(true);
        break;
      case 'Tab':
        this.#hide(false);
        return; // let focus move on
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.#typeAhead(event.key, items);
        return;
    }
    event.preventDefault();
  }

  /** Jumps to the next company whose name starts with what was typed in the last half second. */
  #typeAhead(key: string, items: HTMLElement[]): void {
    if (this.filterInput) {
      this.filterInput.focus();
      this.filter += key;
      return;
    }
    const now = Date.now();
    this.#typeahead = { text: now - this.#typeahead.at < 500 ? this.#typeahead.text + key : key, at: now };
    const needle = this.#typeahead.text.toLocaleLowerCase();
    items.find((item) => (item.dataset['name'] ?? '').toLocaleLowerCase().startsWith(needle))?.focus();
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
      >
        ${current?.name ?? msg('switcher.none')}
      </button>
      <div part="popup" ?hidden=${!this.open}>${this.open ? this.#renderPopup(current) : nothing}</div>
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
      <ul id="menu" role="menu" aria-labelledby="label" @keydown=${this.#onMenuKeyDown}>
        ${visible.map(
          (company) => html`
            <li
              role="menuitemradio"
              tabindex="-1"
              aria-checked=${company.id === current?.id ? 'true' : 'false'}
              data-company-id=${company.id}
              data-name=${company.name}
              @click=${() => this.#choose(company.id)}
            >
              <span>${company.name}</span>
              <span class="granted">${company.role.name}${company.grantedBy === 'organization' ? ` · ${msg('switcher.grantedByOrganization')}` : ''}</span>
            </li>
          `,
        )}
      </ul>
      ${visible.length === 0 ? html`<p class="no-match" role="status">${msg('switcher.noMatch')}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-company-switcher': SettingsCompanySwitcher;
  }
}
