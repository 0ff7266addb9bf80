/**
 * Keyboard behaviour of an open menu (WAI-ARIA menu pattern), shared by every menu of the library:
 * arrows move with wrap-around, Home/End jump, Enter/Space choose, Escape closes and returns focus,
 * Tab closes and lets focus move on, a printable key jumps to the next item starting with the
 * letters typed within half a second.
 */
export interface MenuKeyHandlers {
  choose(item: HTMLElement): void;
  /** `returnFocus`: false for Tab, where focus moves on by itself. */
  close(returnFocus: boolean): void;
  /** Arrow up from the first item (e.g. back to a filter field). Wraps to the last item when absent. */
  beforeFirst?: () => void;
  /** A printable key; return true when handled (e.g. typed into a filter) to skip type-ahead. */
  typed?: (key: string) => boolean;
}

export class MenuKeyboard {
  #typed = { text: '', at: 0 };

  /** Handles a keydown on a menu item of `items`. */
  handle(event: KeyboardEvent, items: HTMLElement[], handlers: MenuKeyHandlers): void {
    const current = event.target as HTMLElement;
    const index = items.indexOf(current);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        if (index === 0 && handlers.beforeFirst) handlers.beforeFirst();
        else focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case ' ':
        // Mid-word (e.g. "Northwind H…") a space is part of what is typed, not a choice.
        if (Date.now() - this.#typed.at < 500) {
          this.#typeAhead(event.key, items);
          break;
        }
        if (current.getAttribute('aria-disabled') !== 'true') handlers.choose(current);
        break;
      case 'Enter':
        if (current.getAttribute('aria-disabled') !== 'true') handlers.choose(current);
        break;
      case 'Escape':
        handlers.close(true);
        break;
      case 'Tab':
        handlers.close(false);
        return;
      default:
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        if (!handlers.typed?.(event.key)) this.#typeAhead(event.key, items);
        return;
    }
    event.preventDefault();
  }

  #typeAhead(key: string, items: HTMLElement[]): void {
    const now = Date.now();
    this.#typed = { text: now - this.#typed.at < 500 ? this.#typed.text + key : key, at: now };
    const needle = this.#typed.text.toLocaleLowerCase();
    items.find((item) => (item.textContent ?? '').trim().toLocaleLowerCase().startsWith(needle))?.focus();
  }
}
