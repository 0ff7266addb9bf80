// One way for a browser check to drive Chromium, Firefox ESR and WebKitGTK: `openBrowser(engine)`
// answers a browser whose pages (page.mjs) take the same calls in every engine. What differs by
// engine is said where it differs (each adapter's header), and a check that cannot hold in an
// engine is skipped by the check itself, with the reason.
export { page, Target } from './lookup.mjs';
export { withTimeout } from './page.mjs';

/**
 * @typedef {object} Browser
 * @property {import('../engines.mjs').Engine} engine
 * @property {string} version  the browser and its version, for the log
 * @property {boolean} initScriptEarly  whether the init script runs before the page's own scripts
 * @property {(options?: { isolated?: boolean }) => Promise<import('./page.mjs').Page>} newPage  an `isolated`
 *   page shares no cache with the browser's other pages, before or after it (a context of its own;
 *   in WebKit, a WebDriver session of its own), and its context goes when it closes
 * @property {() => Promise<void>} close
 */

/**
 * Launches `engine`. `initScript` runs in every page, before the page's scripts where the driver
 * can (Chromium, Firefox), else right after the load (WebKit: see `initScriptEarly`).
 * @param {import('../engines.mjs').Engine} engine
 * @param {{ initScript?: () => void }} [options]
 * @returns {Promise<Browser>}
 */
export async function openBrowser(engine, options = {}) {
  switch (engine) {
    case 'chromium':
      return (await import('./playwright.mjs')).openChromium(options);
    case 'firefox':
      return (await import('./puppeteer.mjs')).openFirefox(options);
    case 'webkit':
      return (await import('./webdriver.mjs')).openWebkit(options);
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}
