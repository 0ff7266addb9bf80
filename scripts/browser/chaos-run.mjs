// The chaos run: the demo as the `unstable` persona (about 30 % of requests fail — 500s, 429s,
// network errors, and writes carried out whose answer is lost), driven as a user would with
// role-scoped locators through every panel's read and write paths, for fixed seeds. A user who
// sees an error presses the button again. It counts what must never happen, and fails unless each
// count is 0:
//   uncaught      — an exception or unhandled rejection in the page
//   lost input    — a failed save that emptied (or changed) what the user typed
//   stuck loading — a panel still loading after the retries had every chance to finish
//   disagreement  — the UI said "saved" and the mock server does not have it, a create made twice,
//                   or, after the area is opened again, the UI shows something the server does not hold
// Usage: node scripts/browser/chaos-run.mjs [--seeds 11,23,37] [--no-build]
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveDemoBuild } from './static-server.mjs';

const seedArg = process.argv.indexOf('--seeds');
const seeds = seedArg > 0 ? process.argv[seedArg + 1].split(',').map(Number) : [11, 23, 37];
const stuckAfterMs = 20_000;
const userRetries = 6;

// The production demo build (not the dev server): the same code a host ships, and quick to load.
const server = await serveDemoBuild();
const base = `${server.url}/`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const counts = { actions: 0, injected: 0, failuresSeen: 0, uncaught: 0, 'lost input': 0, 'stuck loading': 0, disagreement: 0 };
const problems = [];

function problem(kind, seed, what) {
  counts[kind]++;
  problems.push(`seed ${seed}: ${kind}: ${what}`);
}

/** What the mock server holds for the unstable persona, read inside the page. */
function server$(page, read) {
  return page.evaluate(`(() => { const api = window.settingsDemo.db.actingAs('unstable'); return (${read})(api); })()`);
}

const companyId = (page) => page.evaluate(() => document.querySelector('settings-provider').context?.companyId);

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
      await page.locator('settings-app').getByRole('button', { name: 'Try again' }).first().click();
    }
    if (Date.now() - started > stuckAfterMs) {
      problem('stuck loading', seed, where);
      return false;
    }
    await page.waitForTimeout(100);
  }
}

/** Opens the area afresh at `section`, as a user following a deep link. */
async function open(page, seed, section) {
  // Each action's page gets its own failure stream, derived from the run's seed.
  const stream = seed * 100 + actions.findIndex((action) => action.section === section) + 1;
  await page.goto(`${base}?persona=unstable&section=${section}&chaos-seed=${stream}&chaos-latency=0-40&chaos-retry-after=0-1`);
  await page.locator('settings-app').getByRole('navigation').first().waitFor({ timeout: stuckAfterMs }).catch(async () => {
    // The session did not load even with retries: the user presses Try again.
    counts.failuresSeen++;
    await page.locator('settings-provider').getByRole('button', { name: 'Try again' }).click();
  });
  return settled(page, seed, section);
}

/**
 * Opens the area again in the same page — the demo signs in as someone else and back, which builds
 * a fresh provider and panels over the same mock server — as a user reloading would see it.
 */
async function reopen(page, seed, section) {
  await page.selectOption('#persona', 'owner');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('persona') === 'owner');
  await page.selectOption('#persona', 'unstable');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('persona') === 'unstable');
  await page.locator('settings-app').getByRole('navigation').first().waitFor({ timeout: stuckAfterMs });
  return settled(page, seed, `${section} (opened again)`);
}

/**
 * Presses `submit` until `success` shows, as a user who sees an error tries again. After each
 * failure, `kept()` must still be true (what was typed is there). Returns whether it succeeded.
 */
async function submitUntilDone(page, seed, name, { submit, success, failure, kept }) {
  for (let attempt = 0; attempt <= userRetries; attempt++) {
    await submit();
    const outcome = await Promise.race([
      success.waitFor({ timeout: stuckAfterMs }).then(() => 'done'),
      failure.waitFor({ timeout: stuckAfterMs }).then(() => 'failed'),
    ]).catch(() => 'stuck');
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

const panel = (page) => page.locator('settings-app');

/** Each action: a section, what the user does there, and what the server must then hold. */
const actions = [
  {
    name: 'General: change the job title',
    section: 'personal/general',
    async run(page, seed) {
      const value = `Chaos tester ${seed}`;
      const field = panel(page).getByLabel('Job title');
      await field.fill(value);
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => panel(page).getByRole('button', { name: 'Save', exact: true }).click(),
        success: panel(page).getByText('Your profile was saved.'),
        failure: panel(page).getByRole('alert').first(),
        kept: async () => (await field.inputValue()) === value,
      });
      return { saved, value, server: await server$(page, '(api) => api.getProfile().jobTitle') };
    },
    shown: (page) => panel(page).getByLabel('Job title').inputValue(),
  },
  {
    name: 'Preferences: switch to the dark theme',
    section: 'personal/preferences',
    async run(page, seed) {
      const dark = panel(page).getByRole('radio', { name: 'Dark' });
      await dark.check();
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => panel(page).getByRole('button', { name: 'Save changes' }).click(),
        success: panel(page).getByText('Preferences saved.'),
        failure: panel(page).getByRole('alert').first(),
        kept: () => dark.isChecked(),
      });
      return { saved, value: 'dark', server: await server$(page, '(api) => api.getPreferences().theme') };
    },
    shown: async (page) => ((await panel(page).getByRole('radio', { name: 'Dark' }).isChecked()) ? 'dark' : 'not dark'),
  },
  {
    name: 'Billing: edit the tax ID',
    section: 'organization/billing',
    async run(page, seed) {
      const value = `EU${seed}CHAOS`;
      await panel(page).getByRole('button', { name: 'Edit billing profile' }).click();
      const field = panel(page).getByLabel('Tax ID');
      await field.fill(value);
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => panel(page).getByRole('button', { name: 'Save', exact: true }).click(),
        success: panel(page).getByText('Billing profile saved.'),
        failure: panel(page).getByRole('alert').first(),
        kept: async () => (await field.inputValue()) === value,
      });
      return { saved, value, server: await server$(page, '(api) => api.getBilling().profile?.taxId') };
    },
    shown: async (page) => ((await panel(page).getByText(/^EU\d+CHAOS$/).count()) ? (await panel(page).getByText(/^EU\d+CHAOS$/).first().textContent()).trim() : null),
  },
  {
    name: 'Sites: add a site',
    section: 'company/sites',
    async run(page, seed) {
      const value = `Chaos depot ${seed}`;
      await panel(page).getByRole('button', { name: 'Add site', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add site' });
      await dialog.getByLabel('Name', { exact: true }).fill(value);
      await dialog.getByLabel('Address').fill('1 Flaky Street');
      await dialog.getByLabel('Time zone').fill('Europe/Paris');
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => dialog.getByRole('button', { name: 'Add site' }).click(),
        success: panel(page).getByText(`${value} was added.`),
        failure: dialog.getByRole('alert').first(),
        kept: async () => (await dialog.getByLabel('Name', { exact: true }).inputValue()) === value,
      });
      const company = await companyId(page);
      const named = await server$(page, `(api) => api.listSites(${JSON.stringify(company)}, { q: ${JSON.stringify(value)}, status: 'all' }).items.filter((s) => s.name === ${JSON.stringify(value)}).length`);
      return { saved, value: 1, server: named };
    },
    shown: async (page) => panel(page).getByRole('row', { name: /Chaos depot/ }).count(),
  },
  {
    name: 'Data preferences: switch units',
    section: 'company/data-preferences',
    async run(page, seed) {
      const units = panel(page).getByLabel('Units');
      const value = (await units.inputValue()) === 'imperial' ? 'metric' : 'imperial';
      await units.selectOption(value);
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => panel(page).getByRole('button', { name: 'Save changes' }).click(),
        success: panel(page).getByText(/^Data preferences of .* saved\.$/),
        failure: panel(page).getByRole('alert').first(),
        kept: async () => (await units.inputValue()) === value,
      });
      const company = await companyId(page);
      return { saved, value, server: await server$(page, `(api) => api.getDataPreferences(${JSON.stringify(company)}).units`) };
    },
    shown: (page) => panel(page).getByLabel('Units').inputValue(),
  },
  {
    name: 'Data repository: change the retention period',
    section: 'organization/data-repository',
    async run(page, seed) {
      const retention = panel(page).getByLabel('Retention period');
      await retention.selectOption({ index: 0 });
      const chosen = await retention.inputValue();
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => panel(page).getByRole('button', { name: 'Save', exact: true }).click(),
        success: panel(page).getByText('Data repository settings saved. They apply to all companies.'),
        failure: panel(page).getByRole('alert').first(),
        kept: async () => (await retention.inputValue()) === chosen,
      });
      const server = await server$(page, '(api) => api.getDataRepository().retentionDays');
      return { saved, value: chosen === '' ? null : Number(chosen), server };
    },
    shown: async (page) => {
      const value = await panel(page).getByLabel('Retention period').inputValue();
      return value === '' ? null : Number(value);
    },
  },
  {
    name: 'Members: invite someone to the company',
    section: 'company/members',
    async run(page, seed) {
      const email = `chaos.member.${seed}@example.com`;
      await panel(page).getByRole('button', { name: 'Invite member', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: /^Invite a member to / });
      await dialog.getByLabel('Email address').fill(email);
      await dialog.getByLabel('Role').selectOption({ index: 1 });
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => dialog.getByRole('button', { name: 'Send invitation' }).click(),
        success: panel(page).getByText(`Invitation email sent to ${email}.`),
        failure: dialog.getByRole('alert').first(),
        kept: async () => (await dialog.getByLabel('Email address').inputValue()) === email,
      });
      const company = await companyId(page);
      const named = await server$(page, `(api) => api.listCompanyMembers(${JSON.stringify(company)}, { q: ${JSON.stringify(email)} }).total`);
      return { saved, value: 1, server: named };
    },
    shown: async (page) => panel(page).getByRole('row', { name: /chaos\.member\.\d+@example\.com/ }).count(),
  },
  {
    name: 'Admin team: invite a member',
    section: 'organization/admin-team',
    async run(page, seed) {
      const email = `chaos.${seed}@example.com`;
      await panel(page).getByRole('button', { name: 'Add member', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add member' });
      await dialog.getByLabel('Email address').fill(email);
      await dialog.getByLabel('Role').selectOption({ label: 'Billing manager' });
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => dialog.getByRole('button', { name: 'Send invitation' }).click(),
        success: panel(page).getByText(`Invitation email sent to ${email}.`),
        failure: dialog.getByRole('alert').first(),
        kept: async () => (await dialog.getByLabel('Email address').inputValue()) === email,
      });
      const named = await server$(page, `(api) => api.listAdminTeam({ q: ${JSON.stringify(email)} }).total`);
      return { saved, value: 1, server: named };
    },
    shown: async (page) => panel(page).getByRole('row', { name: /chaos\.\d+@example\.com/ }).count(),
  },
  {
    name: 'API keys: create a key and see its secret once',
    section: 'organization/api-keys',
    async run(page, seed) {
      const name = `Chaos key ${seed}`;
      await panel(page).getByRole('button', { name: 'Create key', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Create key' });
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      const secret = page.getByRole('dialog', { name: `New API key “${name}”` });
      const saved = await submitUntilDone(page, seed, this.name, {
        submit: () => dialog.getByRole('button', { name: 'Create key' }).click(),
        success: secret,
        failure: dialog.getByRole('alert').first(),
        kept: async () => (await dialog.getByLabel('Name', { exact: true }).inputValue()) === name,
      });
      if (saved) {
        await secret.getByLabel('I have saved this secret').check();
        await secret.getByRole('button', { name: 'Done' }).click();
      }
      const named = await server$(page, `(api) => api.listApiKeys({ q: ${JSON.stringify(name)}, status: 'all' }).items.filter((k) => k.name === ${JSON.stringify(name)}).length`);
      return { saved, value: 1, server: named };
    },
    shown: async (page) => panel(page).getByRole('row', { name: /Chaos key/ }).count(),
  },
];

for (const seed of seeds) {
  for (const action of actions) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problem('uncaught', seed, `${action.name}: ${error.message}`));
    // What the chaos did: failed API answers (500, 429) and answers that never arrived.
    page.on('response', (response) => new URL(response.url()).pathname.startsWith('/api/') && [429, 500].includes(response.status()) && counts.injected++);
    page.on('requestfailed', (request) => new URL(request.url()).pathname.startsWith('/api/') && counts.injected++);
    try {
      counts.actions++;
      if (!(await open(page, seed, action.section))) continue;
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
      if (!(await reopen(page, seed, action.section))) continue;
      const expected = result.saved ? result.value : result.server ?? null;
      const shown = await action.shown(page);
      if (result.saved && shown !== expected) {
        problem('disagreement', seed, `${action.name}: after opening again the UI shows ${JSON.stringify(shown)}, the server ${JSON.stringify(expected)}`);
      }
    } catch (error) {
      problem('stuck loading', seed, `${action.name}: ${error.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
}

await browser.close();
server.close();

for (const line of problems) console.log(line);
console.log(
  `chaos run: seeds ${seeds.join(', ')}; ${counts.actions} actions; ${counts.injected} API requests failed on purpose; ` +
    `${counts.failuresSeen} errors reached the user, who tried again`,
);
const kinds = ['uncaught', 'lost input', 'stuck loading', 'disagreement'];
console.log(kinds.map((kind) => `${kind}: ${counts[kind]}`).join(', '));
const failed = kinds.filter((kind) => counts[kind] > 0).length;
console.log(`${kinds.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
