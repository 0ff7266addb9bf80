// openapi.json itself: valid OpenAPI 3.1, every schema compiles under strict JSON Schema 2020-12,
// and every operation follows the contract's conventions (auth, errors, rate limits, access rules,
// idempotent writes), so a route added later cannot quietly leave one out.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import { createSchemaSet, examplesOf, invalidExamplesOf, loadDocument, operationsOf, resolve } from '../../conformance/lib/document.mjs';

const doc = loadDocument();
const operations = operationsOf(doc);
const schemas = createSchemaSet(doc);

test('is valid OpenAPI 3.1', async () => {
  assert.equal(doc.openapi, '3.1.0');
  const result = await validate(loadDocument()); // validate() dereferences its argument: a fresh copy
  assert.ok(result.valid, result.valid ? '' : compileErrors(result));
});

test('every schema compiles with strict Ajv (2020-12, formats)', () => {
  const failures = [];
  const compile = (label, get) => {
    try {
      if (!get()) failures.push(`${label}: not found`);
    } catch (error) {
      failures.push(`${label}: ${error.message}`);
    }
  };
  for (const name of Object.keys(doc.components.schemas)) compile(name, () => schemas.component(name));
  for (const key of schemas.parts()) compile(key, () => schemas.part(key));
  assert.deepEqual(failures, []);
});

test('operation ids are unique and name a client method each (checked by type in contract-types.check.ts)', () => {
  const ids = operations.map((o) => o.id);
  assert.ok(ids.every((id) => /^[a-z][A-Za-z]+$/.test(id)), ids.join(', '));
  assert.equal(new Set(ids).size, ids.length);
});

test('every operation documents auth, rate limits and server errors, and one success', () => {
  const problems = operations.flatMap(({ id, operation }) => {
    const statuses = Object.keys(operation.responses);
    const success = statuses.filter((s) => s.startsWith('2'));
    const found = [];
    for (const status of ['401', '429', '500']) if (!statuses.includes(status)) found.push(`${id}: no ${status}`);
    if (success.length !== 1) found.push(`${id}: ${success.length} success statuses`);
    if (operation.requestBody && !['400', '422'].every((s) => statuses.includes(s))) found.push(`${id}: a body can be malformed (400) or invalid (422)`);
    if (!resolve(doc, operation.responses['429'])?.headers?.['Retry-After']) found.push(`${id}: 429 without Retry-After`);
    if (operation.security && operation.security.length === 0) found.push(`${id}: unauthenticated`);
    return found;
  });
  assert.deepEqual(problems, []);
});

test('every write takes an Idempotency-Key', () => {
  const missing = operations
    .filter((o) => o.method !== 'get')
    .filter((o) => !(o.operation.parameters ?? []).some((p) => resolve(doc, p).name === 'Idempotency-Key'))
    .map((o) => o.id);
  assert.deepEqual(missing, []);
});

test('every operation states its access rule (x-access) in the contract’s terms', () => {
  const permissions = {
    organization: doc.components.schemas.OrganizationPermission.enum,
    company: doc.components.schemas.CompanyPermission.enum,
  };
  const features = Object.keys(doc.components.schemas.FeatureFlags.properties);
  const problems = operations.flatMap(({ id, path, operation }) => {
    const access = operation['x-access'];
    const found = [];
    if (!['personal', 'organization', 'company'].includes(access?.scope)) return [`${id}: x-access ${JSON.stringify(access)}`];
    if (access.permission && !permissions[access.scope]?.includes(access.permission)) found.push(`${id}: unknown ${access.scope} permission ${access.permission}`);
    if (access.feature && !features.includes(access.feature)) found.push(`${id}: unknown feature ${access.feature}`);
    if (access.scope === 'company' && (!path.startsWith('/companies/{companyId}') || !access.permission)) found.push(`${id}: a company rule needs /companies/{companyId} and a permission`);
    if (access.scope !== 'personal' && !operation.responses['403']) found.push(`${id}: can be refused, but documents no 403`);
    return found;
  });
  assert.deepEqual(problems, []);
});

/** Each operation's request body media type and parameters, with the schema-set key of each. */
const requestHolders = (id, operation) => {
  const media = resolve(doc, operation.requestBody)?.content?.['application/json'];
  return [
    ...(media ? [{ key: `${id}.request`, holder: media, fields: Object.keys(resolve(doc, media.schema)?.properties ?? {}) }] : []),
    ...(operation.parameters ?? []).map((p) => resolve(doc, p)).map((p) => ({ key: `${id}.${p.in}.${p.name}`, holder: p, fields: [p.name] })),
  ];
};

test('every example of a request body or parameter is a valid request (tools show and send them)', () => {
  const problems = [];
  for (const { id, operation } of operations) {
    for (const { key, holder } of requestHolders(id, operation)) {
      for (const { name, value } of examplesOf(holder)) {
        const check = schemas.part(key);
        if (!check(value)) problems.push(`${key} example "${name}": ${schemas.errorsText(check)}`);
        if (name.startsWith('invalid')) problems.push(`${key} example "${name}": a request to refuse goes in x-invalid-examples`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every request to refuse (x-invalid-examples) is beside a request body or parameter, says what it breaks and names a documented status and the request’s fields', () => {
  const read = new Set();
  const problems = [];
  for (const { id, operation } of operations) {
    for (const { key, holder, fields } of requestHolders(id, operation)) {
      read.add(holder);
      for (const example of invalidExamplesOf(holder)) {
        const where = `${key} x-invalid-examples "${example.name}"`;
        if (typeof example.summary !== 'string' || !example.summary.trim()) problems.push(`${where}: no summary of what it breaks`);
        if (example.value === undefined) problems.push(`${where}: no value`);
        if (!operation.responses[String(example.status)] || !/^4\d\d$/.test(String(example.status))) problems.push(`${where}: status ${example.status} is not a documented 4xx of ${id}`);
        if (!Array.isArray(example.fields) || example.fields.length === 0) problems.push(`${where}: no fields named`);
        else for (const field of example.fields.filter((f) => !fields.includes(f))) problems.push(`${where}: ${field} is not a field of the request`);
      }
    }
  }
  // Anywhere else (a response, a component schema), no test would send it.
  const misplaced = [];
  const walk = (node, pointer) => {
    if (!node || typeof node !== 'object') return;
    if (node['x-invalid-examples'] && !read.has(node)) misplaced.push(`${pointer || '/'}: x-invalid-examples is read only beside an operation’s request body or parameters`);
    for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key}`);
  };
  walk(doc, '');
  assert.deepEqual([...problems, ...misplaced], []);
});

test('every type exported by src/api/types.ts is checked against the document in contract-types.check.ts', () => {
  const source = fs.readFileSync(new URL('../../src/api/types.ts', import.meta.url), 'utf8');
  const checks = fs.readFileSync(new URL('./contract-types.check.ts', import.meta.url), 'utf8');
  const exported = [...source.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);
  assert.deepEqual(
    exported.filter((name) => !new RegExp(`\\bApi\\.${name}\\b`).test(checks)),
    [],
    'name each of these in contract-types.check.ts (as a schema pair, or in NotOnTheWire)',
  );
});
