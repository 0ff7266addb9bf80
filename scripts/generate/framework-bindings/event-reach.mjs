// Whether an event class bubbles and crosses shadow roots (`composed`), read from its source: the
// options its constructor passes to `Event`, written inline (`super(type, { bubbles: true, composed:
// true })`), as a constant of the same file (`const fact = { bubbles: true, composed: true } as
// const`), or by a base class of the same file that does one of those. Options it cannot read
// without running the code (a parameter, a spread, a base class from another file) come back as a
// reason instead of a guess: a listener typed on the provider for an event that never reaches it,
// or one missing for an event that does, is exactly what the bindings must not ship.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * @typedef {{ bubbles: boolean, composed: boolean }} EventReach
 * @typedef {EventReach | { unreadable: string }} ReachAnswer
 */

/**
 * @param {string} file path of the module that declares the class
 * @param {string} className
 * @returns {ReachAnswer}
 */
export function eventReach(file, className) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const classes = new Map();
  const constants = new Map();
  for (const statement of source.statements) {
    if (ts.isClassDeclaration(statement) && statement.name) classes.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement) && statement.declarationList.flags & ts.NodeFlags.Const) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) constants.set(declaration.name.text, declaration.initializer);
      }
    }
  }
  return classReach(className, { classes, constants }, new Set());
}

function classReach(name, scope, seen) {
  const declaration = scope.classes.get(name);
  if (!declaration) return { unreadable: `${name} is not declared in its module` };
  if (seen.has(name)) return { unreadable: `${name} extends itself` };
  seen.add(name);
  const base = declaration.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base || !ts.isIdentifier(base)) return { unreadable: `${name} does not extend a class by name` };
  const constructor = declaration.members.find((member) => ts.isConstructorDeclaration(member) && member.body);
  if (base.text !== 'Event') {
    // A base of the same file decides the options; the subclass only passes type and fields on.
    if (!scope.classes.has(base.text)) return { unreadable: `${name} extends ${base.text}, which its module does not declare` };
    return classReach(base.text, scope, seen);
  }
  if (!constructor) return { unreadable: `${name} has no constructor, so whoever creates it chooses the options` };
  const superCall = constructor.body.statements
    .map((statement) => (ts.isExpressionStatement(statement) ? statement.expression : null))
    .find((expression) => expression && ts.isCallExpression(expression) && expression.expression.kind === ts.SyntaxKind.SuperKeyword);
  if (!superCall) return { unreadable: `${name}'s constructor does not call super() as a statement` };
  const options = superCall.arguments[1];
  // `new Event(type)`: neither bubbles nor composed.
  if (!options) return { bubbles: false, composed: false };
  return optionsReach(options, scope, name, new Set());
}

function optionsReach(expression, scope, name, seen) {
  let node = expression;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
  if (ts.isIdentifier(node)) {
    const initializer = scope.constants.get(node.text);
    if (!initializer || seen.has(node.text)) return { unreadable: `${name} passes \`${node.text}\`, not an options constant of its module` };
    seen.add(node.text);
    return optionsReach(initializer, scope, name, seen);
  }
  if (!ts.isObjectLiteralExpression(node)) return { unreadable: `${name} passes options that are not an object literal` };
  if (node.properties.some((property) => ts.isSpreadAssignment(property))) return { unreadable: `${name} spreads its options` };
  const flag = (key) => {
    const property = node.properties.find((p) => p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key);
    if (!property) return false; // Event's default
    if (ts.isPropertyAssignment(property)) {
      if (property.initializer.kind === ts.SyntaxKind.TrueKeyword) return true;
      if (property.initializer.kind === ts.SyntaxKind.FalseKeyword) return false;
    }
    return null;
  };
  const bubbles = flag('bubbles');
  const composed = flag('composed');
  if (bubbles === null || composed === null) return { unreadable: `${name} sets bubbles or composed to something other than true or false` };
  return { bubbles, composed };
}
