// The kit table of docs/kit.md (after "The kit (all exported from `settings-elements`):"; the
// README's "Build your own section" links to it) and the kit's exports must agree: every value the
// kit barrel (src/kit/index.ts) exports is in the table's first column, and every name in that
// column is a value the package root (src/index.ts) exports. A row whose first cell says "(type)"
// or "(types)" names what the package exports as types only (the controllers SectionController
// makes); other types are not listed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const kitBarrel = path.join(root, 'src/kit/index.ts');
const packageRoot = path.join(root, 'src/index.ts');
/** The page that holds the kit table. */
const kitDoc = 'docs/kit.md';
/** The line before the table (its end may be reworded). */
const tableIntro = 'The kit (all exported from';

/**
 * The names in the first column of the kit table (`<tag>` entries left out), each with
 * whether its row says it is a type.
 */
function tableNames() {
  const lines = fs.readFileSync(path.join(root, kitDoc), 'utf8').split(/\r?\n/);
  const intro = lines.findIndex((line) => line.trim().startsWith(tableIntro));
  assert.notEqual(intro, -1, `${kitDoc} has no line starting "${tableIntro}" (the kit table's introduction)`);
  let row = intro + 1;
  while (row < lines.length && lines[row].trim() === '') row += 1;
  const table = [];
  while (row < lines.length && lines[row].trimStart().startsWith('|')) table.push(lines[row++]);
  assert.ok(table.length > 2, `${kitDoc} has no table after the line "${lines[intro].trim()}"`);
  const names = [];
  // table[0] is the header, table[1] the |---| line
  for (const line of table.slice(2)) {
    // cells are split at `|` that is not escaped (`'link' \| 'image'` stays in its cell)
    const firstCell = line.trim().slice(1).split(/(?<!\\)\|/)[0] ?? '';
    const type = /\(types?\)/.test(firstCell);
    for (const [, code] of firstCell.matchAll(/`([^`]+)`/g)) {
      if (code.startsWith('<')) continue; // an element (`<settings-dialog>`), not an export
      // `gatedArgs(settings, section, args)` and `safeUrl(url, …)` name `gatedArgs` and `safeUrl`
      const name = /^[A-Za-z_$][\w$]*/.exec(code)?.[0];
      if (name) names.push({ name, type });
    }
  }
  return names;
}

/** Whether an export can be used as a value: no `type` on the way to it, and it is one. */
function isValueExport(checker, symbol) {
  let current = symbol;
  const seen = new Set();
  while (current.flags & ts.SymbolFlags.Alias && !seen.has(current)) {
    seen.add(current);
    // `export { type X }`, `export type { X }`, `import type …` re-exported
    if (current.declarations?.some((d) => ts.isTypeOnlyImportOrExportDeclaration(d))) return false;
    const next = checker.getImmediateAliasedSymbol(current);
    if (!next) break;
    current = next;
  }
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (target.flags & ts.SymbolFlags.Value) !== 0;
}

/** The exports of each module (`all`) and those usable as values, from the TypeScript compiler with the repository's options. */
function moduleExports(...files) {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const program = ts.createProgram(files, { ...options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  return files.map((file) => {
    const source = program.getSourceFile(file);
    assert.ok(source, `${path.relative(root, file)} is missing`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    return {
      all: new Set(exports.map((s) => s.name)),
      values: new Set(exports.filter((s) => isValueExport(checker, s)).map((s) => s.name)),
    };
  });
}

const names = tableNames();
const [{ values: kit }, packageExports] = moduleExports(kitBarrel, packageRoot);

test('the kit table names every value the kit barrel exports', () => {
  assert.ok(kit.size > 0, 'src/kit/index.ts exports no values: the barrel was not read');
  const listed = new Set(names.map(({ name }) => name));
  const missing = [...kit].filter((name) => !listed.has(name)).sort();
  assert.deepEqual(
    missing,
    [],
    `exported from src/kit/index.ts but not in the first column of ${kitDoc}'s kit table: ${missing.join(', ')}`,
  );
});

test('every name in the kit table is exported from the package root, as a value unless its row says type', () => {
  assert.ok(names.length > 0, `${kitDoc}'s kit table names nothing`);
  const missing = names
    .filter(({ name, type }) => !(type ? packageExports.all : packageExports.values).has(name))
    .map(({ name, type }) => (type ? `${name} (type)` : name))
    .sort();
  assert.deepEqual(missing, [], `named in ${kitDoc}'s kit table but not exported so from src/index.ts (settings-elements): ${missing.join(', ')}`);
});
