#!/usr/bin/env node
// Writes docs/contract.md, the contract's reference for a backend team, from the sources that hold
// its facts (contract-doc/sources.mjs reads them): openapi.json (the access rules, the error codes
// and their statuses and meanings, CORS's methods and headers, the Idempotency-Key rules, paging),
// src/access/sections.ts (what a permission opens), the mocks (their role model, API-key scopes and
// page sizes) and src/api/errors.ts (the client's own codes). The prose around them is
// contract-doc/template.md; each `<!-- contract-doc:<block> -->` line there becomes a block below.
// The whole page is generated, so nothing in it is edited by hand: a fact changes in its source,
// the prose in the template. `--check` (CI) writes nothing and fails when the page is stale or a
// source disagrees with another (the mocks' role model and conformance/roles.example.json, the
// page sizes and openapi.json's `limit`). A template rather than hand-written regions of the page
// between markers (as tokens-doc.mjs keeps in the README): this page is mostly generated, so its
// prose is kept in one file of its own, the page is reproduced byte for byte, and a hand edit to it
// fails `--check` instead of surviving next to the facts it may contradict.
import fs from 'node:fs';
import path from 'node:path';
import { accessAllows } from '../../conformance/lib/access.mjs';
import { clientErrorCodes, codeSenders, errorCodes, loadDocument, loadModel, operationsOf, readFile, resolve, root } from './contract-doc/sources.mjs';

const target = 'docs/contract.md';
const doc = loadDocument();
const operations = operationsOf(doc);
const model = await loadModel();
const problems = [];

// ---- small writers ------------------------------------------------------------------------------

const code = (text) => `\`${text}\``;
/** A table cell: one line, no column break. */
const cell = (text) => String(text).replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
const route = (op) => code(`${op.method.toUpperCase()} ${op.path}`);
const routes = (ops) => (ops.length ? ops.map(route).join('<br>') : '—');
const list = (items) => items.join(', ');
const writes = operations.filter((op) => op.method !== 'get');

const withBody = operations.filter((op) => resolve(doc, op.operation.requestBody)?.content?.['application/json']);
/** Sets of operations with a name, for `which`. */
const groups = [
  ['every operation', operations],
  ['every write', writes],
  ['every operation with a request body', withBody],
  ['every operation outside the `personal` scope', operations.filter((op) => op.operation['x-access'].scope !== 'personal')],
];

/** The operations as a short phrase: one of the groups, all but a few, or each one. */
function which(ops) {
  const ids = new Set(ops.map((op) => op.id));
  const group = groups.find(([, members]) => members.length === ids.size && members.every((op) => ids.has(op.id)));
  if (group) return `${group[0]} (${ops.length})`;
  const others = operations.filter((op) => !ids.has(op.id));
  if (others.length <= 6) return `every operation but ${others.map(route).join(', ')} (${ops.length})`;
  return routes(ops);
}

/** A sentence of the document inside parentheses: no capital, no full stop. */
const aside = (sentence) => sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, '');

/** The paragraph of openapi.json's description that starts with `**<label>.**` (or `**<label>**`). */
function infoParagraph(label) {
  const found = doc.info.description.split('\n\n').find((p) => p.startsWith(`**${label}.**`) || p.startsWith(`**${label}**`));
  if (!found) problems.push(`openapi.json's info.description has no "**${label}.**" paragraph`);
  return found ?? '';
}

// ---- blocks -------------------------------------------------------------------------------------

const organizationPermissions = doc.components.schemas.OrganizationPermission.enum;
const companyPermissions = doc.components.schemas.CompanyPermission.enum;
const features = Object.keys(doc.components.schemas.FeatureFlags.properties);
const everyFeature = Object.fromEntries(features.map((f) => [f, true]));

/** A session holding these permissions only, in the organization and in one company `c`, every feature on. */
const sessionWith = (permissions) => ({
  organization: { permissions },
  companies: [{ id: 'c', permissions }],
  features: everyFeature,
});
/** The operations that name a permission and that these permissions allow. */
const allowedBy = (permissions) => operations.filter((op) => op.operation['x-access'].permission && accessAllows(op.operation['x-access'], sessionWith(permissions), 'c'));

const scopeWho = {
  personal: 'any signed-in user',
  organization: 'a member of the organization (a session with `organization`), with the `feature` and `permission` when the rule names them',
  company: 'a user assigned to the company in the path (one of the session’s `companies`), with the `permission` there',
};

function access() {
  const scopes = [...new Set(operations.map((op) => op.operation['x-access'].scope))];
  for (const scope of scopes.filter((s) => !scopeWho[s])) problems.push(`x-access scope ${scope} has no sentence in contract-doc.mjs (scopeWho)`);
  return [
    infoParagraph('Access'),
    '',
    table(
      ['`x-access` scope', 'who may call', 'operations that need nothing more'],
      scopes.map((scope) => [code(scope), scopeWho[scope] ?? '', routes(operations.filter((op) => op.operation['x-access'].scope === scope && !op.operation['x-access'].permission))]),
    ),
  ].join('\n');
}

function permissions() {
  const sectionUse = (permission) =>
    model.sections.flatMap((s) => [
      ...(s.viewPermission === permission ? [`shows ${code(s.id)}`] : []),
      ...(s.managePermission === permission ? [`makes ${code(s.id)} writable`] : []),
    ]);
  const rows = [...organizationPermissions.map((p) => ['organization', p]), ...companyPermissions.map((p) => ['company', p])].map(([scope, permission]) => [
    code(permission),
    scope,
    list(sectionUse(permission)) || '—',
    routes(allowedBy([permission])),
  ]);
  return table(['permission', 'scope', 'in the Settings area', 'operations it allows'], rows);
}

function featureTable() {
  return [
    'A tenant’s plan switches whole areas on and off (`session.features`). An operation whose `x-access` names a feature answers 403 to every user of a tenant without it, whatever their permissions, and its section is hidden.',
    '',
    table(
      ['feature', 'section', 'operations'],
      features.map((feature) => [
        code(feature),
        list(model.sections.filter((s) => s.feature === feature).map((s) => code(s.id))) || '—',
        routes(operations.filter((op) => op.operation['x-access'].feature === feature)),
      ]),
    ),
  ].join('\n');
}

const roleName = (role) => `${role.name} (${code(role.id)})`;
const companyRoleOf = (id) => model.companyRoles.find((r) => r.id === id);
/** `GrantableOrganizationRole.companyAccess`, as the mock session derives it from a role. */
const companyAccessOf = (role) => (role.allCompanies ? 'all' : role.companyRoleId ? 'choose' : 'none');

function roles() {
  const organizationRoles = model.organizationRoles;
  const mark = (held) => (held ? '✓' : '');
  const organization = table(
    ['organization permission', ...organizationRoles.map(roleName)],
    [
      ...organizationPermissions.map((p) => [code(p), ...organizationRoles.map((r) => mark(r.permissions.includes(p)))]),
      ['*company role, in its companies*', ...organizationRoles.map((r) => (r.companyRoleId ? roleName(companyRoleOf(r.companyRoleId)) : '—'))],
      ['*company access* (`companyAccess`)', ...organizationRoles.map((r) => code(companyAccessOf(r)))],
      ['*may grant on the admin team*', ...organizationRoles.map((r) => list(r.grants.map((id) => organizationRoles.find((o) => o.id === id).name)) || '—')],
    ],
  );
  const company = table(
    ['company permission', ...model.companyRoles.map(roleName)],
    companyPermissions.map((p) => [code(p), ...model.companyRoles.map((r) => mark(r.permissions.includes(p)))]),
  );
  const accessValues = doc.components.schemas.GrantableOrganizationRole.properties.companyAccess.description;
  const grantable = model.grantableCompanyRoleIds.map((id) => companyRoleOf(id).name);
  return [
    '**Organization roles.** Each carries organization permissions, and the company role it confers in the companies its holder has access to.',
    `Company access: ${accessValues}`,
    'A holder grants only the roles in their session’s `grantableRoles` (the last row), and never company access wider than their own.',
    '',
    organization,
    '',
    `**Company roles.** In one company, whether a company membership or an organization role confers it. Whoever holds \`company.members.manage\` in a company may grant every company role there (${list(grantable)}).`,
    '',
    company,
  ].join('\n');
}

/** conformance/roles.example.json must be the mocks' role model, row for row. */
function checkRoleFile() {
  const file = JSON.parse(readFile('conformance/roles.example.json'));
  const rows = (definitions) => Object.fromEntries(definitions.map((r) => [r.id, [...r.permissions].sort()]));
  const sorted = (object) => Object.fromEntries(Object.entries(object ?? {}).map(([id, p]) => [id, [...p].sort()]));
  for (const scope of ['organization', 'company']) {
    const mocks = rows(scope === 'organization' ? model.organizationRoles : model.companyRoles);
    if (JSON.stringify(sorted(file[scope])) !== JSON.stringify(mocks)) {
      problems.push(`conformance/roles.example.json's ${scope} roles are not mocks/roles.ts's: ${JSON.stringify(file[scope])} vs ${JSON.stringify(mocks)}`);
    }
  }
}

function apiKeyScopes() {
  const schemas = doc.components.schemas;
  const create = operations.find((op) => op.id === 'createApiKey');
  const createAccess = create.operation['x-access'];
  // Who may create keys at all, and the company access that decides their company scopes.
  const creators = model.organizationRoles
    .filter((r) => accessAllows(createAccess, { organization: { permissions: r.permissions }, companies: [], features: everyFeature }))
    .flatMap((role) => {
      const companyRole = role.companyRoleId ? companyRoleOf(role.companyRoleId) : null;
      const variants = role.allCompanies ? [['', true]] : companyRole ? [[', all companies', true], [', some companies', false]] : [['', false]];
      return variants.map(([label, everyCompany]) => ({
        label: `${role.name}${label}`,
        holds: (permission) =>
          organizationPermissions.includes(permission) ? role.permissions.includes(permission) : everyCompany && Boolean(companyRole?.permissions.includes(permission)),
      }));
    });
  const scopeRows = model.apiKeyScopes.map((scope) => [
    code(scope.id),
    scope.area,
    `${code(scope.requires)}${companyPermissions.includes(scope.requires) ? ' in every company' : ''}`,
    ...creators.map((c) => (c.holds(scope.requires) ? '✓' : '')),
  ]);
  const fullAccess = ['*full access*', '', 'every scope', ...creators.map((c) => (model.apiKeyScopes.every((s) => c.holds(s.requires)) ? '✓' : ''))];
  return [
    `**What a scope is.** ${schemas.ApiKeyScope.description}`,
    '',
    `**Who may create a key:** ${routes([create])} needs ${code(createAccess.permission)}${createAccess.feature ? ` and the ${code(createAccess.feature)} feature` : ''}. The policy (${routes(operations.filter((op) => op.id === 'getApiKeyPolicy'))}) lists every scope for the caller, each with \`grantable\` (${aside(schemas.ApiKeyScopeOption.properties.grantable.description)}), and \`fullAccessGrantable\` (${aside(schemas.ApiKeyPolicy.properties.fullAccessGrantable.description)}).`,
    '',
    `**When a creator may not give it.** Scopes or full access beyond the creator's are 403 (\`forbidden\`), also when the create is sent again under its \`Idempotency-Key\` after the creator lost them; an unknown scope, or none without full access, is 422 \`fields.scopes\`.`,
    '',
    'The contract does not fix the scopes: `ApiKeyScope` is a string and the policy lists your server’s. What a key may then do is up to the API the keys are for. The mock server offers these ([`mocks/db/api-key-scopes.ts`](../mocks/db/api-key-scopes.ts)), each standing for a permission. On the right, who may put it on a key in the mocks’ role model (a ✓ under a role that may create keys, with the company access that decides its company scopes):',
    '',
    table(['scope', 'area', 'stands for (held when the creator holds it)', ...creators.map((c) => c.label)], [...scopeRows, fullAccess]),
  ].join('\n');
}

function errors() {
  const senders = codeSenders(doc);
  for (const c of errorCodes(doc).filter((c) => c.status === undefined || !c.description)) {
    problems.push(`error code ${c.code}: ${c.description ? '' : 'no description; '}sent with ${c.statuses.length ? c.statuses.join(' and ') : 'no status'} (npm run test:contract says more)`);
  }
  const rows = errorCodes(doc).map(({ code: c, status, description }) => [code(c), status, description, which((senders.get(c) ?? []).map((s) => s.op))]);
  const listed = new Set(errorCodes(doc).map((c) => c.code));
  const clientOwn = clientErrorCodes().codes.filter((c) => !listed.has(c));
  return [
    table(['code', 'status', 'meaning', 'sent by'], rows),
    '',
    `The client (\`SettingsApiError.code\`) passes the server's code on. It also has codes of its own that no server sends: ${list(clientOwn.map(code))} for answers without a code of the contract and for requests that got no answer (\`SettingsErrorCode\` in \`src/api/errors.ts\` says which is which).`,
  ].join('\n');
}

function cors() {
  const order = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  const methods = [...new Set(operations.map((op) => op.method.toUpperCase()))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const bearer = Object.values(doc.components.securitySchemes).some((s) => s.type === 'http' && s.scheme === 'bearer');
  if (!bearer) problems.push('openapi.json has no bearer security scheme: the CORS section assumes `Authorization`');
  const headerParameters = new Map();
  for (const op of operations) {
    for (const p of (op.operation.parameters ?? []).map((x) => resolve(doc, x)).filter((x) => x.in === 'header')) {
      headerParameters.set(p.name, [...(headerParameters.get(p.name) ?? []), op]);
    }
  }
  const exposed = new Map();
  for (const op of operations) {
    for (const [status, response] of Object.entries(op.operation.responses)) {
      for (const name of Object.keys(resolve(doc, response).headers ?? {})) exposed.set(name, new Set([...(exposed.get(name) ?? []), status]));
    }
  }
  const requestHeaders = [
    ['Authorization', 'every request carries it (`Bearer <token>`)'],
    ['Content-Type', `${which(withBody)} sends it (\`application/json\`)`],
    ...[...headerParameters].map(([name, ops]) => [name, `${which(ops)} takes it`]),
  ];
  const example = operations.find((op) => op.method === 'post' && withBody.includes(op) && headerParameters.get('Idempotency-Key')?.includes(op));
  const server = doc.servers?.[0]?.url ?? '';
  const rateLimited = errorCodes(doc).find((c) => c.status === 429)?.code;
  return [
    table(
      ['header', 'value', 'because'],
      [
        ['`Access-Control-Allow-Methods`', list(methods.map(code)), 'the operations use them'],
        ...requestHeaders.map(([name, when]) => ['`Access-Control-Allow-Headers`', code(name), when]),
        ...[...exposed].map(([name, statuses]) => ['`Access-Control-Expose-Headers`', code(name), `the client reads it on ${[...statuses].join(', ')}`]),
      ],
    ),
    '',
    '`Accept: application/json` goes with every request too; the browser lets it through without asking. A preflight for a create, and its answer:',
    '',
    '```http',
    `OPTIONS ${server}${example.path} HTTP/1.1`,
    'Origin: https://app.example.com',
    `Access-Control-Request-Method: ${example.method.toUpperCase()}`,
    `Access-Control-Request-Headers: ${requestHeaders.map(([name]) => name.toLowerCase()).join(',')}`,
    '',
    'HTTP/1.1 204 No Content',
    'Access-Control-Allow-Origin: https://app.example.com',
    `Access-Control-Allow-Methods: ${methods.join(', ')}`,
    `Access-Control-Allow-Headers: ${requestHeaders.map(([name]) => name).join(', ')}`,
    'Access-Control-Max-Age: 600',
    'Vary: Origin',
    '```',
    '',
    'Every answer to the request itself, errors included, carries the origin and the exposed headers:',
    '',
    '```http',
    'HTTP/1.1 429 Too Many Requests',
    'Access-Control-Allow-Origin: https://app.example.com',
    `Access-Control-Expose-Headers: ${[...exposed.keys()].join(', ')}`,
    'Vary: Origin',
    'Retry-After: 30',
    'Content-Type: application/json',
    '',
    `{ "error": { "code": "${rateLimited}", "message": "Too many requests. Try again in a moment." } }`,
    '```',
  ].join('\n');
}

function idempotency() {
  const parameter = doc.components.parameters.IdempotencyKey;
  const taking = operations.filter((op) => (op.operation.parameters ?? []).some((p) => resolve(doc, p) === parameter));
  const codes = errorCodes(doc).filter((c) => c.code.startsWith('idempotency_key_'));
  return [
    `The \`${parameter.name}\` request header (\`IdempotencyKey\` in openapi.json), taken by ${which(taking)}, ${parameter.schema.minLength}–${parameter.schema.maxLength} characters. In the document's words:`,
    '',
    ...parameter.description.split('\n').map((line) => (line ? `> ${line}` : '>')),
    '',
    'Its answers:',
    '',
    table(
      ['code', 'status', 'meaning'],
      codes.map((c) => [code(c.code), c.status, c.description]),
    ),
  ].join('\n');
}

function paging() {
  const { parameters, schemas } = doc.components;
  const lists = operations.filter((op) => (op.operation.parameters ?? []).some((p) => resolve(doc, p) === parameters.Limit));
  const queryOf = (op) => (op.operation.parameters ?? []).map((p) => resolve(doc, p)).filter((p) => p.in === 'query');
  const named = new Map(lists.flatMap(queryOf).map((p) => [p.name === 'status' ? `status (${p.schema.enum.join(', ')})` : p.name, p]));
  const limit = parameters.Limit.description;
  for (const [name, value] of [
    ['defaultPageSize', model.defaultPageSize],
    ['maxPageSize', model.maxPageSize],
  ]) {
    if (!new RegExp(`\\b${value}\\b`).test(limit)) problems.push(`openapi.json's Limit does not say ${value}, which is mocks/paging.ts's ${name}`);
  }
  return [
    `${infoParagraph('Lists')} The lists: ${routes(lists).replace(/<br>/g, ', ')}.`,
    '',
    table(
      ['in', 'what'],
      [...named].map(([name, p]) => [code(name.replace(/ \(.*/, '')) + (name.includes('(') ? ` ${name.slice(name.indexOf('('))}` : ''), p.description]),
    ),
    '',
    table(
      ['out', 'what'],
      Object.entries(schemas.PageInfo.properties).map(([name, p]) => [code(name), p.description]),
    ),
    '',
    `The mock server's page sizes ([\`mocks/paging.ts\`](../mocks/paging.ts)): ${model.defaultPageSize} when \`limit\` is omitted, at most ${model.maxPageSize}. Yours may differ in the maximum: tell the conformance suite with \`--max-page-size\`.`,
  ].join('\n');
}

function conformance() {
  const readme = readFile('conformance/README.md');
  const section = readme.split(/\n## /).find((s) => s.startsWith('The rules\n'));
  const rules = section ? section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| rule ')).length : 0;
  if (!rules) problems.push('conformance/README.md has no "## The rules" table');
  return `[The rules](../conformance/README.md#the-rules) lists the ${rules} rules it checks, each with its checks; \`npm run conformance\` runs it against the mock server.`;
}

// ---- the page -----------------------------------------------------------------------------------

const sourcesLine =
  '`openapi.json`, `src/access/sections.ts`, `mocks/roles.ts`, `mocks/db/api-key-scopes.ts`, `mocks/paging.ts`, `src/api/errors.ts`, `conformance/README.md` and the prose of `scripts/generate/contract-doc/template.md`';
const contentsPlaceholder = '\u0000contents\u0000';
const blocks = {
  banner: () => `> Written by \`node scripts/generate/contract-doc.mjs\` from ${sourcesLine}: edit those, not this page, and run it again.`,
  contents: () => contentsPlaceholder, // filled in last, from the headings
  access,
  permissions,
  features: featureTable,
  roles,
  'api-key-scopes': apiKeyScopes,
  errors,
  cors,
  idempotency,
  paging,
  conformance,
};

const template = readFile('scripts/generate/contract-doc/template.md');
const used = new Set();
let page = template.replace(/^<!-- contract-doc:([\w-]+) -->$/gm, (marker, name) => {
  used.add(name);
  if (!blocks[name]) {
    problems.push(`template.md has ${marker}, which contract-doc.mjs does not write`);
    return marker;
  }
  return blocks[name]();
});
for (const name of Object.keys(blocks).filter((n) => !used.has(n))) problems.push(`template.md has no <!-- contract-doc:${name} --> line`);
checkRoleFile();

/** GitHub's anchor of a heading. */
const anchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
page = page.replace(contentsPlaceholder, headings.map((h) => `- [${h}](#${anchor(h)})`).join('\n'));

for (const [, link] of page.matchAll(/\]\((\.\.\/[^)#\s]+)/g)) {
  if (!fs.existsSync(path.join(root, 'docs', link))) problems.push(`${target} links to ${link}, which does not exist`);
}

if (problems.length) {
  for (const problem of problems) console.error(`contract-doc: ${problem}`);
  process.exit(1);
}
const current = fs.existsSync(path.join(root, target)) ? readFile(target) : '';
if (process.argv.includes('--check')) {
  if (current !== page) {
    console.error(`contract-doc: ${target} is stale: run \`node scripts/generate/contract-doc.mjs\` and commit it.`);
    process.exit(1);
  }
  console.log(`contract-doc: ${target} is current.`);
} else {
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, target), page);
  console.log(`contract-doc: wrote ${target} (${errorCodes(doc).length} error codes, ${organizationPermissions.length + companyPermissions.length} permissions, ${model.apiKeyScopes.length} API-key scopes).`);
}
