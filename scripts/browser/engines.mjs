// The three browser engines every check runs in, as Debian ships them: Chromium, Firefox ESR (driven
// over WebDriver BiDi by puppeteer-core) and WebKitGTK, Safari's engine (driven over classic
// WebDriver by WebKitWebDriver, which needs a display, so it runs under Xvfb).
//
// `ENGINES=chromium,firefox` picks some; by default every installed engine runs, and with CI=true
// every engine must be installed (a missing one is an error that names the apt package).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const xvfbRunPath = '/usr/bin/xvfb-run';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */

/** What each engine needs on disk, and the apt package that provides it. */
const requirements = {
  chromium: { files: [chromiumPath], apt: 'chromium' },
  firefox: { files: [firefoxPath], apt: 'firefox-esr' },
  webkit: { files: [webkitDriverPath, miniBrowserPath, xvfbRunPath], apt: 'webkit2gtk-driver xvfb' },
};
export const allEngines = /** @type {Engine[]} */ (Object.keys(requirements));

/** The engines to run: `ENGINES` if set, else every installed one; throws when CI lacks one. */
export function selectedEngines() {
  const asked = process.env.ENGINES?.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of asked ?? []) {
    if (!allEngines.includes(/** @type {Engine} */ (name))) {
      throw new Error(`ENGINES: unknown engine "${name}" (known: ${allEngines.join(', ')})`);
    }
  }
  const wanted = /** @type {Engine[]} */ (asked ?? allEngines);
  const missing = wanted.filter((engine) => !isInstalled(engine));
  if (missing.length > 0 && (asked || process.env.CI)) {
    throw new Error(
      `not installed: ${missing.join(', ')}. Install with: apt-get install -y ${missing.map((e) => requirements[e].apt).join(' ')}`,
    );
  }
  for (const engine of missing) {
    console.warn(`[engines] ${engine} is not installed, so it is left out (apt-get install -y ${requirements[engine].apt})`);
  }
  return wanted.filter((engine) => !missing.includes(engine));
}

export function isInstalled(/** @type {Engine} */ engine) {
  return requirements[engine].files.every((file) => existsSync(file));
}

export const chromiumLaunchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };

/** puppeteer-core's options for Firefox ESR over WebDriver BiDi. */
export const firefoxLaunchOptions = {
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  // no telemetry, updates or first-run pages on a machine without internet
  extraPrefsFirefox: {
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  },
};

/** webdriverio's capabilities for WebKitGTK's MiniBrowser (classic WebDriver only). */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
  'wdio:enforceWebDriverClassic': true,
};

/** A free TCP port on localhost. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver on a display of its own and resolves once it answers `/status`.
 * @returns {Promise<{ port: number, stop(): void }>}
 */
export async function startWebkitDriver() {
  const port = await freePort();
  // detached: xvfb-run starts Xvfb and the driver as children; stop() ends the whole group
  const child = spawn(xvfbRunPath, ['-a', webkitDriverPath, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { port, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
}
