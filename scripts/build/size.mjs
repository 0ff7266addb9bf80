// Size check of the production build (run after `npm run build`):
//   - the whole library with lit, @lit/context and Floating UI bundled, in one file: ≤ 76.4 KB min+gzip;
//   - one panel + <settings-provider>, deps bundled, what arrives before it runs: ≤ 35.7 KB each;
//   - the host entry of the README (provider + shell), split as a host's bundler splits it
//     (bundlers.mjs, esbuild): the first load with General ≤ 32.2 KB (target 25 KB), and what each
//     further section or lazy chunk adds on its first need ≤ 10 KB;
//   - msw (and the mocks) never appear in dist/.
// The targets are 25 KB for the first load, 10 KB per section and 66 KB for the whole, Floating UI
// included (README, "Size and speed"). The budgets sit at what ships, so any growth fails CI; the
// distance to the targets is reported in the README and is the goal.
// Each figure: esbuild bundle + minify (es2022, browser, production exports), then zlib gzip -9 and
// brotli (max quality) of each file, summed over the files of a load. Panels are found by reading
// dist/define/, so new panels are picked up as they are added. Exits 1 on any failure.
//
// Usage: node scripts/build/size.mjs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const defineDir = join(dist, 'define');

const KB = 1024;
// Raised from 53 / 27 KB by issue 10 (API-key scopes, policy, overlap rotation, audit records: +6.8 KB,
// +5.9 KB of it in the API keys panel) and issue 9 (the provider's locale choice +0.8 KB, the
// container-query layout +1.1 KB; loading skeletons, compact stacked rows and the email rule +1.1 KB,
// 0.4–0.6 KB per panel), to what ships; the 40 / 22 KB target stays the goal. Ratcheted down to
// 61.8 / 32.8 KB by issue 17 (the kit as one controller; a list table's column labels through a plain
// directive rather than `ref`, which brought lit's async-directive into every list panel), then set
// to 62.3 / 33.1 KB by issue 19's first part — server values formatted without throwing (+~70 B),
// paging that stops when a server repeats itself (+223 B), a throwing host section contained
// (+272 B whole, +~110 B per panel): the whole library back at its budget before issue 17, each
// panel 0.2 KB under it. Raised to 64.7 / 35.0 KB by issues 18–20 (whole / API keys panel, B gzip):
// skeleton fields sized by the engine's own controls +144 / +136, the dialog's focus return +123 /
// +120, colours without light-dark() and menus without popover +151 / +121, the locale per provider
// +334 / +220, parts through the shell and control tokens +535 / +196, the API keys' localized
// conflicts (Retry, a new key) +870 / +864, session errors that explain themselves +249 / +239:
// 63767 → 66217 B whole, 33894 → 35790 B for API keys. Issue 21 (lazy sections) is where the
// 40 / 22 KB target is met. Language catalogs are separate entries, not counted.
//
// Issue 21 (lazy sections) raised both again, to what ships (whole / API keys panel + provider, B gzip):
// Floating UI, the design's choice, back for menus +6.9 KB / 0 (it loads with the first menu, so it
// is only in the whole); loading sections, the switcher, the rotation and the admin team's form when
// needed (the shell's loader, its skeleton and error; one loader with a busy button and an error for
// a panel's dialog) +3.8 KB / +0.7 KB: 66217 → 78238 B whole, 35790 → 36485 B for API keys. The whole is the price of everything; what a
// user downloads is now counted load by load below, where the issue's targets apply.
// Then the review's fixes (whole / first load / Admin team's first visit, B gzip): a failed switcher
// load tried again after a pause, the idle prefetch planned again when the shell is moved and dropped
// with its session, a prefetch that brings a failed section's code puts it on screen, Floating UI
// fetched when the pointer rests on or focus reaches a menu's button, a lazy dialog's opening
// dropped when forgotten right as its code arrives: +188 / +70 / +71 B (78238 → 78426, 34099 → 34169,
// 11094 → 11165), the budgets raised by 0.1 KB each. Then the measure stopped depending on where the
// checkout is (esbuild hashed the package's real path into chunk names; CI's clone measured up to 7 B
// apart from a local one): the same build now measures the same anywhere, a few bytes off the old
// figures either way; with Enter no longer repeating a search already sent (+17 B), the first load
// is 34203 B and Members 11268 B, the budgets raised again by 0.1 KB (33.5 / 11.1 KB).
// Then <settings-dialog> left the sections' code: the first dialog to open fetches it, or the
// shell's idle prefetch does (with a loading and a failed state in the kit's renderDialog), and
// menus' geometry moved into the lazy Floating UI chunk. First visits after General
// went down (Members 11268 → 10363, Admin team 11145 → 10275, API keys 15212 → 14542, Sites
// 9176 → 8263 B) and their budgets with them. The first load went up by 435 B (34214 → 34649) and
// the whole by 219 B (78433 → 78652): the budgets are raised by 0.4 / 0.3 KB to fit. Of the 435 B,
// 379 B are esbuild's chunking, not code: esbuild groups modules by the set of entry points that
// reach them, and the dialog's chunk reaches lit but not @lit/context, so the chunk holding both
// became two files (gzip starts afresh in each). Vite's first load grew by 38 B, webpack's by 25 B
// (41 and 47 B at the end of this work, with the changes below).
// Then renderDialogActions joined renderDialog in kit/views/dialog.ts: the sections that use one use
// the other, and as two modules esbuild made two files of them. Members 10363 → 10228 B and Admin
// team 10275 → 10141 B, now within the 10 KB target; API keys 14542 → 14407 B; Data repository,
// which draws its own <settings-dialog>, brings renderDialog along: 4988 → 5360 B.
// Then the API keys' dialogs (Create key, details, key policy, Revoke) and the secret view became
// <settings-api-key-dialogs>, loaded when a dialog is first opened: API keys 14409 → 9914 B, within
// the target, so its budget is gone; the dialogs' chunk is 6549 B. And the first load lost small
// files esbuild had made of modules reached by slightly different sets of sections (the form views
// in one module, renderResource beside the error notice, the formatters beside msg, no decorator
// that only lazy code used): 34651 → 33233 B, its budget lowered to 32.5 KB. The whole library went
// 78645 → 78779 B (+134 B: the dialogs' element with its loading and failed states, and two fixes:
// the kit's dialog parts passed through from the three dialog elements, the rotation's field
// styles): its budget is raised by 0.1 KB.
// Then the shell kept its width in a parent that takes its width from its content (a centred flex
// row, as a fresh create-vue app's stylesheet has: the area was 0 px wide there): a wrapper is the
// container instead of the host, beside an unseen line that offers the host a width. +75 B on the
// first load (33215 → 33290 B), +73 B whole (78779 → 78852 B): both budgets raised by 0.1 KB.
// Then the elements declared their reactive properties in `static properties` rather than through
// lit's decorators, whose code and helper were in every first load: 33290 → 32727 B first load,
// 78852 → 77958 B whole. Two fixes took some of it back: a panel off the page sends no request (the
// read controllers know when their host is connected), and Try again after a section's code failed
// imports its chunk under another address, since engines keep the failed fetch (importAgain):
// +167 B first load (32894 B), +189 B whole (78147 B). Both budgets lowered, to 32.2 / 76.4 KB.
// Then Try again fetched anew what panels load when first needed (<settings-dialog>, the API keys'
// dialogs and rotation, the admin team's form), and focus went back to what opened a dialog when
// Try again after its code failed: +64 B first load (32958 B), +51 B whole (78198 B), +109 B for the
// Admin team's first visit (10226 B), +66 B for Members' (10215 B); within the budgets.
const BUDGET_WHOLE = Math.round(76.4 * KB); // 78234 B gzip, deps bundled; shipped 78147 B
const BUDGET_PANEL = Math.round(35.7 * KB); // 36557 B gzip, panel + provider, deps bundled
// Lazy sections, the issue's targets: ≤ 25 KB for the first load (provider, shell, lit and General),
// ≤ 10 KB for what each further section, or other lazy chunk, adds on its first need. The first
// load and the sections still over the target are budgeted at what ships (the README gives the
// distance); every other load is held to the target itself.
const TARGET_FIRST_LOAD = 25 * KB;
const TARGET_LAZY = 10 * KB;
const BUDGET_FIRST_LOAD = Math.round(32.2 * KB); // 32973 B; shipped 32894 B
/** What a section's first visit adds after General, where it is still over the target (shipped B in the comment). */
const BUDGET_OVER_TARGET = {};
/** Not panels, so no per-panel budget: the shell and the primitives panels render. */
const SHELL_TAGS = new Set(['settings-provider', 'settings-app', 'settings-company-switcher', 'settings-dialog', 'settings-action-menu']);
/** What a host dedupes with its own copy: lit (and the packages it re-exports), @lit/*, Floating UI. */
const DEPS = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@floating-ui/*'];

const failures = [];
const rel = (p) => relative(root, p) || '.';

if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'define.js'))) {
  console.error('size: dist/index.js or dist/define.js is missing; run `npm run build` first.');
  process.exit(1);
}

/**
 * Bundles `contents` (an ES module whose `./dist/…` imports resolve from the repo root) with code
 * splitting, as a host's bundler does, and measures it: with `loads: 'static'` the entry chunk and the
 * chunks it imports statically (what arrives before anything runs), with `loads: 'all'` every chunk
 * (the lazy ones too: Floating UI, the API keys' rotation). Each figure is a sum over the chunks.
 * With `split: false`, everything in one file (a dynamic import inlined): the whole library's figure,
 * comparable with the ones before sections were lazy, and not inflated by the per-chunk overhead of
 * gzip and of cross-chunk imports.
 * @param {string} name
 * @param {string} contents
 * @param {{ external?: string[], loads?: 'static' | 'all', split?: boolean }} [options]
 */
async function measure(name, contents, { external = [], loads = 'all', split = true } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'settings-elements-size-'));
  const entry = join(work, 'entry.js');
  writeFileSync(entry, contents.replaceAll("'./dist/", `'${dist}/`));
  try {
    const result = await build({
      entryPoints: [entry],
      outdir: join(work, 'out'),
      nodePaths: [join(root, 'node_modules')],
      bundle: true,
      splitting: split,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      external,
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    for (const warning of result.warnings) {
      // e.g. an import dropped because of package.json "sideEffects" (an import kept only for its side effects must be listed there)
      const where = warning.location ? ` (${warning.location.file}:${warning.location.line})` : '';
      console.warn(`warning [${name}]: ${warning.text}${where}`);
    }
    const outputs = result.metafile.outputs;
    const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint);
    const measured = new Set();
    const visit = (file) => {
      if (measured.has(file) || !outputs[file]) return; // an external module
      measured.add(file);
      for (const next of outputs[file].imports) if (next.kind === 'import-statement') visit(next.path);
    };
    if (loads === 'static') visit(entryFile);
    else for (const file of Object.keys(outputs)) if (file.endsWith('.js')) measured.add(file);
    const codeOf = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]));
    const chunks = [...measured].map((file) => codeOf.get(file));
    const sum = (size) => chunks.reduce((total, code) => total + size(code), 0);
    return {
      name,
      inputs: [...measured].flatMap((file) => Object.keys(outputs[file].inputs)),
      min: sum((code) => code.length),
      gzip: sum((code) => gzipSync(code, { level: 9 }).length),
      brotli: sum((code) => brotliCompressSync(code, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY } }).length),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Turns the external imports of an esbuild bundle (identifiers not minified) into an entry that
 * imports exactly the bindings our code uses from lit/@lit: "what the deps cost us"
 * without our code. esbuild keeps unused named imports of external modules, so a binding counts
 * only if its local name occurs outside the import statements.
 * @param {string} code
 */
function floorEntryFrom(code) {
  const isDep = (spec) => /^(lit|lit-html|lit-element)(\/|$)|^@lit\//.test(spec);
  const statement = /\bimport\s*([\w$*{},\s]*?)\s*from\s*"([^"]+)";?|\bimport\s*"([^"]+)";?/g;
  const body = code.replace(statement, ' ');
  const used = (local) => new RegExp(`(?<![.\\w$])${local.replace(/\$/g, '\\$')}(?![\\w$])`).test(body);
  const lines = [];
  let n = 0;
  for (const m of code.matchAll(statement)) {
    const spec = m[2] ?? m[3];
    if (!isDep(spec)) continue;
    const clause = (m[1] ?? '').trim();
    const from = JSON.stringify(spec);
    if (!clause) {
      lines.push(`import ${from};`);
      continue;
    }
    const namespace = clause.match(/\*\s*as\s+([\w$]+)/);
    if (namespace) {
      lines.push(used(namespace[1]) ? `export * as _ns${n++} from ${from};` : `import ${from};`);
      continue;
    }
    const braces = clause.match(/\{([^}]*)\}/);
    const defaultName = clause.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim();
    const names = [];
    if (defaultName && used(defaultName)) names.push('default');
    for (const part of braces ? braces[1].split(',') : []) {
      const [imported, local = imported] = part.trim().split(/\s+as\s+/);
      if (imported && used(local)) names.push(imported);
    }
    // an import whose bindings are all unused still runs the module (side effects)
    lines.push(names.length ? `export { ${names.map((x) => `${x} as _${n++}`).join(', ')} } from ${from};` : `import ${from};`);
  }
  return lines.join('\n');
}

const rows = [];
/** @param {{name: string, min: number, gzip: number, brotli: number}} m @param {number} [budget] */
function row(m, budget) {
  const over = budget !== undefined && m.gzip > budget;
  if (over) failures.push(`${m.name}: ${m.gzip} B min+gzip is over the budget of ${budget} B (by ${m.gzip - budget} B)`);
  rows.push([
    m.name,
    String(m.min),
    String(m.gzip),
    Number.isNaN(m.brotli) ? '-' : String(m.brotli),
    budget === undefined ? '-' : String(budget),
    budget === undefined ? '' : over ? 'FAIL' : 'ok',
  ]);
}

// --- whole library -------------------------------------------------------------------------------
const wholeEntry = `import './dist/define.js';\nexport * from './dist/index.js';\n`;
const wholeOwn = await measure('whole library, deps external', wholeEntry, { external: DEPS, split: false });
const whole = await measure('whole library, deps bundled', wholeEntry, { split: false });
row(wholeOwn);
row(whole, BUDGET_WHOLE);
/** Bundles whose inputs must not include msw or the mocks. */
const productionBundles = [wholeOwn, whole];

// --- floor and our share -------------------------------------------------------------------------
const wholeOwnReadable = await build({
  stdin: { contents: wholeEntry, resolveDir: root, sourcefile: '<whole, readable>', loader: 'js' },
  bundle: true,
  minifySyntax: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: DEPS,
  write: false,
  logLevel: 'silent',
});
const floorEntry = floorEntryFrom(wholeOwnReadable.outputFiles[0].text);
const floor = floorEntry
  ? await measure('floor: lit + @lit/* (bindings we import)', floorEntry)
  : { name: 'floor: (no lit/@lit imports found)', min: 0, gzip: 0, brotli: 0 };
row(floor);
row(
  await measure(
    'floor: lit + @lit/context (whole packages)',
    `export * from 'lit';\nexport * from 'lit/decorators.js';\nexport * from '@lit/context';\n`,
  ),
);
row({
  name: 'our share = whole (deps bundled) − floor (bindings we import)',
  min: whole.min - floor.min,
  gzip: whole.gzip - floor.gzip,
  brotli: whole.brotli - floor.brotli,
});

// --- one panel + provider each -------------------------------------------------------------------
const defineFiles = existsSync(defineDir)
  ? (await readdir(defineDir)).filter((f) => f.endsWith('.js')).sort()
  : [];
const panels = defineFiles.map((f) => f.slice(0, -'.js'.length)).filter((tag) => !SHELL_TAGS.has(tag));
const hasProvider = defineFiles.includes('settings-provider.js');
if (!hasProvider) failures.push('dist/define/settings-provider.js is missing');
const panelNotes = [];
if (panels.length === 0) {
  panelNotes.push('panels: no panel exists yet in dist/define/ (only shell elements); per-panel budgets skipped.');
} else {
  for (const tag of panels) {
    const entry =
      (hasProvider ? `import './dist/define/settings-provider.js';\n` : '') + `import './dist/define/${tag}.js';\n`;
    const panel = await measure(`${tag} + settings-provider, deps bundled`, entry, { loads: 'static' });
    productionBundles.push(panel);
    row(panel, BUDGET_PANEL);
  }
}

// --- lazy sections: what a host's users download, load by load -----------------------------------
// The README's host entry (provider + shell) built by esbuild with code splitting (bundlers.mjs, which
// also reports Vite and webpack): the initial load with General, the first section a user sees; then
// what each further section's first visit adds, and each other lazy chunk (the company switcher,
// Floating UI, the API keys' rotation).
const lazyReport = JSON.parse(
  execFileSync(process.execPath, [join(root, 'scripts/build/bundlers.mjs'), '--only', 'esbuild', '--json'], { encoding: 'utf8' }),
).bundlers.esbuild;
const general = lazyReport.lazy['settings-profile'];
const firstLoad = { name: 'first load: provider + shell + lit + General', min: lazyReport.initial.min + general.min, gzip: lazyReport.initial.gzip + general.gzip, brotli: NaN };
row({ ...lazyReport.initial, name: '  of which provider + shell + lit', brotli: NaN });
row(firstLoad, BUDGET_FIRST_LOAD);
const lazyRows = [];
for (const [tag, figures] of Object.entries(lazyReport.afterGeneral)) {
  lazyRows.push({ ...figures, name: `+ ${tag}, first visit after General`, budget: BUDGET_OVER_TARGET[tag] ?? TARGET_LAZY });
}
for (const [name, figures] of Object.entries(lazyReport.lazy)) {
  if (name === 'settings-profile' || name in lazyReport.afterGeneral) continue;
  lazyRows.push({ ...figures, name: `+ ${name}, on first need`, budget: TARGET_LAZY });
}
for (const lazy of lazyRows) row({ ...lazy, brotli: NaN }, lazy.budget);
if (!lazyRows.length) failures.push('no lazy chunk in the host build: <settings-app> no longer loads sections when needed');

// --- msw must never reach the production bundle --------------------------------------------------
for (const m of productionBundles) {
  const leaked = m.inputs.filter((p) => /(^|\/)node_modules\/(msw|@mswjs)\/|(^|\/)mocks\//.test(p));
  if (leaked.length) failures.push(`${m.name} bundles mock code: ${leaked.slice(0, 5).join(', ')}`);
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
const forbidden = [
  { what: 'imports msw', re: /\b(?:from|import)\s*\(?\s*["'](?:msw|@mswjs\/[^"']*)(?:\/[^"']*)?["']/ },
  { what: 'imports the mocks', re: /\b(?:from|import)\s*\(?\s*["'][^"']*(?:\/mocks\/|dist-mocks)[^"']*["']/ },
  { what: 'contains "setupWorker"', re: /setupWorker/ },
  { what: 'contains "mockServiceWorker"', re: /mockServiceWorker/ },
  { what: 'contains "msw"', re: /\bmsw\b/ },
];
let scanned = 0;
for await (const file of walk(dist)) {
  scanned++;
  const text = await readFile(file, 'utf8');
  for (const { what, re } of forbidden) {
    const match = re.exec(text);
    if (!match) continue;
    const line = text.slice(0, match.index).split('\n').length;
    failures.push(`${rel(file)}:${line} ${what}: ${JSON.stringify(match[0].slice(0, 80))}`);
  }
}

// --- report --------------------------------------------------------------------------------------
const header = ['entry', 'min B', 'min+gzip B', 'min+brotli B', 'budget (gzip) B', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(fmt(r));
console.log('');
console.log(
  `whole library, deps bundled: ${(whole.gzip / KB).toFixed(2)} KB min+gzip of ${(BUDGET_WHOLE / KB).toFixed(1)} KB` +
    ` (ours ≈ ${((whole.gzip - floor.gzip) / KB).toFixed(2)} KB, lit/@lit ≈ ${(floor.gzip / KB).toFixed(2)} KB)`,
);
console.log(
  `first load (provider, shell, lit, General): ${(firstLoad.gzip / KB).toFixed(2)} KB min+gzip; target ${TARGET_FIRST_LOAD / KB} KB` +
    (firstLoad.gzip > TARGET_FIRST_LOAD ? `, ${((firstLoad.gzip - TARGET_FIRST_LOAD) / KB).toFixed(2)} KB over` : ', met'),
);
const overTarget = lazyRows.filter((lazy) => lazy.gzip > TARGET_LAZY);
console.log(
  `lazy loads: ${lazyRows.length - overTarget.length} of ${lazyRows.length} within the ${TARGET_LAZY / KB} KB target` +
    (overTarget.length ? ` (over: ${overTarget.map((lazy) => `${lazy.name.replace(/^\+ |, .*$/g, '')} ${(lazy.gzip / KB).toFixed(2)} KB`).join(', ')})` : ''),
);
for (const note of panelNotes) console.log(note);
if (panels.length) console.log(`panels: ${panels.length} checked against ${(BUDGET_PANEL / KB).toFixed(1)} KB min+gzip each.`);
console.log(`msw check: ${scanned} files in dist/ scanned for msw / setupWorker / mockServiceWorker / mocks imports.`);

if (failures.length) {
  console.error(`\nsize: ${failures.length} failure(s):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('size: all budgets met, no mock code in dist/.');
