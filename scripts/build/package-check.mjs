// Package check of the tarball a host installs (run after `npm run build`): `npm pack` into a
// temporary folder, then on that .tgz
//   - publint: every message fails, suggestions included (warnings count as errors);
//   - arethetypeswrong (`attw --profile esm-only`: the package is ESM only, so node10 and
//     require() from CommonJS are not asked of it), on every entry point: each subpath behind a
//     wildcard export (`./define/*`, `./locales/*`), which attw does not expand, is listed from the
//     tarball's own files.
// The pack skips `prepack` (the manifest and a new build: CI has just made both), so it packs what is
// in dist/ and dist-mocks/ now. Ends with a plain "N passed, N failed" line; exits 1 on any failure.
//
// Usage: node scripts/build/package-check.mjs   (npm run package:check)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const missing = ['dist/index.js', 'dist/index.d.ts', 'dist-mocks/index.js', 'custom-elements.json'].filter((file) => !existsSync(join(root, file)));
if (missing.length) {
  console.error(`package-check: ${missing.join(', ')} missing: run \`npm run analyze && npm run build\` first.`);
  process.exit(1);
}

const results = [];
/** One named check: passes when `fn` resolves. */
async function check(name, fn) {
  const since = performance.now();
  try {
    await fn();
    results.push(true);
    console.log(`ok   ${name} (${seconds(since)})`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

const packDir = mkdtempSync(join(tmpdir(), 'settings-elements-pack-'));
try {
  const since = performance.now();
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }));
  const tarball = join(packDir, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB in ${seconds(since)}`);

  await check('publint: the tarball has no error, warning or suggestion', async () => {
    const file = readFileSync(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) }, strict: true });
    if (messages.length) {
      throw new Error(`${messages.length} message(s):\n${messages.map((message) => `  ${message.type}: ${formatMessage(message, pkg, { color: false })}`).join('\n')}`);
    }
  });

  await check('arethetypeswrong (esm-only): every entry point resolves to its types and code', async () => {
    const subpaths = wildcardSubpaths(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports, packed.files.map((f) => f.path));
    const attw = spawnSync(join(root, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji', '--no-color', '--include-entrypoints', ...subpaths], {
      cwd: root,
      encoding: 'utf8',
    });
    if (attw.status !== 0) throw new Error(`attw exited with ${attw.status ?? attw.signal}:\n${attw.stdout}${attw.stderr}`);
    console.log(`     ${subpaths.length} subpaths behind wildcard exports checked besides the named ones`);
  });
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

/**
 * The subpaths behind each wildcard export, read off the packed files that its `types` target
 * matches (`./define/*` → `./define/settings-api-keys`, …). A wildcard export matching no file fails.
 */
function wildcardSubpaths(exports, files) {
  return Object.entries(exports)
    .filter(([subpath]) => subpath.includes('*'))
    .flatMap(([subpath, target]) => {
      const types = typeof target === 'string' ? target : target.types;
      const [before, after] = types.replace(/^\.\//, '').split('*');
      const found = files.filter((file) => file.startsWith(before) && file.endsWith(after)).map((file) => subpath.replace('*', file.slice(before.length, file.length - after.length)));
      if (!found.length) throw new Error(`export "${subpath}" (${types}) matches no packed file`);
      return found.sort();
    });
}

const failed = results.filter((ok) => !ok).length;
console.log(`package check: ${seconds(started)} in all`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
