// The conformance suite's bookkeeping: named checks that pass, fail or are skipped (with the
// reason), one line each as they run, a count at the end, and the clean-ups of what the checks
// created: each registered as soon as the record exists, before any assertion about it, and run
// once at the end whatever happened (a failed check, an exception, a stopped run).

export class CheckFailure extends Error {}

/** Ends the run early (a signal, an unreachable server): run.mjs cleans up and exits 2. */
export class RunStopped extends Error {}

/** Fails the current check with `message` unless `condition` holds. */
export function expect(condition, message) {
  if (!condition) throw new CheckFailure(message);
}

export function createRunner({ print = (line) => console.log(line), verbose = false } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  const cleanups = [];
  let responses = 0;

  return {
    counts,
    failures,
    /** Prints a heading for the checks that follow. */
    group(title) {
      print(`\n${title}`);
    },
    /**
     * Runs one check. `fn` gets `{ call, note }`: `call` is the suite's HTTP call, with every
     * response also checked against openapi.json (a mismatch fails this check); `note` adds detail
     * to the printed line.
     */
    async check(name, call, fn) {
      const problems = [];
      const notes = [];
      const checkedCall = async (...args) => {
        const response = await call(...args);
        responses += 1;
        problems.push(...response.problems);
        return response;
      };
      try {
        await fn({ call: checkedCall, note: (text) => notes.push(text) });
        if (problems.length) throw new CheckFailure(`response does not match openapi.json: ${problems.slice(0, 3).join(' | ')}`);
        counts.passed += 1;
        print(`  ✓ ${name}${verbose && notes.length ? ` — ${notes.join('; ')}` : ''}`);
      } catch (error) {
        counts.failed += 1;
        const reason = error instanceof CheckFailure ? error.message : `${error?.name ?? 'Error'}: ${error?.message ?? error}`;
        failures.push(`${name}: ${reason}`);
        print(`  ✗ ${name}\n      ${reason}`);
      }
    },
    skip(name, reason) {
      counts.skipped += 1;
      print(`  - ${name} (skipped: ${reason})`);
    },
    /**
     * Registers how to undo a write; `done()` on the returned handle when the check undid it itself.
     * `key` (e.g. the record's path) makes a second registration of a record still pending return
     * the first one's handle, so a replayed create is undone once.
     */
    willCleanUp(label, undo, { key } = {}) {
      const same = key !== undefined && cleanups.find((c) => c.key === key && !c.done);
      if (same) return same.handle;
      const entry = { label, undo, key, done: false };
      entry.handle = { done: () => (entry.done = true) };
      cleanups.push(entry);
      return entry.handle;
    },
    /** How many registered clean-ups have not run yet. */
    get pendingCleanUps() {
      return cleanups.filter((c) => !c.done).length;
    },
    /** Runs every pending clean-up, newest first, each once; one that fails counts as a failure. */
    async cleanUp() {
      const pending = cleanups.filter((c) => !c.done).reverse();
      for (const entry of pending) {
        entry.done = true;
        try {
          await entry.undo();
          print(`  ↺ cleaned up: ${entry.label}`);
        } catch (error) {
          counts.failed += 1;
          failures.push(`clean-up of ${entry.label}: ${error.message}`);
          print(`  ✗ could not clean up ${entry.label}: ${error.message}`);
        }
      }
      return pending.length;
    },
    get responses() {
      return responses;
    },
  };
}
