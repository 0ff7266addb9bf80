// WebKitGTK (Safari's engine) through webdriverio over classic WebDriver, the only protocol
// WebKitWebDriver speaks. That protocol has no events and no scripts that run before the page's:
//   - the init script runs once the page has loaded, so whatever it watches (CSP violations) is
//     missed during the load — the caller must cover the load another way (demo-smoke.mjs uses the
//     policy's report-uri);
//   - uncaught errors are collected by listeners added at the same moment (an error thrown while
//     the page loads shows only as the check's failure to find what the page should render);
//   - requests are read from the page's Resource Timing entries (fetches a service worker answered
//     included), not from the network.
// WebKitWebDriver drives one window of one session: a "page" is that window, reset to about:blank
// when closed. A command that does not answer in time ends the session, and the next page gets a
// new one, so one stuck page cannot take the following checks with it.
import { Key, remote } from 'webdriverio';
import { startWebkitDriver, webkitCapabilities } from '../engines.mjs';
import { Page, viewport, watchErrors, withTimeout } from './page.mjs';

/** Longest a single WebDriver command may take before the session is given up. */
const commandTimeout = 30_000;

/** @param {{ initScript?: () => void }} options */
export async function openWebkit({ initScript } = {}) {
  const driver = await startWebkitDriver();
  /** @type {WebdriverIO.Browser | null} */
  let session = null;
  const connect = () =>
    remote({
      hostname: '127.0.0.1',
      port: driver.port,
      capabilities: { ...webkitCapabilities, timeouts: { pageLoad: commandTimeout, script: commandTimeout, implicit: 0 } },
      logLevel: 'error',
      connectionRetryCount: 0,
    });
  const start = async () => {
    const started = await withTimeout(connect(), commandTimeout * 2, 'WebKitWebDriver did not open a session');
    // the size Playwright gives Chromium: below it the demo's side panel squeezes <settings-app>
    // into its compact navigation
    await started.setWindowRect(null, null, viewport.width, viewport.height);
    return started;
  };
  session = await start().catch((error) => {
    driver.stop();
    throw error;
  });
  return {
    engine: /** @type {const} */ ('webkit'),
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    initScriptEarly: false,
    async newPage({ isolated = false } = {}) {
      if (isolated) {
        // A session of its own is a browser of its own: WebKit keeps a script it fetched (or failed
        // to fetch) in its memory cache, `no-store` or not, for every later page of the same window.
        // WebKitWebDriver holds one session at a time: the shared one ends, the next page starts anew.
        await session?.deleteSession().catch(() => {});
        session = null;
        const own = await start();
        const end = () => own.deleteSession().catch(() => {});
        return new WebdriverPage(own, initScript, () => void end(), end);
      }
      session ??= await start();
      return new WebdriverPage(session, initScript, () => {
        // a command hung: drop the session (its window may be stuck), the next page starts a new one
        const stuck = session;
        session = null;
        void stuck?.deleteSession().catch(() => {});
      });
    },
    async close() {
      await session?.deleteSession().catch(() => {});
      driver.stop();
    },
  };
}

const keys = { Escape: Key.Escape, Enter: Key.Enter, Tab: Key.Tab, ' ': ' ', Space: ' ' };

class WebdriverPage extends Page {
  #abandon;

  #release;

  /**
   * @param {WebdriverIO.Browser} session @param {(() => void) | undefined} initScript @param {() => void} abandon
   * @param {() => Promise<void>} [release] ends the session when the page is its only one (an isolated page)
   */
  constructor(session, initScript, abandon, release) {
    super('webkit');
    this.session = session;
    this.initScript = initScript;
    this.#abandon = abandon;
    this.#release = release;
    this.abandoned = false;
    this.closed = false;
  }

  /** Runs a WebDriver command, giving up on the session if it does not answer in time. */
  async #command(/** @type {() => Promise<any>} */ send, /** @type {string} */ what) {
    // a check that timed out may still be polling: it must not act on the next check's page
    if (this.closed) throw new Error(`the page is closed (${what})`);
    try {
      return await withTimeout(send(), commandTimeout, `WebKitWebDriver did not answer "${what}" within ${commandTimeout / 1000} s`);
    } catch (error) {
      if (/did not answer/.test(error.message) && !this.abandoned) {
        this.abandoned = true;
        this.#abandon();
      }
      throw error;
    }
  }

  async goto(url) {
    this.lastAction = `open ${url}`;
    await this.#command(() => this.session.url(url), `open ${url}`);
    await this.run(`(() => {
      if (window.__smokeErrors) return;
      (${watchErrors})();
      performance.setResourceTimingBufferSize(10000);
      ${this.initScript ? `(${this.initScript})();` : ''}
    })()`);
  }

  run(expression) {
    return this.#command(() => this.session.execute(`return ${expression}`), 'execute script');
  }

  /** The element's WebDriver id. */
  async handle(expression) {
    const reference = await this.#command(() => this.session.execute(`return ${expression}`), 'find an element');
    const id = reference && Object.values(reference)[0];
    if (typeof id !== 'string') throw new Error(`no element: ${expression.slice(-120)}`);
    return id;
  }

  clickHandle(id) {
    return this.#command(() => this.session.elementClick(id), 'click');
  }

  /**
   * Typing into WebKitGTK through WebDriver drops the spaces inside a string, so each word is
   * sent on its own and each space as a key of its own.
   */
  async typeText(id, text) {
    for (const piece of text.split(/( )/).filter(Boolean)) {
      await this.#command(() => this.session.elementSendKeys(id, piece), 'type');
    }
  }

  press(key) {
    return this.#command(() => this.session.keys(keys[key] ?? key), `press ${key}`);
  }

  requests() {
    return this.run(`performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)`);
  }

  errors() {
    return this.run('window.__smokeErrors ?? []');
  }

  async close() {
    if (this.abandoned || this.closed) return;
    if (this.#release) await withTimeout(this.#release(), commandTimeout, 'end the session').catch(() => {});
    else await this.#command(() => this.session.url('about:blank'), 'close the page').catch(() => {});
    this.closed = true;
  }
}
