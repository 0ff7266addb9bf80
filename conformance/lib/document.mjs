// openapi.json as something to check responses against: its operations, matched by method and
// concrete path, and strict Ajv validators for every schema in it. Shared by the conformance
// suite (over HTTP) and the contract tests (the mocks in-process), so both judge by one reading.
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const documentUrl = new URL('../../openapi.json', import.meta.url);

/** A fresh copy each time: @readme/openapi-parser dereferences (mutates) what it is given. */
export function loadDocument() {
  return JSON.parse(fs.readFileSync(documentUrl, 'utf8'));
}

const methods = ['get', 'put', 'post', 'patch', 'delete'];

/**
 * Every operation: `{ id, method, path, operation, pathParams, match(path) }`. `match` takes a
 * concrete path below the base URL (`/companies/c1/sites`) and answers its path parameters or null.
 */
export function operationsOf(doc) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    methods
      .filter((method) => item[method])
      .map((method) => {
        const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')}$`);
        return {
          id: item[method].operationId,
          method,
          path,
          operation: item[method],
          pathParams,
          match(concrete) {
            const found = pattern.exec(concrete);
            return found ? Object.fromEntries(pathParams.map((name, i) => [name, decodeURIComponent(found[i + 1])])) : null;
          },
        };
      }),
  );
}

/** Follows a local `$ref` (`#/components/responses/NotFound`) to what it names. */
export function resolve(doc, value) {
  if (!value?.$ref) return value;
  const target = value.$ref
    .slice(2)
    .split('/')
    .reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  if (target === undefined) throw new Error(`openapi.json: dangling $ref ${value.$ref}`);
  return resolve(doc, target);
}

/**
 * The named examples of a request body's media type or of a parameter, in document order:
 * `[{ name, value }]`. `examples` hold valid requests only (tools show and send them).
 */
export function examplesOf(holder) {
  return Object.entries(holder?.examples ?? {}).map(([name, example]) => ({ name, value: example.value }));
}

/**
 * The requests a server must refuse, beside the examples (`x-invalid-examples`), in document order:
 * `[{ name, summary, value, status, fields }]`, where `summary` says what the value breaks and the
 * answer is `status` with an error naming each of `fields`.
 */
export function invalidExamplesOf(holder) {
  return Object.entries(holder?.['x-invalid-examples'] ?? {}).map(([name, { summary, value, status, fields = [] }]) => ({ name, summary, value, status, fields }));
}

/**
 * An operation's requests to refuse, body and parameters together: `[{ label, in, param?, ...example }]`,
 * with `in` 'body' or the parameter's `in` (and its name as `param`), and `label` naming both.
 */
export function requestsToRefuse(doc, op) {
  const media = resolve(doc, op.operation.requestBody)?.content?.['application/json'];
  return [
    ...invalidExamplesOf(media).map((example) => ({ ...example, label: `${op.id} body "${example.name}"`, in: 'body' })),
    ...(op.operation.parameters ?? [])
      .map((p) => resolve(doc, p))
      .flatMap((parameter) =>
        invalidExamplesOf(parameter).map((example) => ({ ...example, label: `${op.id} ${parameter.name} "${example.name}"`, in: parameter.in, param: parameter.name })),
      ),
  ];
}

/**
 * Strict Ajv over the document (strict mode, all errors, formats): every
 * component schema, plus each operation's request body, parameters and responses under
 * `$defs`, so their `#/components/…` references resolve against the document.
 */
export function createSchemaSet(doc) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(['components', 'example', 'xml', 'externalDocs', 'discriminator']);
  const defs = {};
  for (const { id, operation } of operationsOf(doc)) {
    const body = resolve(doc, operation.requestBody)?.content?.['application/json']?.schema;
    if (body) defs[`${id}.request`] = body;
    for (const parameter of (operation.parameters ?? []).map((p) => resolve(doc, p))) defs[`${id}.${parameter.in}.${parameter.name}`] = parameter.schema;
    for (const [status, response] of Object.entries(operation.responses)) {
      const { content, headers = {} } = resolve(doc, response);
      const schema = content?.['application/json']?.schema;
      if (schema) defs[`${id}.${status}`] = schema;
      for (const [name, header] of Object.entries(headers)) defs[`${id}.${status}.header.${name}`] = resolve(doc, header).schema;
    }
  }
  ajv.addSchema({ $id: 'openapi.json', components: doc.components, $defs: defs });
  const cache = new Map();
  const get = (pointer) => {
    if (!cache.has(pointer)) cache.set(pointer, ajv.getSchema(`openapi.json#${pointer}`));
    return cache.get(pointer);
  };
  return {
    /** The validator of `#/components/schemas/<name>`. */
    component: (name) => get(`/components/schemas/${name}`),
    /** The validator of an operation part: `<operationId>.<status>`, `<operationId>.request`, … */
    part: (key) => (key in defs ? get(`/$defs/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`) : undefined),
    parts: () => Object.keys(defs),
    errorsText: (validate, label = 'body') => describeErrors(validate.errors, label),
  };
}

/** Ajv's errors, short: the first few distinct ones, naming the property an object must not have. */
function describeErrors(errors, label) {
  const lines = [
    ...new Set(
      (errors ?? []).map((e) => `${label}${e.instancePath} ${e.message}${e.params?.additionalProperty ? ` ("${e.params.additionalProperty}")` : ''}`),
    ),
  ];
  return lines.slice(0, 4).join('; ') + (lines.length > 4 ? `; and ${lines.length - 4} more` : '');
}

/**
 * Checks one response against the document: the route and status are documented, the body is
 * the documented JSON (or empty for a response without content), and required headers are there.
 * Answers `{ operation, problems }`; `problems` is empty when the response conforms.
 */
export function createResponseChecker(doc) {
  const operations = operationsOf(doc);
  const schemas = createSchemaSet(doc);

  return function check({ method, path, status, headers, text }) {
    const found = operations.find((o) => o.method === method.toLowerCase() && o.match(path));
    const where = `${method.toUpperCase()} ${path} → ${status}`;
    if (!found) return { operation: undefined, problems: [`${where}: no such operation in openapi.json`] };
    const declared = found.operation.responses[String(status)] ?? found.operation.responses.default;
    if (!declared) return { operation: found, problems: [`${where}: status ${status} is not documented for ${found.id}`] };
    const response = resolve(doc, declared);
    const problems = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = headers.get(name);
      const { required, schema } = resolve(doc, header);
      if (value === null) {
        if (required) problems.push(`${where}: header ${name} is missing`);
        continue;
      }
      const validate = schemas.part(`${found.id}.${status}.header.${name}`);
      const parsed = schema?.type === 'integer' && /^\d+$/.test(value) ? Number(value) : value;
      if (validate && !validate(parsed)) problems.push(`${where}: ${JSON.stringify(value)}: ${schemas.errorsText(validate, `header ${name}`)}`);
    }
    if (!response.content) {
      if (text !== '') problems.push(`${where}: expected no body, got ${text.slice(0, 80)}`);
      return { operation: found, problems };
    }
    const type = headers.get('content-type') ?? '';
    if (!type.startsWith('application/json')) problems.push(`${where}: Content-Type is ${JSON.stringify(type)}, not application/json`);
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push(`${where}: the body is not JSON: ${text.slice(0, 80)}`);
      return { operation: found, problems };
    }
    const validate = schemas.part(`${found.id}.${status}`);
    if (validate && !validate(body)) problems.push(`${where}: ${schemas.errorsText(validate)}`);
    return { operation: found, problems, body };
  };
}

/** Fills a path template: `/companies/{companyId}/sites/{id}`. */
export function fillPath(template, values) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(values[name]));
}

/**
 * For a route ending in a record id (`/organization/admin-team/{id}/…`), the GET operation listing
 * that collection (`/organization/admin-team`), and the item properties that tell records' states
 * apart (enums and booleans: `status`, `source`, `lastOwner`).
 */
export function collectionOf(doc, operations, op) {
  const recordParam = op.pathParams.filter((name) => name !== 'companyId').at(-1);
  if (!recordParam) return undefined;
  const path = op.path.slice(0, op.path.indexOf(`/{${recordParam}}`));
  const list = operations.find((o) => o.method === 'get' && o.path === path);
  if (!list) return { param: recordParam, list: undefined, stateKeys: [] };
  const page = resolve(doc, resolve(doc, list.operation.responses['200']).content['application/json'].schema);
  const parts = [page, ...(page.allOf ?? []).map((s) => resolve(doc, s))];
  const items = parts.map((s) => s.properties?.items).find(Boolean);
  const item = resolve(doc, items?.items);
  const stateKeys = Object.entries(item?.properties ?? {})
    .filter(([, schema]) => {
      const s = resolve(doc, schema);
      return s.enum !== undefined || s.const !== undefined || s.type === 'boolean';
    })
    .map(([key]) => key);
  return { param: recordParam, list, stateKeys };
}

/** One record id per distinct combination of state values, first come first served. */
export function representatives(items, stateKeys) {
  const byState = new Map();
  for (const item of items) {
    const state = JSON.stringify(stateKeys.map((key) => item[key]));
    if (!byState.has(state)) byState.set(state, item.id);
  }
  return [...byState.values()];
}
