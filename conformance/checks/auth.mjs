// 401 before anything else (no probing for what exists without a token), and 403 before 404 (no
// probing for ids without the permission). Every request here is one the server must refuse, so
// none of them changes anything.
import { accessAllows } from '../lib/access.mjs';
import { collectionOf, fillPath } from '../lib/document.mjs';
import { expect } from '../lib/runner.mjs';

const noSuchId = 'conformance-no-such-id';

export async function authChecks(s) {
  s.group('Authentication: 401 before anything else');
  const samplePath = (op) => fillPath(op.path, { companyId: s.companyIds[0], id: noSuchId });
  const refusals = [
    ['without a token', null],
    ['with a token the server does not accept', 'conformance-not-a-real-token'],
    ['with the owner’s token under another scheme (Basic)', s.token('owner'), 'Basic'],
  ];
  for (const [label, token, scheme] of refusals) {
    await s.check(`every operation (${s.operations.length}) answers 401 ${label}`, async ({ call }) => {
      for (const op of s.operations) {
        const method = op.method.toUpperCase();
        const response = await call(token, method, samplePath(op), { scheme, ...(op.operation.requestBody ? { body: {} } : {}) });
        expect(response.status === 401, `${method} ${op.path} answered ${response.status}`);
      }
    });
  }

  await s.check('a path the contract does not have: 401 without a token, 404 with one, in the error format', async () => {
    const unknown = '/organization/conformance-no-such-endpoint';
    const error = s.schemas.component('Error');
    // Not documented, so not checked against an operation: only the error body's shape.
    for (const [token, status] of [[null, 401], [s.token('owner'), 404]]) {
      const response = await s.call(token, 'GET', unknown);
      expect(response.status === status, `${token ? 'with' : 'without'} a token: ${response.status}, expected ${status}`);
      let body;
      try {
        body = JSON.parse(response.text);
      } catch {
        body = undefined;
      }
      expect(error(body), `the body is not { error: { code, message } }: ${response.text.slice(0, 120)}`);
    }
  });

  s.group('Access is checked before ids are looked up: 403, not 404');
  for (const op of s.operations.filter((o) => collectionOf(s.doc, s.operations, o))) {
    const method = op.method.toUpperCase();
    // A role the operation's rule refuses, in a company where it is refused (company routes).
    const refused = ['member', 'company-admin', 'billing', 'admin', 'sso'].flatMap((name) => {
      const session = s.session(name);
      if (!session) return [];
      const companyId = s.companyIds.find((id) => !accessAllows(op.operation['x-access'], session, id));
      return companyId ? [{ name, companyId }] : [];
    })[0];
    const name = `${method} ${op.path} with an unknown id, as a role the rule refuses`;
    if (!refused) {
      s.skip(name, 'no given role is refused by its x-access');
      continue;
    }
    await s.check(`${name} (${refused.name})`, async ({ call }) => {
      const media = op.operation.requestBody ? { body: {} } : {};
      const response = await call(s.token(refused.name), method, fillPath(op.path, { companyId: refused.companyId, id: noSuchId }), media);
      expect(response.status === 403, `answered ${response.status}`);
    });
  }
}
