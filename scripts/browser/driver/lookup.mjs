// Finding an element the way a user names it — its role and accessible name, or its label, or its
// text — inside the page, through open shadow roots and slots (the flat tree). Playwright has this
// built in (getByRole, getByLabel, getByText); puppeteer over WebDriver BiDi and WebDriver classic
// have nothing that reaches into shadow roots by role, so the Firefox and WebKit adapters send this
// code with every lookup. It follows Playwright's rules where the checks depend on them: a string
// matches a case-insensitive substring unless `exact`, a RegExp is tested as is, elements hidden from
// assistive technology are left out, and an action on a target that matches several is an error.
//
// The accessible name is the subset of https://www.w3.org/TR/accname-1.2/ this library's markup
// needs (aria-labelledby, aria-label, <label>, legend, caption, alt, title, and name from content);
// the Chromium adapter checks on every lookup that it picks the element Playwright picks.

/** @typedef {{ role?: string, label?: string | Pattern, text?: string | Pattern, css?: string, name?: string | Pattern, exact?: boolean, nth?: number }} Step */
/** @typedef {{ source: string, flags: string }} Pattern  a RegExp on its way into the page */

/**
 * A target: the steps from the document to one element, each searched inside the previous one.
 * Reads like Playwright's locators: `byRole('dialog', { name: 'Add site' }).byLabel('Address')`.
 */
export class Target {
  /** @param {Step[]} steps */
  constructor(steps = []) {
    /** @readonly */ this.steps = steps;
  }

  /** @param {string} role @param {{ name?: string | RegExp, exact?: boolean }} [options] */
  byRole(role, options = {}) {
    return this.#then({ role, ...options, name: pattern(options.name) });
  }

  /** A form control by its accessible name (its <label>, aria-labelledby or aria-label). */
  byLabel(/** @type {string | RegExp} */ label, { exact = false } = {}) {
    return this.#then({ label: pattern(label), exact });
  }

  /** The innermost elements whose text matches. */
  byText(/** @type {string | RegExp} */ text, { exact = false } = {}) {
    return this.#then({ text: pattern(text), exact });
  }

  /** Elements matching a CSS selector (in the document, or in the flat tree under the previous step). */
  css(/** @type {string} */ selector) {
    return this.#then({ css: selector });
  }

  nth(/** @type {number} */ index) {
    const last = this.steps.at(-1);
    return new Target([...this.steps.slice(0, -1), { ...last, nth: index }]);
  }

  first() {
    return this.nth(0);
  }

  /** How the target reads in a failure message. */
  toString() {
    return this.steps.map(describeStep).join(' › ');
  }

  #then(/** @type {Step} */ step) {
    return new Target([...this.steps, step]);
  }
}

export const page = new Target();

function pattern(/** @type {string | RegExp | undefined} */ value) {
  return value instanceof RegExp ? { source: value.source, flags: value.flags } : value;
}

function describeStep(/** @type {Step} */ step) {
  const show = (/** @type {string | Pattern} */ v) => (typeof v === 'string' ? JSON.stringify(v) : `/${v.source}/${v.flags}`);
  const what = step.role
    ? `role=${step.role}${step.name === undefined ? '' : ` name=${show(step.name)}`}`
    : step.label !== undefined
      ? `label=${show(step.label)}`
      : step.text !== undefined
        ? `text=${show(step.text)}`
        : `css=${step.css}`;
  return `${what}${step.exact ? ' (exact)' : ''}${step.nth === undefined ? '' : ` [${step.nth}]`}`;
}

/**
 * The in-page half, sent as source and evaluated in the page (it closes over nothing). Returns
 * `{ resolve(steps), accessibleName(el), role(el) }`; `resolve` answers every element the steps match.
 */
export function lookupLibrary() {
  const nameFromContent = new Set([
    'button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab', 'tooltip', 'treeitem',
  ]);
  const controls = 'input, select, textarea, button, meter, output, progress, [role=textbox], [role=combobox], [role=searchbox], [role=checkbox], [role=radio], [role=switch], [role=slider], [role=spinbutton], [role=listbox]';

  /** The flat tree's children: a shadow root's in place of the light ones, a slot's assigned nodes. */
  function children(/** @type {Element | ShadowRoot | Document} */ node) {
    if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.children];
    if (node instanceof HTMLSlotElement) {
      // what is assigned (text only, too) replaces the fallback content
      return node.assignedNodes({ flatten: true }).length > 0 ? node.assignedElements({ flatten: true }) : [...node.children];
    }
    return node instanceof Document ? [node.documentElement] : [...node.children];
  }

  function* descendants(/** @type {Element | Document} */ node) {
    for (const child of children(node)) {
      yield child;
      yield* descendants(child);
    }
  }

  /** The flat tree's parent: the slot an element is assigned to, or the host of a shadow root. */
  function parentOf(/** @type {Element} */ element) {
    if (element.assignedSlot) return element.assignedSlot;
    const parent = element.parentNode;
    return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }

  /** The element whose box shows `element`: itself, or for `display: contents` its nearest parent with one. */
  function boxOf(/** @type {Element} */ element) {
    let box = element;
    while (box && getComputedStyle(box).display === 'contents') box = parentOf(box);
    return box;
  }

  /** Hidden from assistive technology: aria-hidden on the way up, no box (display: none) or invisible. */
  function hidden(/** @type {Element} */ element) {
    for (let node = element; node; node = parentOf(node)) {
      if (node.getAttribute('aria-hidden') === 'true') return true;
    }
    const box = boxOf(element);
    if (box && !box.checkVisibility()) return true;
    return getComputedStyle(element).visibility !== 'visible';
  }

  function role(/** @type {Element} */ element) {
    const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = element.localName;
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    switch (tag) {
      case 'a':
      case 'area':
        return element.hasAttribute('href') ? 'link' : null;
      case 'button':
        return 'button';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox' || type === 'radio') return type;
        if (type === 'search') return element.hasAttribute('list') ? 'combobox' : 'searchbox';
        if (type === 'number') return 'spinbutton';
        if (type === 'range') return 'slider';
        if (type === 'hidden') return null;
        return element.hasAttribute('list') ? 'combobox' : 'textbox';
      case 'textarea':
        return 'textbox';
      case 'select':
        return element.multiple || element.size > 1 ? 'listbox' : 'combobox';
      case 'option':
        return 'option';
      case 'dialog':
        return 'dialog';
      case 'nav':
        return 'navigation';
      case 'main':
        return 'main';
      case 'aside':
        return 'complementary';
      case 'ul':
      case 'ol':
      case 'menu':
        return 'list';
      case 'li':
        return 'listitem';
      case 'table':
        return 'table';
      case 'tr':
        return 'row';
      case 'td':
        return 'cell';
      case 'th':
        return element.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
      case 'fieldset':
        return 'group';
      case 'img':
        return element.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'progress':
        return 'progressbar';
      case 'output':
        return 'status';
      case 'hr':
        return 'separator';
      case 'form':
      case 'section':
        // named only by an author: aria-label, aria-labelledby or title
        if (!['aria-label', 'aria-labelledby', 'title'].some((a) => element.getAttribute(a)?.trim())) return null;
        return tag === 'form' ? 'form' : 'region';
      default:
        return /^h[1-6]$/.test(tag) ? 'heading' : null;
    }
  }

  /** The text a subtree contributes to a name: visible text, and the names of what is inside it. */
  function textOf(/** @type {Element} */ element, /** @type {Set<Element>} */ seen) {
    let text = '';
    const childNodes = element.shadowRoot
      ? [...element.shadowRoot.childNodes]
      : element instanceof HTMLSlotElement && element.assignedNodes({ flatten: true }).length > 0
        ? element.assignedNodes({ flatten: true })
        : [...element.childNodes];
    for (const node of childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      if (!(node instanceof Element) || seen.has(node) || ['script', 'style', 'template'].includes(node.localName)) continue;
      const style = getComputedStyle(node);
      // a slot, or any display: contents element, has no box of its own: what it holds counts
      if (node.getAttribute('aria-hidden') === 'true' || (style.display !== 'contents' && !node.checkVisibility())) continue;
      const block = !style.display.startsWith('inline') && style.display !== 'contents';
      const part = node.matches('input, select, textarea') ? '' : nameOf(node, seen, true);
      text += block ? ` ${part} ` : part;
    }
    return text;
  }

  function nameOf(/** @type {Element} */ element, /** @type {Set<Element>} */ seen, nested = false) {
    seen.add(element);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy && !nested) {
      const root = /** @type {Document | ShadowRoot} */ (element.getRootNode());
      const parts = labelledBy.split(/\s+/).map((id) => root.getElementById(id)).filter(Boolean);
      if (parts.length) return parts.map((part) => nameOf(part, seen, true)).join(' ');
    }
    const label = element.getAttribute('aria-label')?.trim();
    if (label) return label;
    if (!nested && 'labels' in element && element.labels?.length) {
      return [...element.labels].map((l) => textOf(l, new Set([...seen, element]))).join(' ');
    }
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) return element.value;
    if (element instanceof HTMLImageElement) return element.alt;
    const caption = element.localName === 'fieldset' ? 'legend' : element.localName === 'table' ? 'caption' : null;
    if (caption && !nested) {
      const first = element.querySelector(`:scope > ${caption}`);
      if (first) return textOf(first, seen);
    }
    if (nested || nameFromContent.has(role(element) ?? '')) {
      const text = textOf(element, seen);
      if (text.trim()) return text;
    }
    return element.getAttribute('title') ?? (nested ? '' : (element.getAttribute('placeholder') ?? ''));
  }

  function accessibleName(/** @type {Element} */ element) {
    return nameOf(element, new Set()).replace(/\s+/g, ' ').trim();
  }

  function matches(/** @type {string} */ value, /** @type {string | {source: string, flags: string}} */ wanted, exact = false) {
    const normal = value.replace(/\s+/g, ' ').trim();
    if (typeof wanted !== 'string') return new RegExp(wanted.source, wanted.flags).test(normal);
    const want = wanted.replace(/\s+/g, ' ').trim();
    return exact ? normal === want : normal.toLowerCase().includes(want.toLowerCase());
  }

  /** Every element `step` matches under `scope` (not `scope` itself), in tree order. */
  function matchStep(/** @type {Element | Document} */ scope, step) {
    const all = [...descendants(scope)];
    if (step.css) return all.filter((el) => el.matches(step.css));
    const visible = all.filter((el) => !hidden(el));
    if (step.role) {
      return visible.filter((el) => role(el) === step.role && (step.name === undefined || matches(accessibleName(el), step.name, step.exact)));
    }
    if (step.label !== undefined) {
      return visible.filter((el) => el.matches(controls) && matches(accessibleName(el), step.label, step.exact));
    }
    // text: the innermost elements whose text matches (a parent of a match is not one)
    const hits = visible.filter((el) => !['script', 'style', 'template'].includes(el.localName) && matches(textOf(el, new Set()), step.text, step.exact));
    return hits.filter((el) => !hits.some((other) => other !== el && parentChain(other).includes(el)));
  }

  function parentChain(/** @type {Element} */ element) {
    const chain = [];
    for (let node = parentOf(element); node; node = parentOf(node)) chain.push(node);
    return chain;
  }

  /** Every element the steps lead to. */
  function resolve(/** @type {object[]} */ steps) {
    let scopes = [document];
    for (const step of steps) {
      const found = [];
      for (const scope of scopes) for (const el of matchStep(scope, step)) if (!found.includes(el)) found.push(el);
      scopes = step.nth === undefined ? found : found.slice(step.nth, step.nth + 1);
    }
    return scopes;
  }

  return { resolve, accessibleName, role, hidden };
}
