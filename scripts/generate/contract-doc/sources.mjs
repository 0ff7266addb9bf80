/**
 * The facts docs/contract.md is written from, read where they are kept: openapi.json (error codes,
 * `x-access`, the paging and `Idempotency-Key` parameters), the mocks (their role model, API-key
 * scopes and page sizes, and the error codes they send), src/access/sections.ts and
 * src/api/errors.ts. Shared by the generator (`../contract-doc.mjs`) and the contract test
 * (test/contract/contract-doc.test.mjs), so both read each source the same way.
 *
 * TypeScript is read through its syntax tree (the `typescript` package), never by matching text;
 * modules whose values are needed (roles, scopes, page sizes, sections) are bundled by esbuild,
 * as scripts/mock-api/server.mjs does for the whole mock server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { loadDocument, operationsOf, resolve } from '../../../conformance/lib/document.mjs';

export { loadDocument, operationsOf, resolve };

export const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A file of the repository, by its path from the root. */
export const readFile = (file) => fs.readFileSync(path.join(root, file), 'utf8');

// ---- error codes: openapi.json -------------------------------------------------------------------

/** Where the one list of error codes is: `ErrorDetail.code`, a `oneOf` of one `const` (and its `description`) per code. */
export const errorCodePointer = '#/components/schemas/ErrorDetail/properties/code';

/**
 * The contract's error codes in document order: `[{ code, description, statuses, status }]`, each
 * code's meaning from the list and its HTTP status from the responses that name it (`statuses`:
 * all of them; `status`: the one, or `undefined` when there is not exactly one: the test says so).
 */
export function errorCodes(doc) {
  const schema = resolve(doc, { $ref: errorCodePointer });
  const statuses = new Map();
  for (const { status, codes } of errorResponses(doc)) for (const code of codes ?? []) statuses.set(code, new Set([...(statuses.get(code) ?? []), status]));
  return (schema.oneOf ?? []).map(({ const: code, description }) => {
    const found = [...(statuses.get(code) ?? [])].sort();
    return { code, description, statuses: found, status: found.length === 1 ? found[0] : undefined };
  });
}

/**
 * The codes an error response's schema names (`allOf: [Error, { … error: { code: { const | enum } } }]`),
 * or `null` when it names none (any listed code of its status may come).
 */
function codesNamedBy(doc, schema) {
  const resolved = resolve(doc, schema);
  if (!resolved) return null;
  // Not resolved further: `Error`'s own `error` is a reference to ErrorDetail, which names them all.
  const code = resolved.properties?.error?.properties?.code;
  if (code?.const !== undefined) return [code.const];
  if (Array.isArray(code?.enum)) return code.enum;
  for (const part of resolved.allOf ?? []) {
    const named = codesNamedBy(doc, part);
    if (named) return named;
  }
  return null;
}

/**
 * Every error response of every operation: `[{ op, status, codes }]`, where `codes` are the codes
 * the response names, or `null` when it names none (the test fails on one).
 */
export function errorResponses(doc) {
  return operationsOf(doc).flatMap((op) =>
    Object.entries(op.operation.responses)
      .filter(([status]) => /^[45]\d\d$/.test(status))
      .map(([status, response]) => ({ op, status: Number(status), codes: codesNamedBy(doc, resolve(doc, response)?.content?.['application/json']?.schema) })),
  );
}

/** The operations that may send each listed code, by code: those with a response that names it. */
export function codeSenders(doc) {
  const senders = new Map(errorCodes(doc).map(({ code }) => [code, []]));
  for (const { op, status, codes } of errorResponses(doc)) for (const code of codes ?? []) senders.get(code)?.push({ op, status });
  return senders;
}

// ---- TypeScript sources, through the syntax tree -------------------------------------------------

function parse(file) {
  return ts.createSourceFile(file, readFile(file), ts.ScriptTarget.Latest, true);
}

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

const lineOf = (source, node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

/** The TypeScript files under a folder of the repository (no declaration files), sorted. */
function typeScriptFiles(folder) {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * How the mocks make an error: the call, where its code is among the arguments, and its status
 * (an argument's index, or the status the helper always sends).
 */
const mockErrorMakers = {
  errorJson: { code: 1, status: { argument: 0 } },
  MockApiError: { code: 1, status: { argument: 0 } },
  conflict: { code: 0, status: { fixed: 409 } },
};

/** A code argument that only passes a code on (`code` inside a helper, `error.code`), not one of its own. */
const forwardsACode = (node) => (ts.isIdentifier(node) && node.text === 'code') || (ts.isPropertyAccessExpression(node) && node.name.text === 'code');

const calleeName = (expression) => (ts.isIdentifier(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : undefined);

/**
 * The error codes the mocks send, wherever they are written in mocks/: `{ sent, unread }`. `sent`
 * is `[{ code, status, at }]` (`status` undefined when the source does not say it; `at` is
 * `file:line`) from the calls that make an error (`errorJson`, `new MockApiError`, `conflict`) and
 * from any `code: '…'` property. `unread` lists the calls whose code is neither written out nor
 * passed on, so the test cannot tell which code they send.
 */
export function mockErrorCodes(folder = 'mocks') {
  const sent = [];
  const unread = [];
  for (const file of typeScriptFiles(folder)) {
    const source = parse(file);
    walk(source, (node) => {
      const at = () => `${file}:${lineOf(source, node)}`;
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'code' && ts.isStringLiteralLike(node.initializer)) {
        sent.push({ code: node.initializer.text, status: undefined, at: at() });
        return;
      }
      if (!ts.isCallExpression(node) && !ts.isNewExpression(node)) return;
      const maker = mockErrorMakers[calleeName(node.expression)];
      const args = node.arguments ?? [];
      if (!maker || args.length <= maker.code) return;
      const code = args[maker.code];
      if (!ts.isStringLiteralLike(code)) {
        if (!forwardsACode(code)) unread.push({ at: at(), text: node.getText(source).slice(0, 120) });
        return;
      }
      const statusArgument = maker.status.argument === undefined ? undefined : args[maker.status.argument];
      const status = maker.status.fixed ?? (statusArgument && ts.isNumericLiteral(statusArgument) ? Number(statusArgument.text) : undefined);
      sent.push({ code: code.text, status, at: at() });
    });
  }
  return { sent, unread };
}

/**
 * `SettingsErrorCode` of src/api/errors.ts: the codes its union spells out, and the text of its
 * doc comment.
 */
export function clientErrorCodes(file = 'src/api/errors.ts') {
  const source = parse(file);
  const alias = source.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === 'SettingsErrorCode');
  if (!alias) throw new Error(`${file} has no type SettingsErrorCode`);
  const members = ts.isUnionTypeNode(alias.type) ? alias.type.types : [alias.type];
  const codes = members.filter((m) => ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal)).map((m) => m.literal.text);
  const doc = ts
    .getJSDocCommentsAndTags(alias)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join('\n');
  return { codes, doc };
}

/**
 * The string literals the client's code uses as values (src/api/*.ts, outside type declarations):
 * the codes the client makes itself (`network_error`, `aborted`, …) are among them.
 */
export function clientValueStrings(folder = 'src/api') {
  const found = new Set();
  for (const file of typeScriptFiles(folder)) {
    const source = parse(file);
    walk(source, (node) => {
      if (ts.isStringLiteralLike(node) && !ts.findAncestor(node, (a) => ts.isTypeAliasDeclaration(a) || ts.isInterfaceDeclaration(a) || ts.isTypeNode(a))) found.add(node.text);
    });
  }
  return found;
}

// ---- values of the mocks and of src/access -------------------------------------------------------

/**
 * The modules' values, bundled by esbuild into one self-contained module (they import types only
 * from elsewhere): the mocks' role model (mocks/roles.ts), API-key scopes
 * (mocks/db/api-key-scopes.ts) and page sizes (mocks/paging.ts), and the built-in sections
 * (src/access/sections.ts).
 */
export async function loadModel() {
  const entry = [
    "export { organizationRoles, companyRoles, grantableCompanyRoleIds } from './mocks/roles.ts';",
    "export { apiKeyScopes } from './mocks/db/api-key-scopes.ts';",
    "export { defaultPageSize, maxPageSize } from './mocks/paging.ts';",
    "export { sections } from './src/access/sections.ts';",
  ].join('\n');
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'contract-doc-model.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
