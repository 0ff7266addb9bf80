// Firefox ESR through puppeteer-core over WebDriver BiDi. Elements are found with lookup.mjs (BiDi
// has no role query that reaches into shadow roots); clicks and typing are real input (BiDi
// input.performActions); the init script is a BiDi preload script, so it runs before the page's own.
// Uncaught errors come from listeners in a preload script too: puppeteer's "pageerror" over BiDi
// is every error Firefox logs — a blocked inline style, a failed load — not only what was thrown.
import * as puppeteer from 'puppeteer-core';
import { firefoxLaunchOptions } from '../engines.mjs';
import { defaultTimeout, Page, viewport, watchErrors } from './page.mjs';

/** @param {{ initScript?: () => void }} options */
export async function openFirefox({ initScript } = {}) {
  const browser = await puppeteer.launch(firefoxLaunchOptions);
  return {
    engine: /** @type {const} */ ('firefox'),
    version: (await browser.version()).replace('/', ' '),
    initScriptEarly: true,
    async newPage({ isolated = false } = {}) {
      const own = isolated ? await browser.createBrowserContext() : undefined;
      const page = await (own ?? browser).newPage();
      // puppeteer 24 follows the viewport with emulation.setScreenOrientationOverride, which Firefox
      // 140 does not know; the viewport is set by then, so that one error is let through
      await page.setViewport(viewport).catch((error) => {
        if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
      });
      await page.evaluateOnNewDocument(watchErrors);
      if (initScript) await page.evaluateOnNewDocument(initScript);
      return new PuppeteerPage(page, own && (() => own.close()));
    },
    close: () => browser.close(),
  };
}

class PuppeteerPage extends Page {
  #requests = /** @type {string[]} */ ([]);
  #responses = /** @type {{ path: string, status: number }[]} */ ([]);

  #release;

  /** @param {import('puppeteer-core').Page} page @param {() => Promise<void>} [release] ends what the page alone used */
  constructor(page, release) {
    super('firefox');
    this.page = page;
    this.#release = release;
    page.setDefaultTimeout(defaultTimeout);
    page.on('request', (request) => this.#requests.push(new URL(request.url()).pathname));
    page.on('response', (response) => this.#responses.push({ path: new URL(response.url()).pathname, status: response.status() }));
    page.on('requestfailed', (request) => this.#responses.push({ path: new URL(request.url()).pathname, status: 0 }));
  }

  async goto(url) {
    this.lastAction = `open ${url}`;
    await this.page.goto(url);
  }

  run(expression) {
    return this.page.evaluate(expression);
  }

  async handle(expression) {
    const handle = (await this.page.evaluateHandle(expression)).asElement();
    if (!handle) throw new Error(`no element: ${expression.slice(-120)}`);
    return handle;
  }

  clickHandle(handle) {
    return handle.click();
  }

  async typeText(handle, text) {
    await this.page.keyboard.type(text);
  }

  /** BiDi's keyboard wants the character for Space (' '); the other names are puppeteer's. */
  press(key) {
    return this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }

  async requests() {
    return [...this.#requests];
  }

  async responses() {
    return [...this.#responses];
  }

  errors() {
    return this.run('window.__smokeErrors ?? []');
  }

  async close() {
    await this.page.close();
    await this.#release?.();
  }
}
