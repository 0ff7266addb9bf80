// What a check does with a page, written once for every engine. An adapter (playwright.mjs,
// puppeteer.mjs, webdriver.mjs) supplies the few things only its driver can do — navigate, run a
// script, click or type into an element, press a key, see requests and errors — and this class
// builds the rest on them: waiting for a state, and acting on an element found by role and name
// (lookup.mjs) as Playwright's locators do: wait until it is there, fail if several match.
import { lookupLibrary } from './lookup.mjs';

/** How long an action waits for its element, and `waitFor` for its state, unless told. */
export const defaultTimeout = 15_000;
const poll = 100;
/** Every engine's page size: Playwright's default, which Chromium gets. */
export const viewport = { width: 1280, height: 720 };

/**
 * A promise that rejects after `ms` with `message` (or what `message()` answers then), so that no
 * driver command can hang a check.
 * @template T
 * @param {Promise<T>} promise @param {number} ms @param {string | (() => string)} message
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, message) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(typeof message === 'function' ? message() : message)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Installed in the page by the adapters whose driver has no event for uncaught errors only: keeps
 * every uncaught exception and unhandled rejection in `window.__smokeErrors`.
 */
export function watchErrors() {
  if (window.__smokeErrors) return;
  window.__smokeErrors = [];
  addEventListener('error', (e) => window.__smokeErrors.push(String(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => window.__smokeErrors.push(`unhandled rejection: ${e.reason}`));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {import('./lookup.mjs').Target} Target
 * @typedef {{ resolve(steps: object[]): Element[], accessibleName(el: Element): string, role(el: Element): string | null }} Lookup
 */

export class Page {
  /** @param {import('../engines.mjs').Engine} engine */
  constructor(engine) {
    this.engine = engine;
    /** The last action, named in a timeout's message. */
    this.lastAction = 'open a page';
  }

  // --- what an adapter implements --------------------------------------------------------------

  /** Navigates and waits for the load event. */
  async goto(/** @type {string} */ url) {
    throw new Error(`goto(${url}) is not implemented`);
  }

  /** Evaluates a JavaScript expression in the page (a promise is awaited) and answers its JSON value. */
  async run(/** @type {string} */ expression) {
    throw new Error(`run(${expression.length} characters) is not implemented`);
  }

  /** A driver handle on the element an expression evaluates to. */
  async handle(/** @type {string} */ expression) {
    throw new Error(`handle(${expression.length} characters) is not implemented`);
  }

  /** Clicks the element as a user does (pointer input at its centre). */
  async clickHandle(handle) {
    throw new Error(`clickHandle(${handle}) is not implemented`);
  }

  /** Types `text` into the focused element, whose text is selected. */
  async typeText(handle, /** @type {string} */ text) {
    throw new Error(`typeText(${handle}, ${text}) is not implemented`);
  }

  /** Presses a key: 'Escape', 'Enter', 'Tab' or ' '. */
  async press(/** @type {string} */ key) {
    throw new Error(`press(${key}) is not implemented`);
  }

  /** The paths of the requests the page sent since it opened (including those a service worker answered). */
  async requests() {
    return /** @type {string[]} */ ([]);
  }

  /**
   * The answers to the page's requests since it opened, `status` 0 for one that failed without an
   * answer; null where the driver cannot see them.
   * @returns {Promise<{ path: string, status: number }[] | null>}
   */
  async responses() {
    return null;
  }

  /** Uncaught exceptions and unhandled rejections of the page since it opened. */
  async errors() {
    return /** @type {string[]} */ ([]);
  }

  async close() {}

  // --- built on those ---------------------------------------------------------------------------

  /**
   * Runs `fn(arg, lookup)` in the page and answers its JSON value. `fn` is sent as source: it may
   * use only its arguments. `lookup` is lookup.mjs's in-page half.
   * @template A, R
   * @param {(arg: A, lookup: Lookup) => R} fn
   * @param {A} [arg]
   * @returns {Promise<Awaited<R>>}
   */
  evaluate(fn, arg) {
    return this.run(`(${fn})(${JSON.stringify(arg ?? null)}, (${lookupLibrary})())`);
  }

  /** Polls `fn(arg, lookup)` until it answers something truthy, and answers that. */
  async waitFor(fn, arg, { timeout = defaultTimeout, message = 'the page never reached the state waited for' } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${message} (${timeout / 1000} s)`);
      await sleep(poll);
    }
  }

  /** Waits until `target` matches exactly one visible element that accepts input. */
  async #one(/** @type {Target} */ target, { timeout = defaultTimeout } = {}) {
    const found = await this.waitFor(
      (steps, { resolve }) => {
        const all = resolve(steps);
        if (all.length !== 1) return all.length > 1 ? { many: all.length } : null;
        const disabled = all[0].matches(':disabled') || all[0].getAttribute('aria-disabled') === 'true';
        return disabled ? null : { one: true };
      },
      target.steps,
      { timeout, message: `nothing enabled matches ${target}` },
    );
    if (found.many) throw new Error(`${found.many} elements match ${target}`);
    return this.handle(`(${lookupLibrary})().resolve(${JSON.stringify(target.steps)})[0]`);
  }

  async click(/** @type {Target} */ target) {
    this.lastAction = `click ${target}`;
    await this.clickHandle(await this.#one(target));
  }

  /** Replaces the text of a field with `text`, as typing does, and checks the field holds it. */
  async fill(/** @type {Target} */ target, /** @type {string} */ text) {
    this.lastAction = `fill ${target}`;
    const handle = await this.#one(target);
    await this.evaluate((steps, { resolve }) => {
      const field = resolve(steps)[0];
      field.focus();
      field.select?.();
    }, target.steps);
    await this.typeText(handle, text);
    const value = await this.evaluate((steps, { resolve }) => resolve(steps)[0]?.value, target.steps);
    if (value !== text) throw new Error(`${target} holds ${JSON.stringify(value)} after typing ${JSON.stringify(text)}`);
  }

  /** Chooses an option of a <select> as Playwright's selectOption does (sets it, fires input and change). */
  async select(/** @type {Target} */ target, /** @type {{ label?: string, value?: string, index?: number }} */ option) {
    this.lastAction = `select ${JSON.stringify(option)} in ${target}`;
    await this.#one(target);
    const chosen = await this.evaluate(
      ({ steps, option }, { resolve }) => {
        const select = /** @type {HTMLSelectElement} */ (resolve(steps)[0]);
        const index = [...select.options].findIndex((o, i) =>
          option.index !== undefined ? i === option.index : option.value !== undefined ? o.value === option.value : o.label === option.label,
        );
        if (index < 0) return null;
        select.selectedIndex = index;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return select.value;
      },
      { steps: target.steps, option },
    );
    if (chosen === null) throw new Error(`${target} has no option ${JSON.stringify(option)}`);
  }

  /** Clicks a checkbox or radio button unless it is checked, then checks that it is. */
  async check(/** @type {Target} */ target) {
    this.lastAction = `check ${target}`;
    const handle = await this.#one(target);
    const checked = () => this.evaluate((steps, { resolve }) => {
      const box = resolve(steps)[0];
      return box?.checked ?? box?.getAttribute('aria-checked') === 'true';
    }, target.steps);
    if (!(await checked())) await this.clickHandle(handle);
    if (!(await checked())) throw new Error(`${target} is not checked after a click`);
  }

  /** Waits until `target` matches at least one visible element. */
  async waitVisible(/** @type {Target} */ target, { timeout = defaultTimeout } = {}) {
    this.lastAction = `wait for ${target}`;
    await this.waitFor((steps, { resolve }) => resolve(steps).length > 0, target.steps, { timeout, message: `${target} did not show` });
  }

  /** Waits until nothing visible matches `target`. */
  async waitHidden(/** @type {Target} */ target, { timeout = defaultTimeout } = {}) {
    this.lastAction = `wait for ${target} to go`;
    await this.waitFor((steps, { resolve }) => resolve(steps).length === 0, target.steps, { timeout, message: `${target} is still shown` });
  }

  /**
   * Waits until one of `targets` shows, and answers its key: `firstShown({ done, failed })`.
   * @template {string} K
   * @param {Record<K, Target>} targets
   * @returns {Promise<K>}
   */
  firstShown(targets, { timeout = defaultTimeout } = {}) {
    this.lastAction = `wait for ${Object.values(targets).join(' or ')}`;
    const steps = Object.entries(targets).map(([key, target]) => [key, /** @type {Target} */ (target).steps]);
    return this.waitFor(
      (all, { resolve }) => all.find(([, steps]) => resolve(steps).length > 0)?.[0] ?? null,
      steps,
      { timeout, message: `none of ${Object.keys(targets).join(', ')} showed` },
    );
  }

  /** The text of what `target` matches now, trimmed. */
  texts(/** @type {Target} */ target) {
    return this.evaluate((steps, { resolve }) => resolve(steps).map((el) => el.textContent.trim()), target.steps);
  }

  /** How many visible elements match `target` now. */
  count(/** @type {Target} */ target) {
    return this.evaluate((steps, { resolve }) => resolve(steps).length, target.steps);
  }

  /** The accessible names of what `target` matches now. */
  names(/** @type {Target} */ target) {
    return this.evaluate((steps, { resolve, accessibleName }) => resolve(steps).map(accessibleName), target.steps);
  }

  /** The value of the one field `target` matches (a select's value, a text field's text). */
  async inputValue(/** @type {Target} */ target) {
    await this.#one(target);
    return this.evaluate((steps, { resolve }) => resolve(steps)[0].value, target.steps);
  }

  /** Whether the one checkbox or radio `target` matches is checked. */
  async isChecked(/** @type {Target} */ target) {
    await this.#one(target);
    return this.evaluate((steps, { resolve }) => resolve(steps)[0].checked, target.steps);
  }

  async wait(/** @type {number} */ ms) {
    await sleep(ms);
  }
}
