#!/usr/bin/env node
// The conformance suite of the settings REST contract: run it against your own server to learn
// whether settings-elements can run on it. Over real HTTP it checks response shapes against
// openapi.json, paging, the error format, and the rules the server must enforce (who may do what,
// tenant and company isolation, the last Owner, API-key secrets, 401s). Writes clean up after
// themselves where the contract allows (revoked API keys stay listed as revoked).
//
//   node conformance/run.mjs --base-url https://staging.example.com/api --token-owner … [--token-admin …]
//   node conformance/run.mjs --mocks        # against the mock server, started here
import { parseArgs } from 'node:util';
import { adminTeamChecks } from './checks/admin-team.mjs';
import { apiKeyLifecycleChecks } from './checks/api-key-lifecycle.mjs';
import { apiKeyChecks } from './checks/api-keys.mjs';
import { accessChecks } from './checks/access.mjs';
import { authChecks } from './checks/auth.mjs';
import { companyChecks } from './checks/company.mjs';
import { listChecks } from './checks/lists.mjs';
import { settingsChecks } from './checks/settings.mjs';
import { tenancyChecks } from './checks/tenancy.mjs';
import { createSchemaSet, loadDocument, operationsOf } from './lib/document.mjs';
import { createHttpCaller } from './lib/http.mjs';
import { envOf, flagOf, roles, signIn } from './lib/roles.mjs';
import { createRunner } from './lib/runner.mjs';

const { values: args } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    mocks: { type: 'boolean', default: false },
    'password-reset': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    ...Object.fromEntries(roles.map((role) => [flagOf(role), { type: 'string' }])),
  },
});

if (args.help || (!args['base-url'] && !args.mocks)) {
  console.log(`Usage: node conformance/run.mjs --base-url URL --token-owner TOKEN [--token-<role> TOKEN …] [--password-reset]
       node conformance/run.mjs --mocks

Roles (a bearer token each, for users of one test tenant; or set ${envOf(roles[0])} etc.):
${roles.map((role) => `  --${flagOf(role).padEnd(20)} ${role.who}${role.name === 'owner' ? ' (required)' : ''}`).join('\n')}
Checks that need a role you leave out are skipped.

--password-reset  also send the owner a password-reset email (and a second one, which must get 429)
--mocks           start the mock API server (scripts/mock-api/server.mjs) and use its personas
--verbose         print what each check saw`);
  process.exit(args.help ? 0 : 2);
}

if (args.mocks && args['base-url']) {
  console.error('--mocks starts its own server: leave out --base-url (or --mocks, to check your server).');
  process.exit(2);
}

const started = performance.now();
const doc = loadDocument();
let server;
let tokens = Object.fromEntries(roles.map((role) => [role.name, args[flagOf(role)] ?? process.env[envOf(role)]]));
let baseUrl = args['base-url'];
if (args.mocks) {
  const { startMockApiServer } = await import('../scripts/mock-api/server.mjs');
  // A few ms per answer, so that requests sent at once overlap on the server, as they would on yours.
  server = await startMockApiServer({ port: 0, latency: [1, 4] });
  baseUrl = server.url;
  tokens = Object.fromEntries(roles.map((role) => [role.name, server.tokens[role.persona]]));
}

const runner = createRunner({ verbose: args.verbose });
const call = createHttpCaller({ baseUrl, doc });
let exitCode = 1;
try {
  const signedIn = await signIn(call, tokens);
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
  const suite = createSuite({ doc, call, runner, signedIn, passwordReset: args['password-reset'] || args.mocks, clock });
  for (const checks of [authChecks, accessChecks, listChecks, settingsChecks, adminTeamChecks, apiKeyChecks, apiKeyLifecycleChecks, companyChecks, tenancyChecks]) {
    await checks(suite);
  }
  runner.group('Clean-up');
  await runner.cleanUp();
  exitCode = runner.counts.failed ? 1 : 0;
} catch (error) {
  console.error(`\nconformance: stopped: ${error.message}`);
} finally {
  await server?.close();
}

const { passed, failed, skipped } = runner.counts;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (runner.failures.length) console.log(`\nFailed:\n${runner.failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped — ${runner.responses} responses checked against openapi.json in ${seconds} s`);
process.exit(exitCode);

/**
 * What every group of checks works with: the document, the roles' tokens and sessions, a run id
 * for names it creates, and `check(name, fn, { needs, unless })`, which skips when a needed role
 * is missing or does not fit, or when `unless` gives a reason. `clock.advance(seconds)` moves the
 * server's clock on: only with --mocks (undefined against your server).
 */
function createSuite({ doc, call, runner, signedIn, passwordReset, clock }) {
  const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  const owner = signedIn.owner.session;
  return {
    doc,
    operations: operationsOf(doc),
    schemas: createSchemaSet(doc),
    call,
    runId,
    passwordReset,
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
    willCleanUp: (label, undo) => runner.willCleanUp(label, undo),
    async check(name, fn, { needs = [], unless } = {}) {
      for (const needed of needs) {
        if (!signedIn[needed]?.session) return runner.skip(name, `no --${flagOf({ name: needed })} that signs in`);
        if (!signedIn[needed].fits) return runner.skip(name, `the ${needed} token is not ${roles.find((r) => r.name === needed).who}`);
      }
      const reason = typeof unless === 'function' ? await unless() : unless;
      if (reason) return runner.skip(name, reason);
      return runner.check(name, call, fn);
    },
  };
}
