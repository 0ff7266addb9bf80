#!/usr/bin/env node
// npm run new-panel -- <name> <personal|company|organization>   → section id <scope>/<name>, <settings-<name>>
// npm run new-panel -- --remove <name>                          → takes out everything the first wrote
//
// Starts one of the library's own sections the way every panel here starts (a host starts its own
// with `npx settings-elements new-section`, from bin/): the files from new-panel/templates/
// (new-panel/files.mjs), and the section joins the lists that name every section — the section
// table, the catalogs, the package's exports — through their syntax trees (new-panel/lists.mjs).
// The define entries, the manifest and the framework bindings are derived, and regenerated.
// Every file and edit is computed before anything is written; an existing file stops it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capitalize, nameForms, namePattern, scopes } from '../../bin/lib/names.mjs';
import { syncDerived } from './new-panel/derived.mjs';
import { panelFiles, sectionRowOf } from './new-panel/files.mjs';
import { shippedLanguages } from './new-panel/languages.mjs';
import { listsFor, nextOrder, sectionRows, sectionTable } from './new-panel/lists.mjs';
import { applyEdits, initializerOf, parseSource, propertyName, stringProperty } from './new-panel/source-edit.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const usage = 'usage: npm run new-panel -- <name> <personal|company|organization>\n       npm run new-panel -- --remove <name>';
/** In every panel this writes: `--remove` takes out only what it wrote, never a panel made by hand. */
const writtenMark = 'Written by `npm run new-panel`';

function fail(message) {
  console.error(`new-panel: ${message}\n${usage}`);
  process.exit(2);
}

/** The section's row in the built-in section table, if it has one. */
function rowOf(sections, name) {
  return sectionRows(sections).find((row) => stringProperty(row, 'tagName') === `settings-${name}`);
}

/** Every name and number the templates and lists need. */
function describePanel(name, scope, order) {
  const forms = nameForms(name);
  const panel = { ...forms, scope, Scope: capitalize(scope), id: `${scope}/${name}`, order };
  return { ...panel, sectionRow: sectionRowOf(panel) };
}

/** Each list's file with the panel's edits applied (computed, not yet written). */
function editedLists(panel, languages, change) {
  return listsFor(languages).map((list) => {
    const source = parseSource(root + list.file);
    return { path: list.file, text: applyEdits(source.text, list[change](source, panel)) };
  });
}

function add(name, scope) {
  const sections = parseSource(root + sectionTable.file);
  if (rowOf(sections, name) || sectionRows(sections).some((row) => stringProperty(row, 'id') === `${scope}/${name}`)) {
    fail(`the section table already has ${scope}/${name} or <settings-${name}>`);
  }
  const languages = shippedLanguages(root);
  const panel = describePanel(name, scope, nextOrder(sections, scope));
  const files = panelFiles(panel, languages);
  const existing = files.filter(({ path }) => existsSync(root + path)).map(({ path }) => path);
  if (existing.length > 0) fail(`these exist already: ${existing.join(', ')}`);
  const lists = editedLists(panel, languages, 'add');

  for (const { path, text } of [...files, ...lists]) {
    mkdirSync(dirname(root + path), { recursive: true });
    writeFileSync(root + path, text);
  }
  for (const { path } of files) console.log(`  wrote  ${path}`);
  for (const { path } of lists) console.log(`  edited ${path}`);
  syncDerived(root);

  const others = languages.map(({ code }) => code).join(', ');
  console.log(`
new-panel: <settings-${name}> renders ${panel.Scope} > ${panel.label} (section id '${panel.id}', order ${panel.order}).
It joined the section table, the package's exports and events, the Catalog type and every
language's catalog; src/define.ts, the manifest and the framework bindings were regenerated.

Still to do, on purpose:
  - translate it: the ${others} strings (src/i18n/catalogs/<lang>/${name}.ts and the section label in
    each core.ts) are English stand-ins marked "untranslated", so test/i18n/catalogs.test.ts fails
    until they are translated
  - give it its real fields: ${name}-api.ts, the form, mocks/${name}-handlers.ts and the tests
  - its routes are its own (create${panel.pascal}Client, mocks/${name}-handlers.ts): when they join the
    REST contract, move them into SettingsClient / createHttpClient, openapi.json and the mock routes
  - the tests and docs that list every section (test/access, test/components/settings-app.test.ts,
    the README's section table) learn about it when it is real; the package's API grew, so
    \`npm run build && npm run api:report\` records it
Run its test: npx wtr --files test/components/settings-${name}.test.ts`);
}

/**
 * The scope the panel was made for: its row says, or else (a half-removed panel) its label in the
 * core catalog; failing both, any — taking out what is not there changes nothing.
 */
function scopeOf(name) {
  const row = rowOf(parseSource(root + sectionTable.file), name);
  if (row) return stringProperty(row, 'scope');
  const labels = initializerOf(parseSource(`${root}src/i18n/catalogs/en/core.ts`), 'coreMessages').properties.map(propertyName);
  return scopes.find((scope) => labels.includes(`section.${scope}/${name}`)) ?? scopes[0];
}

function remove(name) {
  const panelPath = `src/components/settings-${name}/settings-${name}.ts`;
  if (existsSync(root + panelPath) && !readFileSync(root + panelPath, 'utf8').includes(writtenMark)) {
    fail(`${panelPath} was not written by new-panel (or no longer says so); take it out by hand`);
  }
  const panel = describePanel(name, scopeOf(name), 0);
  const languages = shippedLanguages(root);
  const lists = editedLists(panel, languages, 'remove');
  for (const { path, text } of lists) writeFileSync(root + path, text);
  for (const { path } of panelFiles(panel, languages)) rmSync(root + path, { force: true });
  rmSync(`${root}src/components/settings-${name}`, { recursive: true, force: true });
  syncDerived(root);
  console.log(`new-panel: removed settings-${name}.`);
}

const args = process.argv.slice(2);
if (args[0] === '--remove') {
  if (args.length !== 2 || !namePattern.test(args[1])) fail('--remove takes the name the panel was made with');
  remove(args[1]);
} else {
  const [name, scope, ...extra] = args;
  if (!name || !namePattern.test(name)) fail('the name is lower-case words joined by hyphens, e.g. webhooks or audit-log');
  if (!scopes.includes(scope)) fail(`the scope is one of ${scopes.join(', ')}`);
  if (extra.length > 0) fail(`unexpected arguments: ${extra.join(' ')} (a host's own section: npx settings-elements new-section)`);
  add(name, scope);
}
