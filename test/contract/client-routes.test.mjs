// The real createHttpClient against openapi.json: each documented operation, called through the
// client method of the same name, must send that method and path, only documented query
// parameters, the body as JSON and the Idempotency-Key it was given. The types say the client's
// methods and the operations are the same set (contract-types.check.ts); this says they meet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { examplesOf, loadDocument, operationsOf, resolve } from '../../conformance/lib/document.mjs';
import { loadMocks } from '../../scripts/mock-api/server.mjs';

const doc = loadDocument();
const operations = operationsOf(doc);
const { createHttpClient } = await loadMocks();

/** A fetch that answers `{}` (204 for deletions) and keeps what it was sent. */
function recordingFetch(sent) {
  return async (url, init) => {
    sent.push({ url: new URL(url, 'http://localhost'), method: init.method, headers: new Headers(init.headers), body: init.body });
    return init.method === 'DELETE' ? new Response(null, { status: 204 }) : Response.json({});
  };
}

/** The first valid example (never one of `x-invalid-examples`): what a caller would send. */
const firstExample = (holder) => examplesOf(holder)[0]?.value;

test('every client method is a documented operation', () => {
  const client = createHttpClient({ baseUrl: '/api', fetch: recordingFetch([]) });
  const documented = new Set(operations.map((o) => o.id));
  assert.deepEqual(Object.keys(client).filter((name) => !documented.has(name)), []);
});

test('each operation goes out as documented through the client method of its operationId', async () => {
  const problems = [];
  for (const op of operations) {
    const sent = [];
    const client = createHttpClient({ baseUrl: 'https://api.example.com/v1', fetch: recordingFetch(sent) });
    const pathValues = op.pathParams.map((name) => `${name} 1/ä`); // needs encoding on the way out
    const media = resolve(doc, op.operation.requestBody)?.content?.['application/json'];
    const queryParams = (op.operation.parameters ?? []).map((p) => resolve(doc, p)).filter((p) => p.in === 'query');
    const query = Object.fromEntries(queryParams.map((p) => [p.name, firstExample(p) ?? p.schema.enum?.[0] ?? 'x']));
    const args = [...pathValues, ...(media ? [firstExample(media) ?? {}] : []), ...(queryParams.length ? [query] : [])];
    const write = op.method !== 'get';
    await client[op.id](...args, write ? { idempotencyKey: 'contract-key' } : {});

    const [request] = sent;
    const where = `${op.id}`;
    if (sent.length !== 1) {
      problems.push(`${where}: ${sent.length} requests`);
      continue;
    }
    const path = request.url.pathname.replace(/^\/v1/, '');
    if (request.method !== op.method.toUpperCase()) problems.push(`${where}: sent ${request.method}, documented ${op.method.toUpperCase()}`);
    const params = op.match(path);
    if (!params) problems.push(`${where}: sent ${path}, documented ${op.path}`);
    else if (JSON.stringify(Object.values(params)) !== JSON.stringify(pathValues)) problems.push(`${where}: path parameters ${JSON.stringify(params)}`);
    const undocumented = [...request.url.searchParams.keys()].filter((key) => !queryParams.some((p) => p.name === key));
    if (undocumented.length) problems.push(`${where}: undocumented query ${undocumented.join(', ')}`);
    if (queryParams.length && request.url.searchParams.size !== queryParams.length) problems.push(`${where}: sent query ${request.url.search}`);
    if (media && JSON.stringify(JSON.parse(request.body)) !== JSON.stringify(args[pathValues.length])) problems.push(`${where}: body ${request.body}`);
    if (!media && request.body !== undefined) problems.push(`${where}: sent a body the document does not take`);
    if (write && request.headers.get('Idempotency-Key') !== 'contract-key') problems.push(`${where}: no Idempotency-Key`);
  }
  assert.deepEqual(problems, []);
});
