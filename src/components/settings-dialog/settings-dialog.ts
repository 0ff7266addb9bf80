import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from 'lit';

/** Fired when the dialog closed, whichever way (button, Escape, `open = false`). */
export class SettingsDialogClosedEvent extends Event {
  static readonly type = 'settings-dialog-closed';
  constructor() {
    // Stays inside the panel that owns the dialog: not a host-facing event.
    super(SettingsDialogClosedEvent.type, { bubbles: true, composed: false });
  }
}

let headingIds = 0;

/**
 * A modal dialog on the native `<dialog>`: the top layer, focus moved in and trapped while open
 * (the rest of the page is inert), Escape closes it unless `no-dismiss` is set, and focus returns
 * to whatever opened it.
 *
 * It has no shadow root on purpose. Its children are moved, as they are, into the native
 * `<dialog>` it creates inside itself, so the element with the dialog role *contains* the form:
 * role-scoped queries (`getByRole('dialog', { name }).getByLabel('Name')` in Playwright,
 * Testing Library's `within`) find the fields, and the owner's styles apply to them. The owner's
 * template keeps updating the children in place (Lit's markers move with them); children appended
 * later by script follow them in. Style it from the
 * owner's stylesheet (`settings-dialog > dialog`, included in the shared base styles).
 *
 * Children with `slot="actions"` are the buttons, shown end-aligned after the body; put the
 * primary action last.
 *
 * @summary Modal dialog used by the panels.
 * @tag settings-dialog
 * @csspart dialog - The native dialog.
 * @cssprop [--settings-dialog-width=32rem] - Maximum width.
 * @fires {SettingsDialogClosedEvent} settings-dialog-closed - The dialog closed (does not cross the shadow root it lives in).
 */
export class SettingsDialog extends ReactiveElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    open: { type: Boolean, reflect: true },
    noDismiss: { type: Boolean, attribute: 'no-dismiss' },
  };

  /** The dialog's title; also its accessible name. */
  heading = '';

  /** Whether the dialog is shown. */
  open = false;

  /** When set, Escape does not close the dialog (e.g. until a secret is acknowledged as saved). */
  noDismiss = false;

  readonly #dialog = document.createElement('dialog');
  readonly #heading = document.createElement('h2');
  /** Where focus goes back to when the dialog closes. */
  #opener: HTMLElement | null = null;
  /** Where focus came from when it moved into the content while the dialog was closed. */
  #focusedBeforeOpen: HTMLElement | null = null;
  /**
   * Between showModal() and the close being reported: each opening is reported closed once (one
   * closed and opened again before its close was reported counts as one).
   */
  #shown = false;

  constructor() {
    super();
    const id = `settings-dialog-heading-${++headingIds}`;
    this.#heading.id = id;
    this.#dialog.setAttribute('part', 'dialog');
    this.#dialog.setAttribute('aria-labelledby', id);
    this.#dialog.addEventListener('cancel', (event) => {
      // Escape: the owner decides whether the dialog may go.
      if (this.noDismiss) event.preventDefault();
    });
    this.#dialog.addEventListener('keydown', (event) => {
      // Chromium ignores a cancelled `cancel` without recent user activation; stop Escape earlier.
      if (event.key === 'Escape' && this.noDismiss) event.preventDefault();
    });
    this.#dialog.addEventListener('close', () => {
      // Closed and opened again before this event's task ran: it belonged to the earlier opening.
      if (!this.#dialog.open) this.#onClose();
    });
    this.addEventListener('focusin', ({ relatedTarget }) => {
      // The owner putting the user at a heading of the content before the dialog opens (WebKit
      // lets focus into a closed dialog): where focus came from is what opens it.
      if (this.#dialog.open || (relatedTarget instanceof Node && this.#holds(relatedTarget))) return;
      this.#focusedBeforeOpen = this.#returnable(relatedTarget);
    });
  }

  /** Light DOM: the native dialog and its content live where the owner's styles reach them. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Children a host appends later (not through a template) follow the first ones in. */
  readonly #latecomers = new MutationObserver(() => this.#adoptChildren());

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#dialog.parentNode !== this) {
      // Everything the owner rendered into us, markers included, moves into the native dialog.
      this.#dialog.replaceChildren(this.#heading, ...Array.from(this.childNodes));
      this.append(this.#dialog);
    }
    this.#latecomers.observe(this, { childList: true });
  }

  #adoptChildren(): void {
    const late = Array.from(this.childNodes).filter((node) => node !== this.#dialog);
    if (late.length > 0) this.#dialog.append(...late);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#latecomers.disconnect();
    // Torn down while open (the owner left the page): no modal may stay behind, and the owner is
    // told at once (a detached dialog's own close event is not dependable).
    if (this.#dialog.open) {
      this.#dialog.close();
      this.#onClose();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (changed.has('heading')) this.#heading.textContent = this.heading;
    if (!changed.has('open')) return;
    if (this.open && !this.#dialog.open && this.isConnected) {
      // Never an element of the dialog itself: it is hidden once the dialog closes. Reopened before
      // the last close was reported, the dialog keeps the opener it had.
      this.#opener = this.#returnable(deepActiveElement()) ?? this.#focusedBeforeOpen ?? this.#opener;
      this.#focusedBeforeOpen = null;
      this.#dialog.showModal();
      this.#shown = true;
    } else if (!this.open && this.#dialog.open) {
      this.#dialog.close();
    }
  }

  /** Closes the dialog and returns focus to what opened it. */
  close(): void {
    this.open = false;
  }

  #onClose(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.open = false;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new SettingsDialogClosedEvent());
  }

  /** `target` if focus can go back to it: an element outside this dialog, not the page's body. */
  #returnable(target: EventTarget | null): HTMLElement | null {
    return target instanceof HTMLElement && target !== document.body && !this.#holds(target) ? target : null;
  }

  /** Whether `node` is in the dialog, inside shadow roots of its content too. */
  #holds(node: Node): boolean {
    for (let inTree: Node | undefined = node; inTree; inTree = (inTree.getRootNode() as Partial<ShadowRoot>).host) {
      if (this.contains(inTree)) return true;
    }
    return false;
  }
}

/** The focused element, looking inside shadow roots (panels live in them). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'settings-dialog': SettingsDialog;
  }
  interface GlobalEventHandlersEventMap {
    'settings-dialog-closed': SettingsDialogClosedEvent;
  }
}
