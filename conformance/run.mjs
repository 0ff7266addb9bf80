#!/usr/bin/env node
// The conformance suite of the settings REST contract: run it against your own server to learn
// whether settings-elements can run on it. Over real HTTP it checks response shapes against
// openapi.json, paging, the error format, and the rules the server must enforce (who may do what,
// tenant and company isolation, the last Owner, API-key secrets, 401s). Writes clean up after
// themselves where the contract allows (revoked API keys stay listed as revoked), also when a check
// fails or the run stops.
//
//   node conformance/run.mjs --base-url https://staging.example.com/api --token-owner … [--token-admin …]
//   node conformance/run.mjs --mocks        # against the mock server, started here
//   import { runConformance } from './conformance/run.mjs'; await runConformance(['--mocks'])  # → exit code
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adminTeamChecks } from './checks/admin-team.mjs';
import { apiKeyLifecycleChecks } from './checks/api-key-lifecycle.mjs';
import { apiKeyChecks } from './checks/api-keys.mjs';
import { accessChecks } from './checks/access.mjs';
import { authChecks } from './checks/auth.mjs';
import { companyChecks } from './checks/company.mjs';
import { listChecks } from './checks/lists.mjs';
import { roleChecks } from './checks/roles.mjs';
import { settingsChecks } from './checks/settings.mjs';
import { tenancyChecks } from './checks/tenancy.mjs';
import { createSchemaSet, loadDocument, operationsOf } from './lib/document.mjs';
import { createHttpCaller } from './lib/http.mjs';
import { leftoversOf } from './lib/leftovers.mjs';
import { loadRoleMatrix } from './lib/role-matrix.mjs';
import { envOf, flagOf, roles, signIn } from './lib/roles.mjs';
import { createRunner, RunStopped } from './lib/runner.mjs';

/** Ends the checks after the first failure (--bail): the run cleans up and exits 1. */
class FirstFailure extends Error {}

const options = {
  'base-url': { type: 'string' },
  mocks: { type: 'boolean', default: false },
  'password-reset': { type: 'boolean', default: false },
  'max-page-size': { type: 'string', default: '100' },
  roles: { type: 'string' },
  bail: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
  ...Object.fromEntries(roles.map((role) => [flagOf(role), { type: 'string' }])),
};

const usage = `Usage: node conformance/run.mjs --base-url URL --token-owner TOKEN [--token-<role> TOKEN …] [--password-reset] [--max-page-size N] [--roles FILE] [--bail]
       node conformance/run.mjs --mocks [--roles FILE] [--bail]

Roles (a bearer token each, for users of one test tenant; or set ${envOf(roles[0])} etc.):
${roles.map((role) => `  --${flagOf(role).padEnd(20)} ${role.who}${role.name === 'owner' ? ' (required)' : ''}`).join('\n')}
Checks that need a role you leave out are skipped.

--password-reset  also send the owner a password-reset email (and a second one, which must get 429
                  with Retry-After): the contract's one rate limit a client can reach on purpose
--max-page-size N the largest page your server answers (default 100); a larger limit must be capped
                  to it, checked on a site list filled above it (and emptied again)
--roles FILE      a role matrix (JSON: role id → permissions, per scope; see conformance/roles.example.json):
                  every signed-in session must carry exactly its roles' rows. --mocks uses
                  conformance/roles.example.json, the mock server's model, unless given another
--bail            stop at the first failed check (after cleaning up): a quicker no, naming one failure
--mocks           start the mock API server (scripts/mock-api/server.mjs) and use its personas
--verbose         print what each check saw
Exit code: 0 all passed, 1 a check or a clean-up failed, 2 the run stopped or the options are wrong.`;

/**
 * Runs the suite as the command line `argv` asks (`['--mocks']`, …), printing as it goes, and
 * resolves to its exit code: 0 all passed, 1 a check or a clean-up failed, 2 the run stopped or the
 * options are wrong. With `signals` (as a command), Ctrl+C or a TERM stops the run after the check in
 * progress and still cleans up; a second one quits at once, leaving what the run created. Runs one
 * after another in one process share nothing but the loaded modules (conformance/mutations/ does that).
 */
export async function runConformance(argv, { signals = false } = {}) {
  let args;
  try {
    ({ values: args } = parseArgs({ args: argv, options }));
  } catch (error) {
    // An unknown option, a missing value or a stray argument: say which, then how to call it.
    console.error(`conformance: ${error.message}\n\n${usage}`);
    return 2;
  }

  if (args.help) {
    console.log(usage);
    return 0;
  }
  if (!args['base-url'] && !args.mocks) {
    console.error(`conformance: give --base-url (your server) or --mocks\n\n${usage}`);
    return 2;
  }
  if (args.mocks && args['base-url']) {
    console.error('--mocks starts its own server: leave out --base-url (or --mocks, to check your server).');
    return 2;
  }
  const maxPageSize = Number(args['max-page-size']);
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1) {
    console.error(`conformance: --max-page-size must be a whole number of at least 1, not ${JSON.stringify(args['max-page-size'])}\n\n${usage}`);
    return 2;
  }

  const started = performance.now();
  const doc = loadDocument();
  // The mocks' own role model by default: a change to it that the file does not follow fails the run.
  const rolesFile = args.roles ?? (args.mocks ? path.relative(process.cwd(), fileURLToPath(new URL('./roles.example.json', import.meta.url))) : undefined);
  let roleMatrix;
  try {
    roleMatrix = rolesFile && loadRoleMatrix(rolesFile, doc);
  } catch (error) {
    console.error(`conformance: --roles ${error.message}`);
    return 2;
  }

  let stopRequested;
  const onSignal = (signal) => {
    if (stopRequested) process.exit(130);
    stopRequested = `${signal} received`;
    console.error(`\nconformance: ${signal}: stopping after the current check, then cleaning up (${signal} again quits at once, leaving test records behind)`);
  };
  if (signals) for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, onSignal);

  let server;
  let tokens = Object.fromEntries(roles.map((role) => [role.name, args[flagOf(role)] ?? process.env[envOf(role)]]));
  let baseUrl = args['base-url'];
  const runner = createRunner({ verbose: args.verbose });
  let suite;
  let stopped;
  let bailed = false;
  try {
    if (args.mocks) {
      const { startMockApiServer } = await import('../scripts/mock-api/server.mjs');
      // A few ms per answer, so that requests sent at once overlap on the server, as they would on yours.
      server = await startMockApiServer({ port: 0, latency: [1, 4] });
      baseUrl = server.url;
      tokens = Object.fromEntries(roles.map((role) => [role.name, server.tokens[role.persona]]));
    }
    const call = createHttpCaller({ baseUrl, doc });
    const signedIn = await signIn(call, tokens).catch((error) => {
      throw error instanceof RunStopped ? error : new RunStopped(`the server cannot be reached: ${error.message}`);
    });
    console.log(`Conformance of ${baseUrl} to openapi.json ${doc.info.version} (${operationsOf(doc).length} operations)`);
    for (const role of roles) {
      const state = signedIn[role.name];
      const line = !state
        ? 'not given: its checks are skipped'
        : !state.session
          ? `does not sign in (${state.problem})`
          : `${state.session.user.name}${state.session.organization ? `, ${state.session.organization.role.name} at ${state.session.organization.name}` : ', no organization'}${state.fits ? '' : ` — not ${role.who}: checks that rely on it are skipped`}`;
      console.log(`  ${role.name.padEnd(13)} ${line}`);
    }

    const clock = server && { advance: (seconds) => server.advanceClock(seconds) };
    suite = createSuite({
      doc,
      call,
      runner,
      signedIn,
      passwordReset: args['password-reset'] || args.mocks,
      maxPageSize,
      roleMatrix,
      clock,
      bail: args.bail,
      stopRequested: () => stopRequested,
    });
    for (const checks of [roleChecks, authChecks, accessChecks, listChecks, settingsChecks, adminTeamChecks, apiKeyChecks, apiKeyLifecycleChecks, companyChecks, tenancyChecks]) {
      await checks(suite);
    }
  } catch (error) {
    if (error instanceof FirstFailure) bailed = true;
    else if (error instanceof RunStopped) stopped = error.message;
    else {
      // A fault outside any check (the suite's own code, or an answer it could not read): stop, but clean up.
      stopped = `unexpected ${error?.name ?? 'error'} outside a check: ${error?.message ?? error}`;
      console.error(error?.stack ?? error);
    }
  } finally {
    // Whatever happened above: undo every write registered so far, then look for records of this run
    // that no clean-up covers (a create answered with an error, or never answered) and remove them too.
    let heading = false;
    const cleanUp = async () => {
      if (runner.pendingCleanUps && !heading) runner.group('Clean-up');
      heading ||= runner.pendingCleanUps > 0;
      await runner.cleanUp();
    };
    await cleanUp();
    if (suite) {
      try {
        for (const { label, undo } of await leftoversOf(suite)) runner.willCleanUp(`left over (no clean-up was registered): ${label}`, undo);
        await cleanUp();
      } catch (error) {
        runner.counts.failed += 1;
        runner.failures.push(`clean-up: could not look for records left over: ${error.message}`);
        console.log(`  ✗ could not look for records left over: ${error.message}`);
      }
    }
    await server?.close();
    if (signals) for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, onSignal);
  }

  const { passed, failed, skipped } = runner.counts;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (runner.failures.length) console.log(`\nFailed:\n${runner.failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  if (stopped) {
    const ran = passed + failed + skipped;
    console.error(`\nconformance: stopped: ${stopped} — ${ran ? `after ${passed} passed, ${failed} failed, ${skipped} skipped` : 'no check ran'} (${seconds} s)`);
    return 2;
  }
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped — ${runner.responses} responses checked against openapi.json in ${seconds} s${bailed ? ' (--bail: stopped at the first failure)' : ''}`);
  return failed ? 1 : 0;
}

// As a command; imported (conformance/mutations/worker.mjs), it only defines runConformance.
if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  process.exit(await runConformance(process.argv.slice(2), { signals: true }));
}

/**
 * What every group of checks works with: the document, the roles' tokens and sessions, a run id
 * for names it creates, and `check(name, fn, { needs, unless })`, which skips when a needed role
 * is missing or does not fit, or when `unless` gives a reason. `clock.advance(seconds)` moves the
 * server's clock on: only with --mocks (undefined against your server). `maxPageSize`: the largest
 * page the server may answer (--max-page-size). `roleMatrix`: the role model to check sessions
 * against (--roles; lib/role-matrix.mjs), or undefined. After a stop is requested, the next check throws
 * `RunStopped`, and run.mjs cleans up; with `bail` (--bail), a failed check throws `FirstFailure`.
 */
function createSuite({ doc, call, runner, signedIn, passwordReset, maxPageSize, roleMatrix, clock, bail, stopRequested }) {
  const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const owner = signedIn.owner.session;
  return {
    doc,
    operations: operationsOf(doc),
    schemas: createSchemaSet(doc),
    call,
    runId,
    passwordReset,
    maxPageSize,
    roleMatrix,
    clock,
    companyIds: owner.companies.map((c) => c.id),
    /** `{ token, session, fits }` of a role, or undefined when not given or not signed in. */
    role: (name) => (signedIn[name]?.session ? signedIn[name] : undefined),
    token: (name) => signedIn[name]?.token,
    session: (name) => signedIn[name]?.session,
    email: (label) => `conformance+${runId}-${label}@example.com`,
    name: (label) => `Conformance ${label} ${runId}`,
    group: (title) => runner.group(title),
    skip: (name, reason) => runner.skip(name, reason),
    /** See the runner: register right after the write answers, before asserting anything about it. */
    willCleanUp: (label, undo, options) => runner.willCleanUp(label, undo, options),
    /**
     * Registers the record a create reported — any 2xx naming an `id`, a server that wrongly accepts
     * included — for the owner to DELETE at `${collection}/${id}`, before the caller asserts anything.
     * Returns the response, with `cleanedUp()` for a check that removes the record itself.
     */
    deleteLater(response, collection, label) {
      if (response.status >= 200 && response.status < 300 && response.body?.id) {
        const path = `${collection}/${encodeURIComponent(response.body.id)}`;
        const undo = async () => {
          const removed = await call(signedIn.owner.token, 'DELETE', path);
          if (![204, 404].includes(removed.status)) throw new Error(`DELETE answered ${removed.status}`);
        };
        response.cleanedUp = runner.willCleanUp(label, undo, { key: path }).done;
      }
      return response;
    },
    async check(name, fn, { needs = [], unless } = {}) {
      const stop = stopRequested();
      if (stop) throw new RunStopped(stop);
      for (const needed of needs) {
        if (!signedIn[needed]?.session) return runner.skip(name, `no --${flagOf({ name: needed })} that signs in`);
        if (!signedIn[needed].fits) return runner.skip(name, `the ${needed} token is not ${roles.find((r) => r.name === needed).who}`);
      }
      const reason = typeof unless === 'function' ? await unless() : unless;
      if (reason) return runner.skip(name, reason);
      await runner.check(name, call, fn);
      if (bail && runner.counts.failed > 0) throw new FirstFailure();
    },
  };
}
