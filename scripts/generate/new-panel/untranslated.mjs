/**
 * A language's file for a new area before anyone translated it: every English entry, as written,
 * marked `untranslated` — so the catalog check (test/i18n/catalogs.test.ts) reports each one as
 * "still English" until it is translated, and the keys already match (a missing key would be a
 * type error in the language's index instead).
 */
import ts from 'typescript';
import { initializerOf, propertyName } from './source-edit.mjs';

/** The entries of the English area `variable`, one per line, each marked untranslated. */
export function untranslatedEntries(englishText, variable) {
  const source = { path: `${variable}.ts`, text: englishText, tree: ts.createSourceFile('english.ts', englishText, ts.ScriptTarget.Latest, true) };
  return initializerOf(source, variable)
    .properties.filter((property) => ts.isPropertyAssignment(property) && propertyName(property))
    .map((property) => `  ${property.name.getText(source.tree)}: ${property.initializer.getText(source.tree)}, // untranslated`)
    .join('\n');
}
