// Chromium through Playwright. Actions go through Playwright's own locators (getByRole, getByLabel,
// getByText: its accessible-name computation is the reference), and each one also asks lookup.mjs
// — what Firefox and WebKit find elements with — which element it would pick: a disagreement fails
// the check, so a lookup that drifts from Playwright's shows here first, in the engine where both run.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { lookupLibrary } from './lookup.mjs';
import { defaultTimeout, Page, viewport } from './page.mjs';

/** @param {{ initScript?: () => void }} options */
export async function openChromium({ initScript } = {}) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport });
  if (initScript) await context.addInitScript(initScript);
  return {
    engine: /** @type {const} */ ('chromium'),
    version: `Chromium ${browser.version()}`,
    /** The init script runs before the page's own scripts. */
    initScriptEarly: true,
    async newPage({ isolated = false } = {}) {
      if (!isolated) return new PlaywrightPage(await context.newPage());
      const own = await browser.newContext({ viewport });
      if (initScript) await own.addInitScript(initScript);
      return new PlaywrightPage(await own.newPage(), () => own.close());
    },
    close: () => browser.close(),
  };
}

const pattern = (value) => (value && typeof value === 'object' ? new RegExp(value.source, value.flags) : value);

class PlaywrightPage extends Page {
  #requests = /** @type {string[]} */ ([]);
  #responses = /** @type {{ path: string, status: number }[]} */ ([]);
  #errors = /** @type {string[]} */ ([]);

  #release;

  /** @param {import('playwright').Page} page @param {() => Promise<void>} [release] ends what the page alone used */
  constructor(page, release) {
    super('chromium');
    this.page = page;
    this.#release = release;
    page.setDefaultTimeout(defaultTimeout);
    page.on('request', (request) => this.#requests.push(new URL(request.url()).pathname));
    page.on('response', (response) => this.#responses.push({ path: new URL(response.url()).pathname, status: response.status() }));
    page.on('requestfailed', (request) => this.#responses.push({ path: new URL(request.url()).pathname, status: 0 }));
    page.on('pageerror', (error) => this.#errors.push(String(error)));
  }

  async goto(url) {
    this.lastAction = `open ${url}`;
    await this.page.goto(url);
  }

  run(expression) {
    return this.page.evaluate(expression);
  }

  async requests() {
    return [...this.#requests];
  }

  async responses() {
    return [...this.#responses];
  }

  async errors() {
    return [...this.#errors];
  }

  async close() {
    await this.page.close();
    await this.#release?.();
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  /** The Playwright locator for a target. */
  locator(/** @type {import('./lookup.mjs').Target} */ target) {
    let locator = /** @type {import('playwright').Locator | import('playwright').Page} */ (this.page);
    for (const step of target.steps) {
      const exact = step.exact || undefined;
      if (step.role) locator = locator.getByRole(step.role, { name: pattern(step.name), exact });
      else if (step.label !== undefined) locator = locator.getByLabel(pattern(step.label), { exact });
      else if (step.text !== undefined) locator = locator.getByText(pattern(step.text), { exact });
      else locator = locator.locator(step.css);
      if (step.nth !== undefined) locator = locator.nth(step.nth);
    }
    return /** @type {import('playwright').Locator} */ (locator);
  }

  /** Fails unless lookup.mjs picks the one element Playwright picked. */
  async #agree(/** @type {import('./lookup.mjs').Target} */ target) {
    const locator = this.locator(target);
    await locator.waitFor();
    await locator.evaluate((element) => {
      window.__smokePicked = element;
    });
    const verdict = await this.run(`(() => {
      const { resolve, accessibleName } = (${lookupLibrary})();
      const found = resolve(${JSON.stringify(target.steps)});
      const picked = window.__smokePicked;
      delete window.__smokePicked;
      if (found.length === 1 && found[0] === picked) return null;
      return found.length + ' element(s): ' + found.slice(0, 3).map((el) => el.localName + ' "' + accessibleName(el) + '"').join(', ') + '; Playwright: ' + picked.localName + ' "' + accessibleName(picked) + '"';
    })()`);
    if (verdict) throw new Error(`lookup.mjs disagrees with Playwright on ${target}: ${verdict}`);
    return locator;
  }

  async click(target) {
    this.lastAction = `click ${target}`;
    await (await this.#agree(target)).click();
  }

  async fill(target, text) {
    this.lastAction = `fill ${target}`;
    await (await this.#agree(target)).fill(text);
  }

  async select(target, option) {
    this.lastAction = `select ${JSON.stringify(option)} in ${target}`;
    await (await this.#agree(target)).selectOption(option);
  }

  async check(target) {
    this.lastAction = `check ${target}`;
    await (await this.#agree(target)).check();
  }

  async inputValue(target) {
    return (await this.#agree(target)).inputValue();
  }

  async isChecked(target) {
    return (await this.#agree(target)).isChecked();
  }

  async waitVisible(target, { timeout = defaultTimeout } = {}) {
    this.lastAction = `wait for ${target}`;
    await this.locator(target).first().waitFor({ timeout });
  }

  async waitHidden(target, { timeout = defaultTimeout } = {}) {
    this.lastAction = `wait for ${target} to go`;
    // every match hidden (Playwright's waitFor({ state: 'hidden' }) wants at most one element)
    const locator = this.locator(target);
    const deadline = Date.now() + timeout;
    while ((await locator.count()) > 0) {
      if (Date.now() > deadline) throw new Error(`${target} is still shown (${timeout / 1000} s)`);
      await this.page.waitForTimeout(100);
    }
  }

  count(target) {
    return this.locator(target).count();
  }
}
