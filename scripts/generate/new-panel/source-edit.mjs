/**
 * Edits TypeScript sources where their syntax tree says, never by matching their text: find the
 * declaration (the `sections` array, the `Catalog` type, an object of strings, the imports), then
 * insert a line after one of its entries, or take an entry's lines out again. Every edit works on
 * whole lines and the lists keep one entry per line with trailing commas, so taking out what was
 * put in gives back the file as it was, byte for byte.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** A source file's text and its syntax tree, for finding where an edit goes. */
export function parseSource(path) {
  const text = readFileSync(path, 'utf8');
  return { path, text, tree: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
}

/** `text` with the edits (`{ at, insert }` or `{ from, to }`) applied; later positions first, so earlier ones hold. */
export function applyEdits(text, edits) {
  const ordered = [...edits].sort((a, b) => (b.at ?? b.from) - (a.at ?? a.from));
  for (const edit of ordered) {
    text = 'insert' in edit ? text.slice(0, edit.at) + edit.insert + text.slice(edit.at) : text.slice(0, edit.from) + text.slice(edit.to);
  }
  return text;
}

const lineStart = (text, position) => text.lastIndexOf('\n', position - 1) + 1;
/** Just after the newline that ends the line holding `position`. */
const afterLine = (text, position) => {
  const newline = text.indexOf('\n', position);
  return newline === -1 ? text.length : newline + 1;
};
const indentAt = (text, position) => text.slice(lineStart(text, position)).match(/^[ \t]*/)[0];

/** Names where the source says where: `path:line`. */
export function whereIs({ path, tree }, node) {
  return `${path}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** The value a declaration starts with, seen through `as const` and `satisfies`. */
function unwrap(node) {
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))) node = node.expression;
  return node;
}

/** The initializer of the top-level `const <name> = …` (an array or object literal). */
export function initializerOf(source, name) {
  for (const statement of source.tree.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return unwrap(declaration.initializer);
    }
  }
  throw new Error(`${source.path}: no top-level const ${name}`);
}

/** The type of the top-level `type <name> = …`. */
export function typeAliasOf(source, name) {
  const found = source.tree.statements.find((statement) => ts.isTypeAliasDeclaration(statement) && statement.name.text === name);
  if (!found) throw new Error(`${source.path}: no type ${name}`);
  return found.type;
}

/** The top-level imports and exports `from` a module, as written (`'./catalogs/en/core.js'`). */
export function statementsFrom(source, test) {
  return source.tree.statements.filter(
    (statement) => (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && test(statement.moduleSpecifier.text),
  );
}

export const isImport = (statement) => ts.isImportDeclaration(statement);

/** The name of a property as written, quoted or not (`'section.company/sites'` → `section.company/sites`). */
export function propertyName(property) {
  const name = property.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** An object literal's property `name`, if it is a string (the `id` of a section row). */
export function stringProperty(object, name) {
  const property = object.properties.find((p) => ts.isPropertyAssignment(p) && propertyName(p) === name);
  return property && ts.isStringLiteral(property.initializer) ? property.initializer.text : undefined;
}

/** An object literal's property `name`, if it is a number (the `order` of a section row). */
export function numberProperty(object, name) {
  const property = object.properties.find((p) => ts.isPropertyAssignment(p) && propertyName(p) === name);
  return property && ts.isNumericLiteral(property.initializer) ? Number(property.initializer.text) : undefined;
}

export const isObject = (node) => ts.isObjectLiteralExpression(node);
export const isString = (node, value) => ts.isStringLiteral(node) && node.text === value;

/**
 * Puts `lines` (one entry or statement, without its indentation) on the lines after `anchor`'s,
 * indented like it. After a list's last entry the list must end in a trailing comma, so the new
 * entry (written with its own comma) is one that can be taken out again whole.
 */
export function insertAfter(source, anchor, lines, { list } = {}) {
  if (list && list.at(-1) === anchor && !list.hasTrailingComma) {
    throw new Error(`${whereIs(source, anchor)}: the list does not end in a trailing comma; add one, then run this again`);
  }
  const indent = indentAt(source.text, anchor.getStart());
  const text = lines
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
  return { at: afterLine(source.text, anchor.getEnd()), insert: `${text}\n` };
}

/**
 * Takes out the whole lines `node` is written on, with the comma after it; refuses when it shares
 * a line with another entry (someone joined the lines), rather than take that one out too.
 */
export function removeLines(source, node) {
  const from = lineStart(source.text, node.getStart());
  const to = afterLine(source.text, node.getEnd());
  const before = source.text.slice(from, node.getStart());
  const after = source.text.slice(node.getEnd(), to);
  if (before.trim() !== '' || !/^,?[ \t]*(\/\/.*)?\r?\n?$/.test(after)) {
    throw new Error(`${whereIs(source, node)}: shares its line with other code; take it out by hand`);
  }
  return { from, to };
}

/** Adds `typeof x` as the last member of an intersection type (` &` then a new line, as written). */
export function appendToIntersection(source, intersection, member) {
  if (!ts.isIntersectionTypeNode(intersection)) throw new Error(`${source.path}: expected an intersection type`);
  const last = intersection.types.at(-1);
  return { at: last.getEnd(), insert: ` &\n${indentAt(source.text, last.getStart())}${member}` };
}

/** Takes a member out of an intersection type, with the ` &` that joined it. */
export function removeFromIntersection(source, intersection, member) {
  const types = intersection.types;
  const index = types.findIndex((type) => type.getText(source.tree) === member);
  if (index === -1) return undefined;
  if (index > 0) return { from: types[index - 1].getEnd(), to: types[index].getEnd() };
  return types.length > 1 ? { from: types[0].getStart(), to: types[1].getStart() } : undefined;
}
