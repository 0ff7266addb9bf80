// The contract's error codes have one source: openapi.json's `ErrorDetail.code`, one `const` per
// code with what it means, and the error responses of each operation, which name the codes they
// send and so give each its status (docs/contract.md is written from them by
// scripts/generate/contract-doc.mjs). These hold the rest to it: every response names only listed
// codes, each code comes with one status, the codes the mocks send (read from their source; every
// answer they give is also validated against the document in mock-responses.test.mjs), and
// `SettingsErrorCode` in src/api/errors.ts, type and doc comment. A listed code the mocks never
// send is allowed, and reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientErrorCodes, clientValueStrings, codeSenders, errorCodes, errorResponses, loadDocument, mockErrorCodes } from '../../scripts/generate/contract-doc/sources.mjs';

const doc = loadDocument();
const listed = errorCodes(doc);
const statusOf = new Map(listed.map((c) => [c.code, c.status]));

test('every error code is listed once, with a meaning (ErrorDetail.code: a const and a description each)', () => {
  const codes = listed.map((c) => c.code);
  assert.ok(codes.length > 0, 'openapi.json: ErrorDetail.code lists no codes (oneOf)');
  assert.deepEqual(
    codes.filter((c, i) => codes.indexOf(c) !== i),
    [],
    'listed twice',
  );
  const problems = listed.flatMap(({ code, description }) => [
    ...(typeof code === 'string' && /^[a-z]+(_[a-z]+)*$/.test(code) ? [] : [`${code}: not a snake_case const`]),
    ...(typeof description === 'string' && description.trim() ? [] : [`${code}: no description`]),
  ]);
  assert.deepEqual(problems, []);
});

test('every error response names the codes it sends, and only listed ones', () => {
  const problems = errorResponses(doc).flatMap(({ op, status, codes }) => {
    if (!codes) return [`${op.id} ${status}: names no code (allOf [Error, { error: { code: { const | enum } } }])`];
    return codes.filter((code) => !statusOf.has(code)).map((code) => `${op.id} ${status}: ${code} is not listed in ErrorDetail.code`);
  });
  assert.deepEqual(problems, []);
});

test('every listed code is sent by some operation, always with the same status', () => {
  const senders = codeSenders(doc);
  assert.deepEqual(
    {
      sentByNone: listed.filter((c) => senders.get(c.code).length === 0).map((c) => c.code),
      moreThanOneStatus: listed.filter((c) => c.statuses.length > 1).map((c) => `${c.code}: ${c.statuses.join(', ')}`),
    },
    { sentByNone: [], moreThanOneStatus: [] },
  );
});

test('every code the mocks send is listed, under its status; a listed code they never send is reported', (t) => {
  const { sent, unread } = mockErrorCodes();
  assert.deepEqual(unread, [], 'the mocks make these errors with a code the test cannot read: write it out, or pass on a `code`');
  assert.ok(sent.length > 0, 'found no error the mocks make (have mockErrorMakers in sources.mjs gone stale?)');
  const problems = sent.flatMap(({ code, status, at }) => {
    if (!statusOf.has(code)) return [`${at}: sends ${code}, which openapi.json does not list`];
    if (status !== undefined && status !== statusOf.get(code)) return [`${at}: sends ${code} with ${status}; openapi.json lists it as a ${statusOf.get(code)}`];
    return [];
  });
  assert.deepEqual(problems, []);
  const neverSent = listed.filter((c) => !sent.some((s) => s.code === c.code)).map((c) => c.code);
  t.diagnostic(neverSent.length ? `listed, but the mocks never send: ${neverSent.join(', ')}` : `the mocks send every one of the ${listed.length} listed codes`);
});

test('SettingsErrorCode (src/api/errors.ts) names every listed code, and otherwise only codes the client makes itself', () => {
  const { codes } = clientErrorCodes();
  const made = clientValueStrings();
  const listedCodes = new Set(statusOf.keys());
  assert.deepEqual(
    {
      missing: [...listedCodes].filter((c) => !codes.includes(c)),
      neitherListedNorMadeByTheClient: codes.filter((c) => !listedCodes.has(c) && !made.has(c)),
    },
    { missing: [], neitherListedNorMadeByTheClient: [] },
  );
});

test('the doc comment of SettingsErrorCode names every listed 400 and 409, and no code the list lacks', () => {
  const { codes, doc: comment } = clientErrorCodes();
  const named = [...comment.matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((m) => m[1]);
  assert.deepEqual(
    {
      unnamed: listed.filter((c) => [400, 409].includes(c.status) && !named.includes(c.code)).map((c) => c.code),
      unknown: named.filter((c) => !statusOf.has(c) && !codes.includes(c)),
    },
    { unnamed: [], unknown: [] },
  );
});
