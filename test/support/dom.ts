/**
 * Finding and using what a user sees, the same way in every test: by the words on screen, inside
 * the shadow root (or element) the control lives in. Each finder throws with what it looked for,
 * so a missing control fails as "no button 'Save'" rather than as a null dereference.
 */

type Scope = Element | ShadowRoot | Document;

/** Where to look: an element with a shadow root is searched inside it. */
function scopeOf(root: Scope): ParentNode {
  return root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
}

/** Visible text, whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose text is `name`, or `null` (for asserting it is not there). */
export function findButton(root: Scope, name: string): HTMLButtonElement | null {
  return [...scopeOf(root).querySelectorAll('button')].find((button) => text(button) === name) ?? null;
}

/** The button whose text is `name`; throws when there is none. */
export function button(root: Scope, name: string): HTMLButtonElement {
  const found = findButton(root, name);
  if (!found) throw new Error(`no button "${name}" (buttons: ${[...scopeOf(root).querySelectorAll('button')].map((b) => `"${text(b)}"`).join(', ')})`);
  return found;
}

/** The control a `<label>` with text `label` names (by its `for`), or its nested input. */
export function control<T extends HTMLElement = HTMLInputElement>(root: Scope, label: string): T {
  const scope = scopeOf(root);
  const found = [...scope.querySelectorAll('label')].find((l) => text(l) === label);
  const target = found?.htmlFor ? (scope as ParentNode & { getElementById?: (id: string) => HTMLElement | null }) : undefined;
  const byId = found?.htmlFor ? (target?.getElementById?.(found.htmlFor) ?? scope.querySelector<HTMLElement>(`#${CSS.escape(found.htmlFor)}`)) : null;
  const result = byId ?? found?.querySelector('input, select, textarea');
  if (!result) throw new Error(`no control labelled "${label}"`);
  return result as T;
}

/** Types `value` into a text field as a user would: the value, then an `input` event. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Chooses `value` in a select (or sets a checkbox) and fires `change`, as a user would. */
export function choose(control: HTMLSelectElement | HTMLInputElement, value: string | boolean): void {
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The link whose text is `name`; throws when there is none. */
export function link(root: Scope, name: string): HTMLAnchorElement {
  const links = [...scopeOf(root).querySelectorAll('a')];
  const found = links.find((a) => text(a) === name);
  if (!found) throw new Error(`no link "${name}" (links: ${links.map((a) => `"${text(a)}"`).join(', ')})`);
  return found;
}

/** The focused element, through the shadow roots it is in (a panel's controls live in one). */
export function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
