#!/usr/bin/env node
// Mutation testing of the conformance suite: plants each rule violation of mutations.mjs in a copy
// of the mock server, one at a time, runs the whole suite against it (`runConformance(['--mocks',
// '--bail'])`, in a few worker processes at once: worker.mjs), and fails when the suite passes
// against any of them. First the suite runs against the unchanged mocks: it must pass there, or no
// result below would mean anything.
//
//   node conformance/mutations/run.mjs [--only id,id] [--jobs N]     (npm run conformance:mutations)
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyEdits, editsByFile, mutations } from './mutations.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A run takes a few seconds; one that is still going after this is stuck. */
const timeoutMs = 180_000;

const usage = `Usage: node conformance/mutations/run.mjs [--only id,id…] [--jobs N]

Plants each rule violation of conformance/mutations/mutations.mjs in a copy of the mock server, one
at a time, and runs the conformance suite against it. Prints one line per mutation (caught by which
check, or MISSED) and "caught N of N".
--only id,id  only these mutations
--jobs N      worker processes, each running the suite once at a time (default: one more than
              the number of CPUs)
Exit code: 0 every mutation caught, 1 one or more missed, 2 the mutation run itself could not be
trusted (the suite fails against the unchanged mocks, an edit no longer applies, a run stopped).`;

let args;
try {
  ({ values: args } = parseArgs({ options: { only: { type: 'string' }, jobs: { type: 'string' }, help: { type: 'boolean', default: false } } }));
} catch (error) {
  console.error(`conformance:mutations: ${error.message}\n\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
// One more worker than CPUs: each run waits a few ms for every answer of the mock server (its latency).
const jobs = args.jobs === undefined ? os.availableParallelism() + 1 : Number(args.jobs);
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`conformance:mutations: --jobs must be a whole number of at least 1, not ${JSON.stringify(args.jobs)}`);
  process.exit(2);
}
const only = args.only?.split(',').map((id) => id.trim()).filter(Boolean);
const unknown = only?.filter((id) => !mutations.some((m) => m.id === id)) ?? [];
if (unknown.length) {
  console.error(`conformance:mutations: no mutation ${unknown.join(', ')}; the ids are:\n  ${mutations.map((m) => m.id).join('\n  ')}`);
  process.exit(2);
}
const chosen = only ? mutations.filter((m) => only.includes(m.id)) : mutations;

// Every edit must still apply before anything runs: a mutation that plants nothing would pass as "missed".
const stale = chosen.flatMap((mutation) =>
  [...editsByFile(mutation)].flatMap(([file, edits]) => {
    try {
      applyEdits(file, fs.readFileSync(`${root}/${file}`, 'utf8'), edits);
      return [];
    } catch (error) {
      return [`${mutation.id}: ${error.message}`];
    }
  }),
);
if (stale.length) {
  console.error(`conformance:mutations: these mutations no longer apply to the mocks; write them again in conformance/mutations/mutations.mjs:\n  ${stale.join('\n  ')}`);
  process.exit(2);
}

/** What a run printed, read: the checks that failed (`{ check, reason }`), why it stopped, its last line. */
function readRun(code, output) {
  const lines = output.split('\n');
  const end = lines.indexOf('Failed:');
  const failed = [];
  for (const [i, line] of (end < 0 ? lines : lines.slice(0, end)).entries()) {
    if (line.startsWith('  ✗ ')) failed.push({ check: line.slice(4), reason: lines[i + 1]?.trim() ?? '' });
  }
  const stopped = /conformance: stopped: (.*)/.exec(output)?.[1];
  const summary = /^\d+ passed, \d+ failed, \d+ skipped.*$/m.exec(output)?.[0];
  return { code, failed, stopped, summary, output };
}

/**
 * A worker process (worker.mjs) that runs the suite once per `run(mutation)` (none: the unchanged
 * mocks), one run at a time, resolving to `readRun`'s result. A run still going after `timeoutMs`
 * ends the worker; its result says so.
 */
function startWorker() {
  const child = fork(fileURLToPath(new URL('./worker.mjs', import.meta.url)), { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let pending;
  child.on('message', ({ code, output }) => pending?.(readRun(code, output)));
  child.on('exit', (code, signal) => pending?.({ ...readRun(null, ''), stopped: `the worker process ended (${signal ?? `exit ${code}`})` }));
  return {
    run: (mutation) =>
      new Promise((resolveRun) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        pending = (result) => {
          clearTimeout(timer);
          pending = undefined;
          resolveRun(result);
        };
        child.send({ id: mutation?.id ?? null });
      }),
    close: () => child.connected && child.disconnect(),
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
  };
}

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
console.log(`Mutation testing of the conformance suite: ${chosen.length} rule violations, each planted alone in a copy of the mock server (${jobs} worker processes)`);

// The baseline first in the queue, then the mutations; lines are printed in that order as results come in.
const queue = [undefined, ...chosen];
const results = new Array(queue.length);
let printed = 0;
let baselineFailed = false;
const outcome = { caught: [], missed: [], broken: [] };
const width = Math.max(...chosen.map((m) => m.id.length));

function report() {
  while (printed < queue.length && results[printed]) {
    const mutation = queue[printed];
    const result = results[printed];
    printed += 1;
    if (!mutation) {
      if (result.code === 0) console.log(`  baseline: the unchanged mocks pass (${result.summary})`);
      else {
        baselineFailed = true;
        console.log(`  ✗ baseline: the suite does not pass against the unchanged mocks (exit ${result.code}${result.stopped ? `: ${result.stopped}` : ''}), so no mutation result means anything:\n${result.output}`);
      }
      continue;
    }
    const label = `${mutation.id.padEnd(width)}  ${mutation.plant}`;
    if (result.code === 1 && result.failed.length) {
      outcome.caught.push(mutation);
      const [first, ...more] = result.failed;
      console.log(`  ✓ ${label} — caught by “${first.check}”${more.length ? ` (+${more.length} more)` : ''}`);
    } else if (result.code === 0) {
      outcome.missed.push(mutation);
      console.log(`  ✗ MISSED ${label} — the suite passed (${result.summary}); rule: ${mutation.rule}`);
    } else {
      outcome.broken.push(mutation);
      console.log(`  ✗ ERROR ${label} — the run ${result.stopped ? `stopped: ${result.stopped}` : `ended with exit ${result.code}`}\n${result.output.split('\n').slice(-15).join('\n')}`);
    }
  }
}

let next = 0;
async function work() {
  let worker;
  while (next < queue.length && !baselineFailed) {
    // A worker ended by a stuck run is replaced for the runs still waiting.
    if (!worker?.alive) worker = startWorker();
    const index = next++;
    results[index] = await worker.run(queue[index]);
    report();
  }
  worker?.close();
}
await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, work));

if (baselineFailed) {
  console.error(`\nconformance:mutations: stopped: the suite fails against the unchanged mocks (${seconds()} s)`);
  process.exit(2);
}
const { caught, missed, broken } = outcome;
if (missed.length) console.log(`\nMissed (the suite passed with the violation planted):\n${missed.map((m) => `  ✗ ${m.id}: ${m.plant} — ${m.rule}`).join('\n')}`);
console.log(`\ncaught ${caught.length} of ${chosen.length}${missed.length ? `, ${missed.length} missed` : ''}${broken.length ? `, ${broken.length} could not run` : ''} — in ${seconds()} s`);
process.exit(broken.length ? 2 : missed.length ? 1 : 0);
