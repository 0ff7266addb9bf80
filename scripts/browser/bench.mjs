// `npm run bench`: a benchmark, not a test — it prints figures and fails only if the demo breaks.
// A production build of the demo (vite.demo.config.ts) in headless Chromium, as the `large-org`
// persona (Globex: 200 companies, 10,000 admin-team members, 1,000 API keys, 5,000 sites) with no
// mock latency, so what is measured is our code and the browser:
//   - from the page's first byte to the first panel's rows;
//   - from each section's click to its content (rows, or its form);
//   - from a search keystroke in Sites to the matching rows (the 250 ms debounce included);
//   - the API requests each section sends (each should be needed once);
//   - the JS heap after visiting every section (after a garbage collection);
//   - the cumulative layout shift of opening each section, with 300 ms of mock latency so its
//     loading state shows first (Chromium's layout-shift entries, summed over 1.5 s after the click).
// Then what a slow device sees as the `owner` persona, also with no mock latency, at normal CPU speed and
// with the CPU slowed 4× (Chromium's CPU throttling, as Lighthouse's mobile profile does), in a new
// browser context with the cache disabled:
//   - a cold first load: from the page's first byte to General's form, with the JS files (count and
//     decoded size, from resource timing) that had loaded by then;
//   - with `prefetch=none`, from the click of a few sections to their content, while their code must
//     still load, with the JS files that started loading after the click ("chunk already loaded" if
//     none did: the section's code came with what was already there).
// Usage: node scripts/browser/bench.mjs [--no-build] [--runs 3]   (the median of the runs is printed)
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { layoutShiftOpening } from './layout-shift.mjs';
import { serveDemoBuild } from './static-server.mjs';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const server = await serveDemoBuild();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** In the page: resolves with the time (performance.now()) the open section shows its content. */
function whenContent() {
  return new Promise((resolve) => {
    const ready = () => {
      const root = document.querySelector('settings-app')?.shadowRoot?.querySelector('[part=content] > :not([part=header])')?.shadowRoot;
      if (!root || root.querySelector('[aria-busy=true]')) return false;
      return root.querySelector('tr[part=row], form, dl, [part~=empty], [part=access-notice], ul, table') !== null;
    };
    const poll = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(poll));
    poll();
  });
}

/** In the page: the JS files that started at or after `from` and had arrived by `to` (performance.now() times). */
function jsLoaded(from, to) {
  // by file name too: <link rel=modulepreload> reports initiatorType 'other'
  const files = performance.getEntriesByType('resource').filter((entry) => {
    const isScript = entry.initiatorType === 'script' || new URL(entry.name).pathname.endsWith('.js');
    return isScript && entry.startTime >= from && entry.responseEnd <= to;
  });
  // decoded: the code the browser parses; transferSize is 0 for what the mock service worker passes on
  return { files: files.length, bytes: files.reduce((sum, entry) => sum + entry.decodedBodySize, 0) };
}

/** Clicks the section link named `label`; resolves with click → content and the JS that loaded in between. */
function timeClick(page, label) {
  return page.evaluate(
    async ([name, contentSource, jsSource]) => {
      const rebuild = (source) => new Function(`return (${source})`)();
      const links = [...document.querySelector('settings-app').shadowRoot.querySelectorAll('[part~=nav-link]')];
      const link = links.find((a) => a.textContent.trim() === name);
      if (!link) throw new Error(`bench: no section link named "${name}"`);
      const start = performance.now();
      link.click();
      await new Promise((r) => requestAnimationFrame(r)); // a frame: the shell has replaced the previous section
      const shown = await rebuild(contentSource)();
      return { ms: shown - start, js: rebuild(jsSource)(start, shown) };
    },
    [label, whenContent.toString(), jsLoaded.toString()],
  );
}

async function run() {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) requests.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto(`${server.url}/?persona=large-org&section=company/sites&mock-latency=0-0`);
  const firstRows = await page.evaluate(async (source) => {
    const shown = await new Function(`return (${source})()`)();
    return shown - performance.getEntriesByType('navigation')[0].responseStart;
  }, whenContent.toString());

  const sections = [];
  const names = await page.locator('settings-app').getByRole('navigation').getByRole('link').allTextContents();
  for (const name of names.map((n) => n.trim())) {
    requests.length = 0;
    const { ms } = await timeClick(page, name);
    await page.waitForTimeout(300); // late requests of the section (e.g. a second page) are counted too
    const repeated = requests.filter((r, i) => requests.indexOf(r) !== i);
    sections.push({ name, ms, requests: requests.length, repeated: repeated.length });
  }

  // Search: Sites of the first company (5,000 sites), from the keystroke to the new rows.
  await page.locator('settings-app').getByRole('navigation').getByRole('link', { name: 'Sites' }).click();
  await page.locator('settings-app').getByRole('searchbox', { name: 'Search sites' }).waitFor();
  const search = await page.evaluate(async () => {
    const panel = document.querySelector('settings-app').shadowRoot.querySelector('settings-sites').shadowRoot;
    const box = panel.querySelector('input[type=search]');
    const before = panel.querySelector('tr[part=row]')?.textContent;
    const start = performance.now();
    box.value = '42';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => {
      const poll = () => {
        const first = panel.querySelector('tr[part=row]')?.textContent;
        if (first !== before && !panel.querySelector('[aria-busy=true]')) resolve();
        else requestAnimationFrame(poll);
      };
      poll();
    });
    return performance.now() - start;
  });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return { firstRows, sections, search, heap: usedSize };
}

/** Cumulative layout shift per section: how far content jumps while the section loads (0 is best). */
async function layoutShift() {
  const page = await browser.newPage();
  await page.goto(`${server.url}/?persona=owner&section=personal/general&mock-latency=300-300`);
  await page.locator('settings-app').getByRole('navigation').waitFor();
  const names = await page.locator('settings-app').getByRole('navigation').getByRole('link').allTextContents();
  const shifts = [];
  for (const name of names.map((n) => n.trim())) {
    shifts.push({ name, cls: await layoutShiftOpening(page, name, 1500) });
  }
  await page.close();
  return shifts;
}

/**
 * How far a host's footer right below `<settings-app>` moves once a section's data arrives: from
 * where it stood while the loading state showed to where it stands with the content. 0 means the
 * loading state held the space of what it loaded (the shell's own change of section is not counted).
 */
async function footerTravel() {
  const page = await browser.newPage();
  await page.goto(`${server.url}/?persona=owner&section=personal/general&mock-latency=300-300`);
  await page.locator('settings-app').getByRole('navigation').waitFor();
  await page.evaluate(() => {
    const footer = document.createElement('footer');
    footer.id = 'host-footer';
    footer.textContent = 'Host footer: © Example Inc. · Terms · Privacy';
    document.querySelector('settings-app').after(footer);
  });
  const names = await page.locator('settings-app').getByRole('navigation').getByRole('link').allTextContents();
  const travels = [];
  for (const name of names.map((n) => n.trim())) {
    const px = await page.evaluate(async (label) => {
      const footerTop = () => document.getElementById('host-footer').getBoundingClientRect().top + window.scrollY;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const links = [...document.querySelector('settings-app').shadowRoot.querySelectorAll('[part~=nav-link]')];
      links.find((a) => a.textContent.trim() === label).click();
      await frame();
      await frame();
      const whileLoading = footerTop();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      return Math.abs(footerTop() - whileLoading);
    }, name);
    travels.push(px);
  }
  await page.close();
  return travels;
}

/** The sections whose click is timed while their code must still load (names as the navigation shows them). */
const lazySections = ['Sites', 'API keys', 'Billing'];
const slowRates = [1, 4];

/**
 * A page in a new browser context, so nothing is cached, with the CPU `rate` times slower. The cache
 * is disabled too, so a reload or a second chunk request is never served from it either.
 */
async function newSlowPage(rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/** Cold first load: the page's first byte → General's form, and the JS loaded by then. */
async function coldFirstLoad(rate) {
  const page = await newSlowPage(rate);
  // 'commit', not 'load': the content may show before the load event, and is timed from the page
  await page.goto(`${server.url}/?persona=owner&section=personal/general&mock-latency=0-0`, { waitUntil: 'commit' });
  const result = await page.evaluate(
    async ([contentSource, jsSource]) => {
      const rebuild = (source) => new Function(`return (${source})`)();
      const shown = await rebuild(contentSource)();
      return { ms: shown - performance.getEntriesByType('navigation')[0].responseStart, js: rebuild(jsSource)(0, shown) };
    },
    [whenContent.toString(), jsLoaded.toString()],
  );
  await page.context().close();
  return result;
}

/** With no prefetching, each of `lazySections` clicked once (its code loads on that click, if it is separate). */
async function clicksWithCodeToLoad(rate) {
  const page = await newSlowPage(rate);
  await page.goto(`${server.url}/?persona=owner&section=personal/general&mock-latency=0-0&prefetch=none`);
  await page.evaluate(whenContent);
  await page.waitForTimeout(500); // the first load's last work (locale, late renders) is not billed to the first click
  const clicks = [];
  for (const name of lazySections) {
    clicks.push({ name, ...(await timeClick(page, name)) });
    await page.waitForTimeout(300); // the section's late work finishes before the next click
  }
  await page.context().close();
  return clicks;
}

/** One run of the slow-device measures, at each of `slowRates`. */
async function slowDeviceRun() {
  const byRate = {};
  for (const rate of slowRates) byRate[rate] = { cold: await coldFirstLoad(rate), clicks: await clicksWithCodeToLoad(rate) };
  return byRate;
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await run());
const slowRuns = [];
for (let i = 0; i < runs; i++) slowRuns.push(await slowDeviceRun());
const shifts = await layoutShift();
const travels = await footerTravel();
await browser.close();
server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
const rows = [
  ['first byte → first panel rows (Sites)', ms(median(results.map((r) => r.firstRows))), ''],
  ...results[0].sections.map((section, i) => [
    `click ${section.name} → content`,
    ms(median(results.map((r) => r.sections[i].ms))),
    `${section.requests} request${section.requests === 1 ? '' : 's'}${section.repeated ? `, ${section.repeated} repeated` : ''}`,
  ]),
  ['search keystroke → results (Sites, 250 ms debounce)', ms(median(results.map((r) => r.search))), ''],
  ['JS heap after every section (after GC)', `${(median(results.map((r) => r.heap)) / 1024 / 1024).toFixed(1)} MB`, ''],
  ...shifts.map(({ name, cls }, i) => [
    `opening ${name} (300 ms latency): layout shift; host footer moves`,
    `${cls.toFixed(3)}; ${Math.round(travels[i])} px`,
    'CLS; px',
  ]),
];
const kB = (bytes) => `${Math.round(bytes / 1024)} kB`;
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** The median of `pick` over the slow-device runs at CPU `rate`. */
const slowMedian = (rate, pick) => median(slowRuns.map((run) => pick(run[rate])));
/** `describe` of the JS `pick` gives at each CPU rate, said once when the rates agree. */
function jsAtEachRate(pick, describe) {
  const texts = slowRates.map((rate) => describe(slowMedian(rate, (r) => pick(r).files), slowMedian(rate, (r) => pick(r).bytes)));
  return new Set(texts).size === 1 ? texts[0] : texts.map((text, i) => `${slowRates[i]}×: ${text}`).join('; ');
}
const slowRows = [
  [
    'cold first byte → General form',
    ...slowRates.map((rate) => ms(slowMedian(rate, (r) => r.cold.ms))),
    jsAtEachRate((r) => r.cold.js, (files, bytes) => `${plural(files, 'JS file')}, ${kB(bytes)}`),
  ],
  ...lazySections.map((name, i) => [
    `click ${name} → content, code not prefetched`,
    ...slowRates.map((rate) => ms(slowMedian(rate, (r) => r.clicks[i].ms))),
    jsAtEachRate(
      (r) => r.clicks[i].js,
      (files, bytes) => (files === 0 ? 'chunk already loaded' : `${plural(files, 'new JS file')}, ${kB(bytes)}`),
    ),
  ]),
];

/** Prints `rows` under `header` in aligned columns: the first and last left-aligned, those between right-aligned. */
function printTable(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const pad = (cell, column) =>
    column === 0 ? cell.padEnd(widths[column]) : column === header.length - 1 ? cell : cell.padStart(widths[column]);
  for (const row of all) console.log(row.map(pad).join('  '));
}

const chromiumVersion = browser.version?.() ?? '';
console.log(`bench: large-org, production demo build, no mock latency, median of ${runs} runs (Chromium ${chromiumVersion})`);
printTable(['measure', 'time', 'requests'], rows);
console.log(`\nslow device: owner, no mock latency, a new browser context with the cache disabled, median of ${runs} runs`);
printTable(['measure', ...slowRates.map((rate) => `${rate}× CPU`), 'JS loaded meanwhile (decoded)'], slowRows);
