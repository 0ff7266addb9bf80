import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FloatingController } from '../../internal/floating-controller.js';
import { MenuKeyboard } from '../../internal/menu-keyboard.js';
import { menuStyles } from '../../styles/menu.js';
import { baseStyles, t } from '../../styles/tokens.js';

export interface ActionMenuItem {
  value: string;
  label: string;
  /** Destructive actions are marked (colour and position are the owner's choice). */
  danger?: boolean;
  /** A disabled item stays visible and says why (`reason`), so nothing vanishes silently. */
  disabled?: boolean;
  reason?: string;
}

/** Fired when an enabled item is chosen. */
export class SettingsActionEvent extends Event {
  static readonly type = 'settings-action';
  constructor(readonly value: string) {
    // Stays inside the panel that owns the menu: not a host-facing event.
    super(SettingsActionEvent.type, { bubbles: true, composed: false });
  }
}

/**
 * A "more actions" menu button for a row. Keyboard as every menu of the library (arrows, Home/End,
 * type-ahead, Enter/Space, Escape returns focus to the button).
 *
 * @summary Row actions menu used by the panels.
 * @tag settings-action-menu
 * @csspart trigger - The menu button.
 * @csspart menu - The floating menu.
 * @fires {SettingsActionEvent} settings-action - An item was chosen (does not cross the shadow root it lives in).
 */
export class SettingsActionMenu extends LitElement {
  static override properties: PropertyDeclarations = {
    label: {},
    items: { attribute: false },
    open: { state: true },
  };

  static override styles = [
    baseStyles,
    menuStyles,
    css`
      :host {
        display: inline-block;
      }
      [part='trigger'] {
        min-inline-size: 2rem;
        padding-inline: ${t.space2};
      }
      [part='menu'] {
        min-inline-size: 12rem;
        max-inline-size: 20rem;
        list-style: none;
      }
      [role='menuitem'].danger {
        color: ${t.colorDanger};
      }
      [role='menuitem'][aria-disabled='true'] {
        cursor: not-allowed;
        color: ${t.colorTextMuted};
      }
      .reason {
        display: block;
        font-size: ${t.fontSizeSmall};
      }
    `,
  ];

  /** Accessible name of the button, e.g. "Actions for Ada Lovelace". */
  label = '';

  /** The actions. */
  items: ActionMenuItem[] = [];

  private open = false;

  // Looked up on each read, as @query does (whose code would otherwise come with the first load).
  private get trigger() {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part=trigger]');
  }
  private get menu() {
    return this.renderRoot?.querySelector<HTMLElement>('[part=menu]');
  }

  #floating = new FloatingController(this, { placement: 'bottom-end' });
  #keyboard = new MenuKeyboard();
  #focusLast = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open')) return;
    if (this.open && this.trigger && this.menu) {
      this.#floating.start(this.trigger, this.menu);
      document.addEventListener('pointerdown', this.#onDocumentPointerDown);
      const items = this.#items;
      (this.#focusLast ? items.at(-1) : items[0])?.focus();
    } else {
      this.#floating.stop();
      document.removeEventListener('pointerdown', this.#onDocumentPointerDown);
    }
  }

  get #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitem]')];
  }

  #show(focusLast: boolean): void {
    this.#focusLast = focusLast;
    this.open = true;
  }

  #hide(returnFocus: boolean): void {
    this.open = false;
    if (returnFocus) this.trigger?.focus();
  }

  #choose(value: string | undefined): void {
    const item = this.items.find((i) => i.value === value);
    if (!item || item.disabled) return;
    this.#hide(true);
    this.dispatchEvent(new SettingsActionEvent(item.value));
  }

  #onTriggerKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#show(event.key === 'ArrowUp');
    }
  }

  #onMenuKeyDown(event: KeyboardEvent): void {
    this.#keyboard.handle(event, this.#items, {
      choose: (item) => this.#choose(item.dataset['value']),
      close: (returnFocus) => this.#hide(returnFocus),
    });
  }

  #onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.#hide(false);
  };

  protected override render() {
    return html`
      <button
        part="trigger"
        type="button"
        aria-label=${this.label}
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => (this.open ? this.#hide(false) : this.#show(false))}
        @keydown=${this.#onTriggerKeyDown}
        @pointerenter=${this.#floating.prefetch}
        @focus=${this.#floating.prefetch}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      ${this.open
        ? html`<ul part="menu" class="popup" popover="manual" role="menu" aria-label=${this.label} @keydown=${this.#onMenuKeyDown}>
            ${this.items.map(
              (item) => html`
                <li
                  role="menuitem"
                  tabindex="-1"
                  class=${item.danger ? 'danger' : ''}
                  aria-disabled=${item.disabled ? 'true' : 'false'}
                  data-value=${item.value}
                  @click=${() => this.#choose(item.value)}
                >
                  ${item.label}${item.disabled && item.reason ? html`<span class="reason">${item.reason}</span>` : nothing}
                </li>
              `,
            )}
          </ul>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-action-menu': SettingsActionMenu;
  }
}
