// web-test-runner launchers for the three engines (see engines.mjs for what each one drives).
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import {
  chromiumLaunchOptions,
  firefoxLaunchOptions,
  selectedEngines,
  startWebkitDriver,
  webkitCapabilities,
} from './engines.mjs';
import { withTimeout } from './driver/page.mjs';

/**
 * How long opening a test page, or leaving it, may take before the browser counts as stuck. It takes
 * well under a second; WebKitWebDriver, though, now and then never answers a navigation, and the
 * base class would leave that request to fail minutes later as an uncaught error that ends the run.
 */
const stuckAfter = 20_000;

/** `promise`, or a rejection once `stuckAfter` passed; its own later failure is then nobody's uncaught error. */
function settleWithin(promise, what) {
  promise.catch(() => {});
  return withTimeout(promise, stuckAfter, `${what}: no answer within ${stuckAfter / 1000} s`);
}

/**
 * WebKitGTK through its own WebDriver server, which this launcher starts and stops. A test page
 * that cannot be opened or left in time gets a new browser (a new server and session): the file
 * is opened there once more, and a page that cannot be left has reported its results already.
 * One browser replaces the stuck one however many calls find it stuck, and a call that began with
 * an earlier browser never acts on the new one's page.
 */
class WebkitLauncher extends WebdriverLauncher {
  /** Counts the browsers: a failure in an earlier one's call needs no new browser. */
  #generation = 0;
  /** The replacement under way, which every call waits for. */
  #replacing = Promise.resolve();

  constructor() {
    // Navigation answers once it has started, not once the page has loaded: the test page reports
    // over its own socket, and a load the driver waits for is where WebKitWebDriver got stuck.
    super({ hostname: '127.0.0.1', port: 0, capabilities: { ...webkitCapabilities, pageLoadStrategy: 'none' } });
    // WebKitWebDriver drives one window at a time, and the base class falls back to iframes,
    // which WebKitGTK's driver cannot switch into, whenever the run's concurrency is above 1.
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    this.driverServer = await startWebkitDriver();
    this.options.port = this.driverServer.port;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    await this.#replacing;
    await this.ensureManagerInitialized();
    const generation = this.#generation;
    try {
      await settleWithin(this.driverManager.startSession(id, url), 'opening a test page');
    } catch (error) {
      await this.#replaceBrowser(error, generation);
      await settleWithin(this.driverManager.startSession(id, url), 'opening a test page in a new browser');
    }
  }

  async stopSession(id) {
    await this.#replacing;
    // a page of a browser that was replaced is gone with it
    if (!this.driverManager?.isActive(id)) return {};
    const generation = this.#generation;
    try {
      return await settleWithin(this.driverManager.stopSession(id), 'leaving a test page');
    } catch (error) {
      await this.#replaceBrowser(error, generation);
      return {}; // no coverage from a page that could not be left
    }
  }

  async stop() {
    await this.#replacing;
    await super.stop();
    this.driverServer?.stop();
  }

  /** Replaces the browser of `generation`, unless another call did already; waits until it is done. */
  #replaceBrowser(error, generation) {
    if (generation === this.#generation) {
      this.#generation++;
      this.#replacing = this.#startNewBrowser(error);
    }
    return this.#replacing;
  }

  /** Ends the stuck server (and its browser) without waiting for it, and starts a new one. */
  async #startNewBrowser(error) {
    console.warn(`WebKit: ${error.message}; starting a new browser.`);
    clearInterval(this.pendingHeartbeat);
    this.driver = undefined;
    this.driverManager = undefined;
    this.driverServer?.stop();
    this.driverServer = await startWebkitDriver();
    this.options.port = this.driverServer.port;
    await this.ensureManagerInitialized();
  }
}

/**
 * A Firefox page whose viewport can be set: puppeteer 24 sets the screen orientation with every
 * viewport, a BiDi command Firefox ESR 140 does not know yet. The viewport itself is applied by the
 * first of the two commands, so the orientation's "unknown command" is the only error let through.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
    });
  return page;
}

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: chromiumLaunchOptions }),
  firefox: () => chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions, createPage: firefoxPage }),
  webkit: () => new WebkitLauncher(),
};

/** One launcher per selected engine. */
export function engineLaunchers() {
  return selectedEngines().map((engine) => launchers[engine]());
}
