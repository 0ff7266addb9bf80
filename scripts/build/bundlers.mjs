// What a host's bundler makes of us (run after `npx vite build`): builds the host entry from the
// README,
//     import 'settings-elements/define/settings-provider';
//     import 'settings-elements/define/settings-app';
// for production with three bundlers hosts use — Vite (`build()`, rolldown), esbuild (bundle,
// splitting, esm, minify) and webpack 5 (mode production, default splitChunks; Next.js's bundler) —
// lit, @lit/* and @floating-ui/dom bundled, and reports in min+gzip bytes (zlib gzip -9 of each
// emitted .js file, summed):
//   - initial: the entry chunk and every chunk it imports statically, transitively;
//   - each lazy target (every `import()` the bundler reports: a section's define module under
//     dist/define/, the company switcher, Floating UI, …): what its first load adds, i.e. the chunks
//     it pulls in statically that are not already in the initial load — nor, for an import() made
//     by lazy code (Floating UI from a section's menu), in what every load holding that code
//     brought (webpack's chunk groups count this way, so the three columns compare);
//   - each section after the first: what its first visit adds once General (the first section a
//     user sees; `settings-profile`) has loaded too, the figure the budgets in size.mjs hold;
//   - whole: every emitted .js file.
// Why: our size check (size.mjs) measures with esbuild alone, and lazy sections only pay off if a
// host's bundler splits the library the same way, so these figures go in the README next to it.
// The chunk graph comes from each bundler's own metadata (rolldown's output chunks, esbuild's
// metafile, webpack's chunk groups), never from reading the emitted code. Lazy targets are found,
// not listed: whatever `import()` the build contains shows up.
//
// `settings-elements` resolves as in a host: the entry sits in a temporary folder whose
// node_modules/settings-elements links to this package, so all three go through package.json
// `exports` and `sideEffects`, and find lit & co. in this repository's node_modules.
//
// Usage: node scripts/build/bundlers.mjs [--json] [--only <bundler,…>] [--package <dir>]
//   --json           the figures as JSON on stdout instead of tables
//   --only           some of vite, esbuild, webpack (size.mjs runs esbuild alone)
//   --package <dir>  measure another copy of the package (a folder with package.json and dist/)
// Then it builds, with each bundler, the host entry plus what each of the README's starts imports
// beside it (the React wrappers, `settings-elements/client`, `settings-elements/kit`: STARTS below),
// and checks that no section's code is in the first load of any of them.
// Reports only: exits 0 whatever the sizes; exits 1 if dist/ is missing, a bundler fails or warns, or
// one puts every section in the initial load, or any section's code in the first load of the entry
// or of a start.
import { build as esbuild } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createLogger, build as viteBuild } from 'vite';
import webpack from 'webpack';

const started = performance.now();
const { values: options } = parseArgs({
  options: { json: { type: 'boolean', default: false }, only: { type: 'string' }, package: { type: 'string' } },
});
const packageRoot = resolve(options.package ?? fileURLToPath(new URL('../..', import.meta.url)));

const ENTRY = `import 'settings-elements/define/settings-provider';\nimport 'settings-elements/define/settings-app';\n`;
/**
 * What else the README's starts import beside the host entry, each built on its own and checked, not
 * measured: every section's code must stay out of the first load with them too. A value imported
 * from an entry point that reaches the element classes (`settings-elements` itself) brings every
 * section's module into esbuild's first load (evanw/esbuild#3704: with code splitting, a module is
 * kept for every entry point once any uses it), which is why the wrappers import no element code
 * and the starts import from `/client` and `/kit`. File → code, each ending by using what it imports
 * (so no bundler drops it).
 * @type {Record<string, string>}
 */
const STARTS = {
  'react.js': `${ENTRY}import { createHttpClient } from 'settings-elements/client';\nimport { SettingsApp, SettingsProvider } from 'settings-elements/react';\nglobalThis.host = { createHttpClient, SettingsApp, SettingsProvider };\n`,
  'client.js': `${ENTRY}import { createHttpClient } from 'settings-elements/client';\nglobalThis.host = { createHttpClient };\n`,
  'own-section.js': `${ENTRY}import { getLocale, renderFormActions, renderResource, renderSkeleton, SettingsPanel } from 'settings-elements/kit';\nglobalThis.host = { getLocale, renderFormActions, renderResource, renderSkeleton, SettingsPanel };\n`,
};

const missing = ['package.json', 'dist/define/settings-provider.js', 'dist/define/settings-app.js', 'dist/components/settings-app/section-loaders.js'].filter((file) => !existsSync(join(packageRoot, file)));
if (missing.length) {
  console.error(`bundlers: ${missing.join(', ')} missing in ${packageRoot}; run \`npx vite build\` first.`);
  process.exit(1);
}
/** Bundlers report real paths; labels are relative to this. */
const packageReal = realpathSync(packageRoot);

/**
 * One bundler's output, reduced to what the report needs; file names are relative to `outDir`.
 * @typedef {{ files: Set<string>, after: Set<string>[] }} Lazy
 *   `files`: what the import() loads; `after`: the loads, one per path, that hold the code calling it
 *   (the initial load among them when the entry's own code calls it)
 * @typedef {{ outDir: string, initial: Set<string>, initialModules: Set<string>, lazy: Map<string, Lazy>, warnings: string[] }} Split
 *   `lazy` is keyed by the target's label; `initialModules`: the labels of the modules with code in the initial load
 */

// --- the host -----------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'settings-elements-bundlers-'));
const host = join(work, 'host');
mkdirSync(join(host, 'node_modules'), { recursive: true });
writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }, null, 2));
writeFileSync(join(host, 'main.js'), ENTRY);
for (const [file, code] of Object.entries(STARTS)) writeFileSync(join(host, file), code);
symlinkSync(packageReal, join(host, 'node_modules', 'settings-elements'), 'junction');

// --- Vite (rolldown) ----------------------------------------------------------------------------
/** @param {string} entryFile @returns {Promise<Split>} */
async function buildWithVite(entryFile) {
  const outDir = join(work, 'vite', entryFile);
  const warnings = [];
  const logger = createLogger('warn');
  logger.warn = (message) => warnings.push(stripVTControlCharacters(message).trim());
  logger.warnOnce = logger.warn;
  logger.error = () => {}; // a failed build throws, with the same message
  const result = await viteBuild({
    root: host,
    configFile: false,
    envDir: false,
    publicDir: false,
    mode: 'production',
    logLevel: 'warn',
    customLogger: logger,
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, rolldownOptions: { input: join(host, entryFile) } },
  });
  const chunks = new Map(
    (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((o) => o.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const entries = [...chunks.values()].filter((c) => c.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, got ${entries.length}`);
  // a dynamic entry's chunk is named by its module; a target rolldown merged elsewhere, by the chunk
  const nameOf = (file) => {
    const chunk = chunks.get(file);
    return chunk.isDynamicEntry && chunk.facadeModuleId ? label(chunk.facadeModuleId) : `chunk ${chunk.name}`;
  };
  const split = splitOf(entries[0].fileName, chunks, nameOf);
  const initialModules = [...split.initial].flatMap((file) => Object.entries(chunks.get(file).modules).filter(([, m]) => m.renderedLength > 0).map(([id]) => id));
  return { outDir, warnings, ...split, initialModules: new Set(initialModules.map(label)) };
}

// --- esbuild ------------------------------------------------------------------------------------
/** @param {string} entryFile @returns {Promise<Split>} */
async function buildWithEsbuild(entryFile) {
  const outDir = join(work, 'esbuild', entryFile);
  const result = await esbuild({
    absWorkingDir: host,
    // The package as a host installs it, under node_modules/, not at the real path of this checkout:
    // chunk names hash their modules' paths, so a checkout elsewhere would measure a few bytes apart.
    preserveSymlinks: true,
    entryPoints: [entryFile],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: outDir,
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'silent',
  });
  // metafile paths are relative to absWorkingDir: outputs as written, entryPoint as the input
  const fileOf = (path) => relative(outDir, resolve(host, path));
  const outputs = new Map(
    Object.entries(result.metafile.outputs)
      .filter(([path]) => path.endsWith('.js'))
      .map(([path, output]) => [fileOf(path), output]),
  );
  const importsOf = (output, kind) => output.imports.filter((i) => i.kind === kind && !i.external).map((i) => fileOf(i.path));
  const chunks = new Map(
    [...outputs].map(([file, output]) => [file, { imports: importsOf(output, 'import-statement'), dynamicImports: importsOf(output, 'dynamic-import') }]),
  );
  const entry = [...outputs.keys()].find((file) => outputs.get(file).entryPoint === entryFile);
  if (!entry) throw new Error('no output for the entry point in the metafile');
  // an import() target is an entry point of its own: its output names the module
  const nameOf = (file) => {
    const { entryPoint } = outputs.get(file);
    return entryPoint ? label(resolve(host, entryPoint)) : `chunk ${file}`;
  };
  const split = splitOf(entry, chunks, nameOf);
  const initialModules = [...split.initial].flatMap((file) =>
    Object.entries(outputs.get(file).inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => label(resolve(host, path))),
  );
  return { outDir, warnings: result.warnings.map(formatEsbuildMessage), ...split, initialModules: new Set(initialModules) };
}

// --- webpack 5 ----------------------------------------------------------------------------------
/** @param {string} entryFile @returns {Promise<Split>} */
async function buildWithWebpack(entryFile) {
  const outDir = join(work, 'webpack', entryFile);
  const compiler = webpack({
    mode: 'production',
    context: host,
    entry: { main: `./${entryFile}` },
    // webpack's default output (script chunks its runtime loads, as in Next.js) already makes a chunk
    // per import(); `experiments.outputModule` is not needed for the split
    output: { path: outDir, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    devtool: false,
    performance: { hints: false }, // its 244 KiB asset hints are about the host's budget, not our split
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise((done, fail) => compiler.run((error, stats) => (error ? fail(error) : done(stats))));
  await new Promise((done) => compiler.close(done));
  const { compilation } = stats;
  if (stats.hasErrors()) throw new Error(compilation.errors.map((e) => e.message).join('\n'));
  // A chunk group is what one entry or one import() loads, all its chunks in parallel: webpack's
  // chunks do not import each other, so a group's .js files are its "static closure".
  const filesOf = (group) => new Set(group.chunks.flatMap((chunk) => [...chunk.files]).filter((f) => f.endsWith('.js')));
  const entrypoint = compilation.entrypoints.get('main');
  const initial = filesOf(entrypoint);
  // the modules of the initial chunks, a concatenated module's own modules one by one
  const modulesOf = (module) => (module.modules ? [...module.modules].flatMap(modulesOf) : [module]);
  const initialModules = entrypoint.chunks
    .flatMap((chunk) => [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap(modulesOf))
    .map((module) => module.nameForCondition())
    .filter(Boolean)
    .map(label);
  const lazy = new Map();
  for (const group of compilation.chunkGroups) {
    if (group.isInitial()) continue;
    const after = group.getParents().map((parent) => (parent.isInitial() ? initial : filesOf(parent)));
    for (const block of group.getBlocks()) {
      // the module import() resolved to; nameForCondition() is its file, also once concatenated
      const path = block.dependencies.map((d) => compilation.moduleGraph.getModule(d)?.nameForCondition()).find(Boolean);
      addLazy(lazy, path ? label(path) : `chunk group ${group.name ?? group.id}`, { files: filesOf(group), after });
    }
  }
  return { outDir, initial, lazy, initialModules: new Set(initialModules), warnings: compilation.warnings.map((w) => w.message) };
}

// --- the graph ----------------------------------------------------------------------------------
/**
 * The initial load and each import()'s load, for bundlers whose chunks import each other (rolldown,
 * esbuild): a load is a chunk and every chunk it imports statically, transitively.
 * @param {string} entry the entry chunk's file
 * @param {Map<string, { imports: string[], dynamicImports: string[] }>} chunks by file
 * @param {(file: string) => string} nameOf a lazy target's label, from the chunk its import() loads
 * @returns {{ initial: Set<string>, lazy: Map<string, Lazy> }}
 */
function splitOf(entry, chunks, nameOf) {
  const load = (file, seen = new Set()) => {
    if (chunks.has(file) && !seen.has(file)) { // not an external module
      seen.add(file);
      for (const next of chunks.get(file).imports) load(next, seen);
    }
    return seen;
  };
  const initial = load(entry);
  const loads = new Map();
  for (const { dynamicImports } of chunks.values()) {
    for (const file of dynamicImports) if (chunks.has(file) && !loads.has(file)) loads.set(file, load(file));
  }
  const lazy = new Map();
  for (const [file, files] of loads) {
    const callers = [...chunks].filter(([, chunk]) => chunk.dynamicImports.includes(file)).map(([caller]) => caller);
    const after = callers.flatMap((caller) =>
      initial.has(caller) ? [initial] : [...loads].filter(([other, held]) => other !== file && held.has(caller)).map(([, held]) => held),
    );
    addLazy(lazy, nameOf(file), { files, after });
  }
  return { initial, lazy };
}

/** A lazy target's name: the tag of a define module, a package's name, else its path in dist/. */
function label(modulePath) {
  // the package at its real path (Vite, webpack) or where the host installed it (esbuild keeps that one)
  const slashed = modulePath.split(sep).join('/');
  const installed = slashed.lastIndexOf(installedAt);
  const path = installed >= 0 ? slashed.slice(installed + installedAt.length) : relative(packageReal, modulePath).split(sep).join('/');
  const dependency = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dependency) return dependency[1];
  if (path.startsWith('..')) return modulePath;
  return path.replace(/^dist\/define\//, '').replace(/^dist\//, '').replace(/\.js$/, '');
}

/** Where the host's node_modules holds the package, as a module path spells it. */
const installedAt = '/node_modules/settings-elements/';

/** Two import() of one label (the same target, two modules of one package) load the union. */
function addLazy(lazy, name, { files, after }) {
  const known = lazy.get(name) ?? { files: new Set(), after: [] };
  lazy.set(name, { files: new Set([...known.files, ...files]), after: [...known.after, ...after] });
}

function formatEsbuildMessage({ text, location }) {
  return location ? `${text} (${location.file}:${location.line})` : text;
}

/** A failed build's errors (esbuild's messages, rolldown's errors), without stack lines. */
function describe(error) {
  const messages = error.errors?.length ? error.errors.map((e) => (e.text ? formatEsbuildMessage(e) : e.message)) : [error.message];
  const withoutStack = (m) => stripVTControlCharacters(String(m)).split('\n').filter((line) => !/^\s+at /.test(line));
  return messages.map((m) => withoutStack(m).join('\n').trim()).join('\n');
}

// --- measuring ----------------------------------------------------------------------------------
/** The section a user sees first (General): the others are measured once it has loaded. */
const FIRST_SECTION = 'settings-profile';
/** The built-in sections' tags: the keys of the shell's section loaders. */
const SECTION_TAGS = new Set(
  [...readFileSync(join(packageRoot, 'dist/components/settings-app/section-loaders.js'), 'utf8').matchAll(/["'](settings-[a-z-]+)["']\s*:/g)].map(([, tag]) => tag),
);

/** @param {Split} split */
function measure(split) {
  const sizes = new Map();
  const emitted = readdirSync(split.outDir, { recursive: true }).filter((f) => f.endsWith('.js'));
  for (const file of emitted) {
    const code = readFileSync(join(split.outDir, file));
    sizes.set(file, { min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  const sum = (files) => {
    const list = [...files].sort();
    const unknown = list.filter((f) => !sizes.has(f));
    if (unknown.length) throw new Error(`the chunk graph names files that were not emitted: ${unknown.join(', ')}`);
    return { files: list, min: list.reduce((n, f) => n + sizes.get(f).min, 0), gzip: list.reduce((n, f) => n + sizes.get(f).gzip, 0) };
  };
  /** What is surely loaded already when the import() runs: what every path to its caller loaded. */
  const loadedBefore = ({ after }) =>
    after.length === 0 || after.includes(split.initial) ? new Set() : after.reduce((both, held) => new Set([...both].filter((f) => held.has(f))));
  const adds = (lazy) => {
    const before = loadedBefore(lazy);
    return sum([...lazy.files].filter((f) => !split.initial.has(f) && !before.has(f)));
  };
  // our define modules (named by their tag) first, then packages and other modules
  const order = (name) => (name.startsWith('settings-') ? 0 : 1);
  const lazyNames = [...split.lazy.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const general = split.lazy.get(FIRST_SECTION);
  const afterGeneral = (name) => {
    const first = adds(split.lazy.get(name)).files;
    return sum(first.filter((f) => !general.files.has(f)));
  };
  const sections = general ? lazyNames.filter((name) => name !== FIRST_SECTION && SECTION_TAGS.has(name)) : [];
  return {
    initial: sum(split.initial),
    lazy: Object.fromEntries(lazyNames.map((name) => [name, adds(split.lazy.get(name))])),
    afterGeneral: Object.fromEntries(sections.map((name) => [name, afterGeneral(name)])),
    whole: sum(sizes.keys()),
  };
}

/**
 * The sections whose element's code is in the initial load (any module of its component folder),
 * each a problem: it should arrive when the section is opened.
 * @param {string} bundler @param {string} what @param {Split} split
 */
function sectionsUpFront(bundler, what, split) {
  const upFront = [...SECTION_TAGS].filter((tag) => [...split.initialModules].some((module) => module.startsWith(`components/${tag}/`)));
  return upFront.length ? [`${bundler} put the code of ${upFront.length} section(s) in the first load of ${what}: ${upFront.join(', ')}`] : [];
}

// --- run ----------------------------------------------------------------------------------------
const allBundlers = { vite: buildWithVite, esbuild: buildWithEsbuild, webpack: buildWithWebpack };
const only = options.only?.split(',');
const unknownBundlers = only?.filter((name) => !(name in allBundlers)) ?? [];
if (unknownBundlers.length) {
  console.error(`bundlers: --only ${unknownBundlers.join(', ')}: use some of ${Object.keys(allBundlers).join(', ')}.`);
  process.exit(1);
}
const bundlers = Object.fromEntries(Object.entries(allBundlers).filter(([name]) => !only || only.includes(name)));
const report = {};
const problems = [];
try {
  for (const [name, run] of Object.entries(bundlers)) {
    const since = performance.now();
    try {
      const split = await run('main.js');
      const seconds = Number(((performance.now() - since) / 1000).toFixed(1));
      for (const warning of split.warnings) problems.push(`${name} warned: ${warning}`);
      report[name] = { seconds, ...measure(split) };
      // The point of lazy sections: a bundler that put them all in the initial load defeats it.
      if (Object.keys(report[name].afterGeneral).length === 0) problems.push(`${name} made no chunk of its own for any section but General`);
      problems.push(...sectionsUpFront(name, 'the host entry', split));
      for (const file of Object.keys(STARTS)) {
        const start = await run(file);
        for (const warning of start.warnings) problems.push(`${name} warned (${file}): ${warning}`);
        problems.push(...sectionsUpFront(name, `the README's start (${file})`, start));
      }
    } catch (error) {
      problems.push(`${name} failed: ${describe(error)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`bundlers: ${problems.length} problem(s) building the host entry (figures would be wrong):`);
  for (const problem of problems) console.error(`  - ${problem.replaceAll('\n', '\n    ')}`);
  process.exit(1);
}

const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
if (options.json) {
  console.log(JSON.stringify({ package: packageRoot, entry: ENTRY, unit: 'bytes, zlib gzip -9 of each .js file, summed', seconds, bundlers: report }, null, 2));
} else {
  printTables();
}

function printTables() {
  const table = (header, rows) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
  };
  const rowsOf = (figures) => [
    ['initial', figures.initial],
    ...Object.entries(figures.lazy).map(([name, f]) => [`+ ${name}`, f]),
    ...Object.entries(figures.afterGeneral).map(([name, f]) => [`+ ${name}, after General`, f]),
    ['whole', figures.whole],
  ];
  for (const [name, figures] of Object.entries(report)) {
    console.log(`\n${name} (${figures.seconds} s)`);
    table(['loads', 'files', 'min B', 'min+gzip B'], rowsOf(figures).map(([row, f]) => [row, f.files.length, f.min, f.gzip]));
  }
  const names = Object.keys(report);
  const rows = new Map();
  for (const [bundler, figures] of Object.entries(report)) {
    for (const [row, f] of rowsOf(figures)) rows.set(row, { ...rows.get(row), [bundler]: f.gzip });
  }
  const ordered = [...rows].sort(([a], [b]) => (a === 'whole') - (b === 'whole'));
  console.log('\nmin+gzip B, side by side ("+ x": what the first import() of x adds to what is already loaded)');
  table(['loads', ...names], ordered.map(([row, byBundler]) => [row, ...names.map((n) => byBundler[n] ?? '-')]));
  const lazyCount = new Set(Object.values(report).flatMap((f) => Object.keys(f.lazy))).size;
  if (lazyCount === 0) console.log('\nNo import() in the build: everything is in the initial load.');
  console.log(`\nbundlers: ${names.length} builds of the host entry in ${seconds} s.`);
}
