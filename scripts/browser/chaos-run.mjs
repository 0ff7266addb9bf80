// The chaos run: the demo as the `unstable` persona (about 30 % of requests fail — 500s, 429s,
// network errors, and writes carried out whose answer is lost), driven as a user would with
// role-scoped targets through every panel's read and write paths, for fixed seeds, in each selected
// engine (driver/: Chromium, Firefox ESR, WebKitGTK). A user who sees an error presses the button
// again. It counts what must never happen, and fails unless each count is 0 in every engine:
//   uncaught      — an exception or unhandled rejection in the page
//   lost input    — a failed save that emptied (or changed) what the user typed
//   stuck loading — a panel still loading after the retries had every chance to finish
//   disagreement  — the UI said "saved" and the mock server does not have it, a create made twice,
//                   or, after the area is opened again, the UI shows something the server does not hold
// Usage: node scripts/browser/chaos-run.mjs [--seeds 11,23,37] [--no-build]
//   ENGINES=chromium,firefox picks engines (default: every installed one; see engines.mjs).
import { openBrowser, page as doc, withTimeout } from './driver/index.mjs';
import { selectedEngines } from './engines.mjs';
import { serveDemoBuild } from './static-server.mjs';

const seedArg = process.argv.indexOf('--seeds');
const seeds = seedArg > 0 ? process.argv[seedArg + 1].split(',').map(Number) : [11, 23, 37];
const stuckAfterMs = 20_000;
const userRetries = 6;

// The production demo build (not the dev server): the same code a host ships, and quick to load.
const server = await serveDemoBuild();
const base = `${server.url}/`;
/** No action takes this long unless something hangs. */
const actionTimeout = 240_000;
const kinds = /** @type {const} */ (['uncaught', 'lost input', 'stuck loading', 'disagreement']);
/** The current engine's counts (the engines run one after another). */
let counts;
let problems;

function problem(kind, seed, what) {
  counts[kind]++;
  problems.push(`seed ${seed}: ${kind}: ${what}`);
}

/** What the mock server holds for the unstable persona, read inside the page. */
function server$(page, read) {
  return page.run(`(() => { const api = window.settingsDemo.db.actingAs('unstable'); return (${read})(api); })()`);
}

const companyId = (page) => page.evaluate(() => document.querySelector('settings-provider').context?.companyId);
const app = doc.css('settings-app');
const personaSwitcher = doc.byRole('combobox', { name: 'Persona', exact: true });

/** Waits until the open section has loaded: no busy status left, or an error the user retries. */
async function settled(page, seed, where) {
  const started = Date.now();
  for (;;) {
    const state = await page.evaluate(() => {
      const panel = document.querySelector('settings-app')?.shadowRoot?.querySelector('[part=content] > :not([part=header])');
      const root = panel?.shadowRoot;
      if (!root) return 'loading';
      if (root.querySelector('[part~=state][aria-busy=true]')) return 'loading'; // "Loading…" or a skeleton
      if (root.querySelector('[part~=error] button')) return 'error';
      return 'ready';
    });
    if (state === 'ready') return true;
    if (state === 'error') {
      counts.failuresSeen++;
      await page.click(app.byRole('button', { name: 'Try again' }).first());
    }
    if (Date.now() - started > stuckAfterMs) {
      problem('stuck loading', seed, where);
      return false;
    }
    await page.wait(100);
  }
}

/** Opens the area afresh at `section`, as a user following a deep link. */
async function open(page, seed, section) {
  // Each action's page gets its own failure stream, derived from the run's seed.
  const stream = seed * 100 + actions.findIndex((action) => action.section === section) + 1;
  await page.goto(`${base}?persona=unstable&section=${section}&chaos-seed=${stream}&chaos-latency=0-40&chaos-retry-after=0-1`);
  await page.waitVisible(app.byRole('navigation'), { timeout: stuckAfterMs }).catch(async () => {
    // The session did not load even with retries: the user presses Try again.
    counts.failuresSeen++;
    await page.click(doc.css('settings-provider').byRole('button', { name: 'Try again' }));
  });
  return settled(page, seed, section);
}

/**
 * Opens the area again in the same page — the demo signs in as someone else and back, which builds
 * a fresh provider and panels over the same mock server — as a user reloading would see it.
 */
async function reopen(page, seed, section) {
  for (const persona of ['owner', 'unstable']) {
    await page.select(personaSwitcher, { value: persona });
    await page.waitFor((id) => new URL(location.href).searchParams.get('persona') === id, persona, { message: `the URL did not follow to ${persona}` });
  }
  await page.waitVisible(app.byRole('navigation'), { timeout: stuckAfterMs });
  return settled(page, seed, `${section} (opened again)`);
}

/**
 * Presses `submit` until `success` shows, as a user who sees an error tries again. After each
 * failure, `kept()` must still be true (what was typed is there). Returns whether it succeeded.
 */
async function submitUntilDone(page, seed, name, { submit, success, failure, kept }) {
  for (let attempt = 0; attempt <= userRetries; attempt++) {
    await submit();
    const outcome = await page.firstShown({ done: success, failed: failure }, { timeout: stuckAfterMs }).catch(() => 'stuck');
    if (outcome === 'done') return true;
    if (outcome === 'stuck') {
      problem('stuck loading', seed, `${name}: no outcome`);
      return false;
    }
    counts.failuresSeen++;
    if (!(await kept())) problem('lost input', seed, `${name}: the input was not kept after a failed save`);
  }
  return false;
}

/** Each action: a section, what the user does there, and what the server must then hold. */
const actions = [
  {
    name: 'General: change the job title',
    section: 'personal/general',
    async run(page, seed) {
      const value = `Chaos tester ${seed}`;
      const field = app.byLabel('Job title');
      await page.fill(field, value);
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(app.byRole('button', { name: 'Save', exact: true })),
        success: app.byText('Your profile was saved.'),
        failure: app.byRole('alert'),
        kept: async () => (await page.inputValue(field)) === value,
      });
      return { saved, value, server: await server$(page, '(api) => api.getProfile().jobTitle') };
    },
    shown: (page) => page.inputValue(app.byLabel('Job title')),
  },
  {
    name: 'Preferences: switch to the dark theme',
    section: 'personal/preferences',
    async run(page, seed) {
      const dark = app.byRole('radio', { name: 'Dark' });
      await page.check(dark);
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(app.byRole('button', { name: 'Save changes' })),
        success: app.byText('Preferences saved.'),
        failure: app.byRole('alert'),
        kept: () => page.isChecked(dark),
      });
      return { saved, value: 'dark', server: await server$(page, '(api) => api.getPreferences().theme') };
    },
    shown: async (page) => ((await page.isChecked(app.byRole('radio', { name: 'Dark' }))) ? 'dark' : 'not dark'),
  },
  {
    name: 'Billing: edit the tax ID',
    section: 'organization/billing',
    async run(page, seed) {
      const value = `EU${seed}CHAOS`;
      await page.click(app.byRole('button', { name: 'Edit billing profile' }));
      const field = app.byLabel('Tax ID');
      await page.fill(field, value);
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(app.byRole('button', { name: 'Save', exact: true })),
        success: app.byText('Billing profile saved.'),
        failure: app.byRole('alert'),
        kept: async () => (await page.inputValue(field)) === value,
      });
      return { saved, value, server: await server$(page, '(api) => api.getBilling().profile?.taxId') };
    },
    shown: async (page) => (await page.texts(app.byText(/^EU\d+CHAOS$/)))[0] ?? null,
  },
  {
    name: 'Sites: add a site',
    section: 'company/sites',
    async run(page, seed) {
      const value = `Chaos depot ${seed}`;
      await page.click(app.byRole('button', { name: 'Add site', exact: true }));
      const dialog = doc.byRole('dialog', { name: 'Add site' });
      const name = dialog.byLabel('Name', { exact: true });
      await page.fill(name, value);
      await page.fill(dialog.byLabel('Address'), '1 Flaky Street');
      await page.fill(dialog.byLabel('Time zone'), 'Europe/Paris');
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(dialog.byRole('button', { name: 'Add site' })),
        success: app.byText(`${value} was added.`),
        failure: dialog.byRole('alert'),
        kept: async () => (await page.inputValue(name)) === value,
      });
      const company = await companyId(page);
      const named = await server$(page, `(api) => api.listSites(${JSON.stringify(company)}, { q: ${JSON.stringify(value)}, status: 'all' }).items.filter((s) => s.name === ${JSON.stringify(value)}).length`);
      return { saved, value: 1, server: named };
    },
    shown: (page) => page.count(app.byRole('row', { name: /Chaos depot/ })),
  },
  {
    name: 'Data preferences: switch units',
    section: 'company/data-preferences',
    async run(page, seed) {
      const units = app.byLabel('Units');
      const value = (await page.inputValue(units)) === 'imperial' ? 'metric' : 'imperial';
      await page.select(units, { value });
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(app.byRole('button', { name: 'Save changes' })),
        success: app.byText(/^Data preferences of .* saved\.$/),
        failure: app.byRole('alert'),
        kept: async () => (await page.inputValue(units)) === value,
      });
      const company = await companyId(page);
      return { saved, value, server: await server$(page, `(api) => api.getDataPreferences(${JSON.stringify(company)}).units`) };
    },
    shown: (page) => page.inputValue(app.byLabel('Units')),
  },
  {
    name: 'Data repository: change the retention period',
    section: 'organization/data-repository',
    async run(page, seed) {
      const retention = app.byLabel('Retention period');
      await page.select(retention, { index: 0 });
      const chosen = await page.inputValue(retention);
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(app.byRole('button', { name: 'Save', exact: true })),
        success: app.byText('Data repository settings saved. They apply to all companies.'),
        failure: app.byRole('alert'),
        kept: async () => (await page.inputValue(retention)) === chosen,
      });
      const server = await server$(page, '(api) => api.getDataRepository().retentionDays');
      return { saved, value: chosen === '' ? null : Number(chosen), server };
    },
    shown: async (page) => {
      const value = await page.inputValue(app.byLabel('Retention period'));
      return value === '' ? null : Number(value);
    },
  },
  {
    name: 'Members: invite someone to the company',
    section: 'company/members',
    async run(page, seed) {
      const email = `chaos.member.${seed}@example.com`;
      await page.click(app.byRole('button', { name: 'Invite member', exact: true }));
      const dialog = doc.byRole('dialog', { name: /^Invite a member to / });
      const field = dialog.byLabel('Email address');
      await page.fill(field, email);
      await page.select(dialog.byLabel('Role'), { index: 1 });
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(dialog.byRole('button', { name: 'Send invitation' })),
        success: app.byText(`Invitation email sent to ${email}.`),
        failure: dialog.byRole('alert'),
        kept: async () => (await page.inputValue(field)) === email,
      });
      const company = await companyId(page);
      const named = await server$(page, `(api) => api.listCompanyMembers(${JSON.stringify(company)}, { q: ${JSON.stringify(email)} }).total`);
      return { saved, value: 1, server: named };
    },
    shown: (page) => page.count(app.byRole('row', { name: /chaos\.member\.\d+@example\.com/ })),
  },
  {
    name: 'Admin team: invite a member',
    section: 'organization/admin-team',
    async run(page, seed) {
      const email = `chaos.${seed}@example.com`;
      await page.click(app.byRole('button', { name: 'Add member', exact: true }));
      const dialog = doc.byRole('dialog', { name: 'Add member' });
      const field = dialog.byLabel('Email address');
      await page.fill(field, email);
      await page.select(dialog.byLabel('Role'), { label: 'Billing manager' });
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(dialog.byRole('button', { name: 'Send invitation' })),
        success: app.byText(`Invitation email sent to ${email}.`),
        failure: dialog.byRole('alert'),
        kept: async () => (await page.inputValue(field)) === email,
      });
      const named = await server$(page, `(api) => api.listAdminTeam({ q: ${JSON.stringify(email)} }).total`);
      return { saved, value: 1, server: named };
    },
    shown: (page) => page.count(app.byRole('row', { name: /chaos\.\d+@example\.com/ })),
  },
  {
    name: 'API keys: create a key and see its secret once',
    section: 'organization/api-keys',
    async run(page, seed) {
      const name = `Chaos key ${seed}`;
      await page.click(app.byRole('button', { name: 'Create key', exact: true }));
      const dialog = doc.byRole('dialog', { name: 'Create key' });
      const field = dialog.byLabel('Name', { exact: true });
      await page.fill(field, name);
      const secret = doc.byRole('dialog', { name: `New API key “${name}”` });
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => page.click(dialog.byRole('button', { name: 'Create key' })),
        success: secret,
        failure: dialog.byRole('alert'),
        kept: async () => (await page.inputValue(field)) === name,
      });
      if (saved) {
        await page.check(secret.byLabel('I have saved this secret'));
        await page.click(secret.byRole('button', { name: 'Done' }));
      }
      const named = await server$(page, `(api) => api.listApiKeys({ q: ${JSON.stringify(name)}, status: 'all' }).items.filter((k) => k.name === ${JSON.stringify(name)}).length`);
      return { saved, value: 1, server: named };
    },
    shown: (page) => page.count(app.byRole('row', { name: /Chaos key/ })),
  },
];

/** One action in a fresh page: do it, compare with the server, open the area again and compare. */
async function act(page, seed, action) {
  if (!(await open(page, seed, action.section))) return;
  const result = await action.run(page, seed);
  // Said saved: the server must hold it, once (a lost answer retried must not create twice).
  if (result.saved && result.server !== result.value) {
    problem('disagreement', seed, `${action.name}: the UI said saved, the server holds ${JSON.stringify(result.server)}`);
  }
  if (!result.saved && typeof result.value === 'number' && result.server > 1) {
    problem('disagreement', seed, `${action.name}: created ${result.server} times`);
  }
  // Gave up after errors although the server has it (a lost answer, then "already exists").
  if (!result.saved && typeof result.value === 'number' && result.server === result.value) {
    problem('disagreement', seed, `${action.name}: the UI said it failed, the server created it`);
  }
  // Opened again, the UI shows what the server holds.
  if (!(await reopen(page, seed, action.section))) return;
  const expected = result.saved ? result.value : result.server ?? null;
  const shown = await action.shown(page);
  if (result.saved && shown !== expected) {
    problem('disagreement', seed, `${action.name}: after opening again the UI shows ${JSON.stringify(shown)}, the server ${JSON.stringify(expected)}`);
  }
}

/** Every seed's actions in one engine; answers how many kinds of problem it counted. */
async function runEngine(engine) {
  counts = { actions: 0, injected: 0, failuresSeen: 0, uncaught: 0, 'lost input': 0, 'stuck loading': 0, disagreement: 0 };
  problems = [];
  const started = Date.now();
  const browser = await openBrowser(engine);
  let injectedSeen = true;
  for (const seed of seeds) {
    for (const action of actions) {
      counts.actions++;
      let page;
      try {
        page = await withTimeout(browser.newPage(), 60_000, `${engine} did not open a page within 60 s`);
        await withTimeout(act(page, seed, action), actionTimeout, () => `no end after ${actionTimeout / 1000} s, at: ${page.lastAction}`);
      } catch (error) {
        problem('stuck loading', seed, `${action.name}: ${error.message.split('\n')[0]}`);
      } finally {
        if (page) {
          for (const error of await page.errors().catch(() => [])) problem('uncaught', seed, `${action.name}: ${error}`);
          // What the chaos did: failed API answers (500, 429) and answers that never arrived.
          const responses = await page.responses().catch(() => null);
          if (responses) counts.injected += responses.filter((r) => r.path.startsWith('/api/') && [0, 429, 500].includes(r.status)).length;
          else injectedSeen = false;
          await withTimeout(page.close(), 15_000, 'close').catch(() => {});
        }
      }
    }
  }
  await withTimeout(browser.close(), 30_000, 'close').catch(() => {});

  for (const line of problems) console.log(`${engine.padEnd(8)} ${line}`);
  const injected = injectedSeen ? `${counts.injected} API requests failed on purpose` : `the requests that failed on purpose are not observable in ${engine}`;
  console.log(
    `${engine.padEnd(8)} chaos run (${browser.version}): seeds ${seeds.join(', ')}; ${counts.actions} actions; ${injected}; ` +
      `${counts.failuresSeen} errors reached the user, who tried again; ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log(`${engine.padEnd(8)} ${kinds.map((kind) => `${kind}: ${counts[kind]}`).join(', ')}`);
  return kinds.filter((kind) => counts[kind] > 0).length;
}

const engines = selectedEngines();
let failed = 0;
for (const engine of engines) failed += await runEngine(engine);
server.close();
console.log(`${kinds.length * engines.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
