// One process of the mutation run (run.mjs forks a few): it runs the suite in-process, once per
// message `{ id }` (a mutation's id; null for the unchanged mocks), and answers `{ id, code, output }`
// with the exit code runConformance gave and what the run printed. One process for many runs
// saves Node's start, the modules' loading and their warm-up each time. Each run bundles its own copy
// of the mocks (planted-esbuild.mjs reads CONFORMANCE_MUTATION at every build) and serves it on its
// own port.
import './plant.mjs';

const { runConformance } = await import('../run.mjs');

process.on('message', async ({ id }) => {
  if (id === null) delete process.env.CONFORMANCE_MUTATION;
  else process.env.CONFORMANCE_MUTATION = id;
  // What an earlier copy of the mocks kept on globalThis (mutations.mjs's `planted…`) goes with it.
  for (const key of Object.keys(globalThis)) if (key.startsWith('planted')) delete globalThis[key];
  const lines = [];
  const { log, error } = console;
  console.log = (...parts) => void lines.push(parts.join(' '));
  console.error = console.log;
  let code;
  try {
    code = await runConformance(['--mocks', ...(id === null ? [] : ['--bail'])]);
  } catch (fault) {
    lines.push(String(fault?.stack ?? fault));
    code = 2;
  } finally {
    Object.assign(console, { log, error });
  }
  process.send({ id, code, output: lines.join('\n') });
});
process.on('disconnect', () => process.exit(0));
