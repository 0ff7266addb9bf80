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

/** WebKitGTK through its own WebDriver server, which this launcher starts and stops. */
class WebkitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, capabilities: webkitCapabilities });
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

  async stop() {
    await super.stop();
    this.driverServer?.stop();
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
