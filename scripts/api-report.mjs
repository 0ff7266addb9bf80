#!/usr/bin/env node
// The API report: the public TypeScript surface of each typed entry point of the package, as built
// in dist/ and dist-mocks/, written to api-report/<name>.api.md so that every change to it is a
// visible diff in review.
//
//   node scripts/api-report.mjs           rewrites api-report/ from the current build
//   node scripts/api-report.mjs --check   writes nothing; fails with the diff when api-report/ is stale
//
// Run `npm run build` first. Entry points that export declarations go through API Extractor. The
// framework types (`./react-jsx`, `./vue`, `./svelte`) only augment other packages' modules
// (`declare module 'vue' { … }`), which API Extractor does not report (and `svelte/elements` is not
// installed here), so their report is the declaration itself, read with the TypeScript compiler API:
// comments removed, import names and interface / type-literal members sorted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, 'api-report');
/** API Extractor's working files and the freshly generated reports (git-ignored). */
const tempDir = path.join(root, 'temp', 'api-report');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * The typed entry points of `exports` in package.json that are reported. `how`: 'api-extractor' for
 * modules with exports, 'augmentation' for declaration files that only augment other modules.
 */
const reported = {
  '.': 'api-extractor',
  './client': 'api-extractor',
  './kit': 'api-extractor',
  './locales': 'api-extractor',
  './mocks': 'api-extractor',
  './react': 'api-extractor',
  './react-jsx': 'augmentation',
  './svelte': 'augmentation',
  './vue': 'augmentation',
};
/** Typed entry points deliberately not reported, and why. */
const notReported = {
  './define': 'side effects only (registers every tag), exports nothing',
  './define/*': 'side effects only (registers one tag), exports nothing',
  './locales/*': 'one catalog per language, each a `Translation` (in the root report)',
};

/** The reports' file name: `settings-elements` for `.`, `settings-elements-<subpath>` otherwise. */
const reportName = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}-${subpath.slice(2).replaceAll('/', '-')}`);
/** `settings-elements/vue` for './vue'. */
const importName = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

/** Compiler options for reading the built declarations, as a host with a bundler would. */
const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true,
  skipLibCheck: true,
  types: [],
};

/** How API Extractor's messages are reported: none of them fails the run. */
const messages = {
  // TypeScript errors in the built declarations: printed, not in the report.
  compilerMessageReporting: { default: { logLevel: 'warning' } },
  extractorMessageReporting: {
    default: { logLevel: 'warning', addToApiReportFile: true },
    // No @public/@beta/@alpha/@internal tags here: everything exported from an entry point is public.
    'ae-missing-release-tag': { logLevel: 'none' },
    // A type the surface uses but no entry point exports (a host can see it, not import it by name):
    // noted in the report next to its use, and listed by this script.
    'ae-forgotten-export': { logLevel: 'warning', addToApiReportFile: true },
    'ae-undocumented': { logLevel: 'none' },
  },
  // The doc comments are written for people and editors (@csspart, @fires, markdown), not for TSDoc.
  tsdocMessageReporting: { default: { logLevel: 'none' } },
};

/** Runs API Extractor on one entry point; returns the report text and its warnings. */
function apiExtractorReport(subpath, dts) {
  const name = reportName(subpath);
  const workDir = path.join(tempDir, 'work');
  fs.mkdirSync(workDir, { recursive: true });
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: dts,
      // Only the entry point and what it imports: tsconfig.build.json would add every source file.
      compiler: { overrideTsconfig: { compilerOptions, files: [dts] } },
      apiReport: { enabled: true, reportFileName: name, reportFolder: workDir, reportTempFolder: workDir },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages,
    },
    packageJsonFullPath: path.join(root, 'package.json'),
  });
  const warnings = [];
  const result = Extractor.invoke(config, {
    localBuild: true,
    messageCallback(message) {
      message.handled = true;
      if (message.logLevel !== ExtractorLogLevel.Warning && message.logLevel !== ExtractorLogLevel.Error) return;
      const where = message.sourceFilePath ? ` (${rel(message.sourceFilePath)}:${message.sourceFileLine})` : '';
      warnings.push(`${message.messageId}: ${message.text}${where}`);
    },
  });
  if (!result.succeeded && result.errorCount > 0) {
    throw new Error(`API Extractor failed on ${rel(dts)}:\n${warnings.join('\n')}`);
  }
  const text = tidy(fs.readFileSync(path.join(workDir, `${name}.api.md`), 'utf8'), subpath);
  const forgotten = [...text.matchAll(/\(ae-forgotten-export\) The symbol "([^"]+)"/g)].map((m) => m[1]);
  return { text, warnings, forgotten: [...new Set(forgotten)].sort() };
}

/**
 * API Extractor's report, reduced to the surface: the entry point's import name in the title; no
 * `@public` (everything exported is public here) and no "(undocumented)" (adding a doc comment is
 * not an API change); the warnings at the end without source positions (src/…:line:column, which
 * move with every edit above them), sorted.
 */
function tidy(report, subpath) {
  const lines = report
    .replace(`## API Report File for "${pkg.name}"`, `## API Report File for "${importName(subpath)}"`)
    .replace(
      '> Do not edit this file. It is a report generated by [API Extractor](https://api-extractor.com/).',
      '> Do not edit this file. It is a report generated by [API Extractor](https://api-extractor.com/) through\n' +
        '> `npm run api:report` (scripts/api-report.mjs).',
    )
    .split('\n')
    .flatMap((line) => {
      const tag = /^( *)\/\/ (@.*?)?( ?\(undocumented\))?$/.exec(line);
      if (!tag) return [line];
      const rest = (tag[2] ?? '').replace(/^@public\b ?/, '');
      return rest ? [`${tag[1]}// ${rest}`] : [];
    });
  const footer = lines.indexOf('// Warnings were encountered during analysis:');
  if (footer >= 0) {
    let end = footer + 1;
    while (end < lines.length && lines[end].startsWith('//')) end += 1;
    const warnings = lines
      .slice(footer + 1, end)
      .map((line) => line.replace(/^\/\/ \S+:\d+:\d+ - /, '// '))
      .filter((line) => line !== '//');
    lines.splice(footer + 1, end - footer - 1, '//', ...[...new Set(warnings)].sort());
  }
  return lines.join('\n');
}

/** Orders nodes by a text key; ties keep their order. */
const byKey = (key) => (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** A declaration file without comments, with its import names and its members sorted. */
function printDeclarations(dts) {
  const sourceFile = ts.createSourceFile(rel(dts), fs.readFileSync(dts, 'utf8'), ts.ScriptTarget.Latest, true);
  const memberKey = (m) => `${m.name ? m.name.getText(sourceFile).replace(/^['"]|['"]$/g, '') : ''}\u0000${m.getText(sourceFile)}`;
  const sortMembers = (members) => ts.factory.createNodeArray([...members].sort(byKey(memberKey)));
  const sort = (context) => {
    const visit = (node) => {
      if (ts.isInterfaceDeclaration(node)) {
        node = ts.factory.updateInterfaceDeclaration(
          node,
          node.modifiers,
          node.name,
          node.typeParameters,
          node.heritageClauses,
          sortMembers(node.members),
        );
      } else if (ts.isTypeLiteralNode(node)) {
        node = ts.factory.updateTypeLiteralNode(node, sortMembers(node.members));
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (file) => ts.visitNode(file, visit);
  };
  const [sorted] = ts.transform(sourceFile, [sort]).transformed;
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  const print = (node) => printer.printNode(ts.EmitHint.Unspecified, node, sourceFile);
  const relativeImports = [];
  const statements = sorted.statements.map((statement) => {
    if (!ts.isImportDeclaration(statement)) return print(statement);
    const from = statement.moduleSpecifier.getText(sourceFile);
    if (from.startsWith("'.")) relativeImports.push(path.resolve(path.dirname(dts), from.slice(1, -1).replace(/\.js$/, '.d.ts')));
    const clause = statement.importClause;
    const named = clause?.namedBindings;
    if (!clause || !named || !ts.isNamedImports(named)) return print(statement);
    // one name a line, sorted, so that a name added or removed is a line of the diff
    const names = [...named.elements].map(print).sort();
    const head = `import ${clause.isTypeOnly ? 'type ' : ''}${clause.name ? `${clause.name.text}, ` : ''}`;
    return `${head}{\n${names.map((name) => `    ${name},\n`).join('')}} from ${from};`;
  });
  return { text: statements.join('\n'), relativeImports };
}

/**
 * The report of an entry point that only augments other modules: its declarations, then those of
 * the files it imports from the package that no reported entry point covers (`./attribute-value.js`).
 */
function augmentationReport(subpath, dts, reportedFiles) {
  const sections = [];
  const seen = new Set([dts]);
  const queue = [dts];
  while (queue.length) {
    const file = queue.shift();
    const { text, relativeImports } = printDeclarations(file);
    sections.push(file === dts ? text : `// ${rel(file)}\n${text}`);
    for (const imported of relativeImports) {
      if (seen.has(imported) || reportedFiles.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  const text = [
    `## API Report File for "${importName(subpath)}"`,
    '',
    `> Do not edit this file. It is written by \`npm run api:report\` from \`${rel(dts)}\`, which only augments`,
    '> other modules: its declarations (and those of the files it imports that no other report covers),',
    '> without comments, with imports and members sorted.',
    '',
    '```ts',
    sections.join('\n\n'),
    '```',
    '',
  ].join('\n');
  return { text, warnings: [], forgotten: [] };
}

/** The `types` file of each reported entry point; fails when `exports` has one not listed above. */
function entryPoints() {
  const entries = [];
  const unlisted = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types || subpath in notReported) continue;
    if (!(subpath in reported)) {
      unlisted.push(subpath);
      continue;
    }
    entries.push({ subpath, how: reported[subpath], dts: path.join(root, types) });
  }
  if (unlisted.length) {
    throw new Error(
      `package.json exports typed entry points that scripts/api-report.mjs does not know: ${unlisted.join(', ')}.\n` +
        'Add each to `reported` (or to `notReported`, with the reason) in scripts/api-report.mjs.',
    );
  }
  const missing = Object.keys(reported).filter((subpath) => !entries.some((e) => e.subpath === subpath));
  if (missing.length) throw new Error(`scripts/api-report.mjs reports entry points package.json no longer exports: ${missing.join(', ')}`);
  return entries.sort((a, b) => (a.subpath < b.subpath ? -1 : 1));
}

/** Generates every report; returns them by file name. */
function generate() {
  const reports = new Map();
  const notBuilt = entryPoints().filter((e) => !fs.existsSync(e.dts));
  if (notBuilt.length) {
    throw new Error(`not built: ${notBuilt.map((e) => rel(e.dts)).join(', ')}. Run \`npm run build\` first.`);
  }
  const rootNames = exportedNames(path.join(root, pkg.exports['.'].types));
  const reportedFiles = new Set(entryPoints().map((e) => e.dts));
  for (const { subpath, how, dts } of entryPoints()) {
    const { text, warnings, forgotten } =
      how === 'augmentation' ? augmentationReport(subpath, dts, reportedFiles) : apiExtractorReport(subpath, dts);
    for (const warning of warnings) console.warn(`${importName(subpath)}: warning ${warning}`);
    // API Extractor renames a second declaration of a name `Name_2`
    const fromRoot = forgotten.filter((name) => subpath !== '.' && rootNames.has(name.replace(/_\d+$/, '')));
    const nowhere = forgotten.filter((name) => !fromRoot.includes(name));
    if (nowhere.length) {
      console.log(`${importName(subpath)}: types in its API that no entry point exports (ae-forgotten-export): ${nowhere.join(', ')}`);
    }
    if (fromRoot.length) {
      console.log(`${importName(subpath)}: types in its API exported by ${pkg.name}, not by it (ae-forgotten-export): ${fromRoot.length}`);
    }
    reports.set(`${reportName(subpath)}.api.md`, text);
  }
  return reports;
}

/** The names a declaration file exports (values and types). */
function exportedNames(dts) {
  const { options } = ts.convertCompilerOptionsFromJson(compilerOptions, root);
  const program = ts.createProgram([dts], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(dts));
  return new Set(moduleSymbol ? checker.getExportsOfModule(moduleSymbol).map((s) => s.name) : []);
}

/** A unified diff of two texts, from diff(1) (Debian's diffutils), for the failure message. */
function unifiedDiff(file, before, after) {
  const dir = path.join(tempDir, 'check');
  fs.mkdirSync(dir, { recursive: true });
  const a = path.join(dir, `${file}.committed`);
  const b = path.join(dir, `${file}.built`);
  fs.writeFileSync(a, before ?? '');
  fs.writeFileSync(b, after ?? '');
  const labels = [`--label=a/api-report/${file}`, `--label=b/api-report/${file}`];
  const out = spawnSync('diff', ['-u', ...labels, a, b], { encoding: 'utf8' });
  return out.error ? `(diff(1) not available: ${out.error.message})` : out.stdout;
}

function main() {
  const check = process.argv.includes('--check');
  fs.rmSync(path.join(tempDir, 'check'), { recursive: true, force: true });
  const reports = generate();
  const committed = fs.existsSync(reportDir) ? fs.readdirSync(reportDir).filter((f) => f.endsWith('.api.md')) : [];
  const files = [...new Set([...reports.keys(), ...committed])].sort();
  const read = (file) => (committed.includes(file) ? fs.readFileSync(path.join(reportDir, file), 'utf8') : undefined);
  const stale = files.filter((file) => read(file) !== reports.get(file));

  if (!check) {
    fs.mkdirSync(reportDir, { recursive: true });
    for (const file of stale) {
      if (reports.has(file)) fs.writeFileSync(path.join(reportDir, file), reports.get(file));
      else fs.rmSync(path.join(reportDir, file));
      console.log(`${reports.has(file) ? 'wrote' : 'removed'} api-report/${file}`);
    }
    console.log(stale.length ? 'Review the diff of api-report/ and note the change in CHANGELOG.md.' : 'api-report/ is current.');
    return;
  }
  if (!stale.length) {
    console.log(`api-report/ is current (${reports.size} entry points).`);
    return;
  }
  for (const file of stale) process.stdout.write(unifiedDiff(file, read(file), reports.get(file)));
  console.error(
    [
      '',
      `The public TypeScript API of this build differs from api-report/ (${stale.join(', ')}).`,
      'If the change is intended: run `npm run build && npm run api:report`, review the diff, note it in',
      'CHANGELOG.md (under [Unreleased]) and commit api-report/ with it. If not, the diff above shows',
      'what changed in the public surface.',
    ].join('\n'),
  );
  process.exitCode = 1;
}

try {
  main();
} catch (error) {
  console.error(`api-report: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
