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
    const ms = await page.evaluate(
      async ([label, source]) => {
        const links = [...document.querySelector('settings-app').shadowRoot.querySelectorAll('[part~=nav-link]')];
        const link = links.find((a) => a.textContent.trim() === label);
        const start = performance.now();
        link.click();
        await new Promise((r) => requestAnimationFrame(r));
        const shown = await new Function(`return (${source})()`)();
        return shown - start;
      },
      [name, whenContent.toString()],
    );
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

const results = [];
for (let i = 0; i < runs; i++) results.push(await run());
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
console.log(`bench: large-org, production demo build, no mock latency, median of ${runs} runs (Chromium ${browser.version?.() ?? ''})`);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'measure'.padEnd(width)}  ${'time'.padStart(8)}  requests`);
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(8)}  ${note}`);
