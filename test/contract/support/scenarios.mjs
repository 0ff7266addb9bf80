// States the document-driven sweep cannot set up by itself, because they depend on the mocks' seed
// data (whose email is already taken, who signs in with SSO) or on a sequence of calls. Each
// asserts the status it sets out to provoke; the recorder checks the bodies against the document.
// `run({ call, fresh, mocks, doc })`: `call` speaks to a fresh db; `fresh(handlerOptions)` makes
// another caller (e.g. with latency, so that two requests overlap).
import assert from 'node:assert/strict';
import { fillPath, operationsOf, requestsToRefuse, resolve } from '../../../conformance/lib/document.mjs';
import { variantsOf } from './sweep.mjs';

const owner = 'mock-owner';

/** A key any Owner may create: with full access where the contract has scopes. */
const keyBody = (doc, name) => ({ name, ...('fullAccess' in doc.components.schemas.ApiKeyInput.properties ? { fullAccess: true } : {}) });

export const scenarios = [
  {
    name: 'inviting someone already on the admin team (any case) answers 409 already_member',
    async run({ call }) {
      const [member] = (await call(owner, 'GET', '/organization/admin-team')).body.items;
      const again = await call(owner, 'POST', '/organization/admin-team', {
        body: { email: member.email.toUpperCase(), roleId: 'admin', companyAccess: 'all' },
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'already_member');
    },
  },
  {
    name: 'a second password reset within a minute answers 429 with Retry-After; an SSO login gets 409 sso_managed',
    async run({ call }) {
      assert.equal((await call(owner, 'POST', '/me/password-reset')).status, 200);
      const again = await call(owner, 'POST', '/me/password-reset');
      assert.equal(again.status, 429);
      assert.equal(again.body.error.code, 'rate_limited');
      const sso = await call('mock-sso-user', 'POST', '/me/password-reset');
      assert.equal(sso.status, 409);
      assert.equal(sso.body.error.code, 'sso_managed');
    },
  },
  {
    name: 'the secret of a new key is in the create response only',
    async run({ call, doc }) {
      const created = await call(owner, 'POST', '/organization/api-keys', { body: keyBody(doc, 'Contract secret check') });
      assert.equal(created.status, 201);
      const { apiKey, secret } = created.body;
      assert.ok(secret.startsWith(apiKey.prefix) && secret.length > apiKey.prefix.length);
      const listed = await call(owner, 'GET', '/organization/api-keys', { query: { q: 'Contract secret check' } });
      assert.deepEqual(listed.body.items.map((k) => k.id), [apiKey.id]);
      assert.ok(!JSON.stringify(listed.body).includes(secret));
      const revoked = await call(owner, 'POST', `/organization/api-keys/${apiKey.id}/revoke`);
      assert.ok(!JSON.stringify(revoked.body).includes(secret));
    },
  },
  {
    name: 'a repeated Idempotency-Key gets the first answer, not a second record',
    async run({ call, mocks }) {
      const company = Object.values(mocks.northwindCompanyIds)[0];
      const site = { name: 'Idempotent depot', address: '1 Retry Road', timeZone: 'Europe/Paris' };
      const send = () => call(owner, 'POST', `/companies/${company}/sites`, { body: site, headers: { 'Idempotency-Key': 'contract-1' } });
      const first = await send();
      const again = await send();
      assert.equal(first.status, 201);
      assert.deepEqual(again, first);
      assert.equal((await call(owner, 'GET', `/companies/${company}/sites`, { query: { q: site.name } })).body.total, 1);
    },
  },
  {
    name: 'the same Idempotency-Key with another body answers 400 idempotency_key_reused and creates nothing',
    async run({ call, mocks }) {
      const company = Object.values(mocks.northwindCompanyIds)[0];
      const headers = { 'Idempotency-Key': 'contract-2' };
      const first = await call(owner, 'POST', `/companies/${company}/sites`, { body: { name: 'Keyed depot', address: '2 Retry Road', timeZone: 'UTC' }, headers });
      assert.equal(first.status, 201);
      const other = await call(owner, 'POST', `/companies/${company}/sites`, { body: { name: 'Other depot', address: '3 Retry Road', timeZone: 'UTC' }, headers });
      assert.equal(other.status, 400);
      assert.equal(other.body.error.code, 'idempotency_key_reused');
      assert.equal((await call(owner, 'GET', `/companies/${company}/sites`, { query: { q: 'Other depot' } })).body.total, 0);
    },
  },
  {
    name: 'a replayed createApiKey whose key was revoked since answers 409 idempotency_key_spent, without the secret',
    async run({ call, doc }) {
      const headers = { 'Idempotency-Key': 'contract-spent' };
      const send = () => call(owner, 'POST', '/organization/api-keys', { body: keyBody(doc, 'Contract spent'), headers });
      const created = await send();
      assert.equal(created.status, 201);
      assert.deepEqual(await send(), created, 'while the key is active, the replay is the first answer');
      assert.equal((await call(owner, 'POST', `/organization/api-keys/${created.body.apiKey.id}/revoke`)).status, 200);
      const spent = await send();
      assert.equal(spent.status, 409);
      assert.equal(spent.body.error.code, 'idempotency_key_spent');
      assert.ok(!JSON.stringify(spent.body).includes(created.body.secret));
    },
  },
  {
    name: 'a replay after its sender lost the permission the write needed answers 403',
    async run({ call }) {
      const admin = 'mock-org-admin';
      const scope = (await call(admin, 'GET', '/organization/api-key-policy')).body.scopes.find((s) => s.grantable);
      const body = { name: 'Contract demoted', expiresInDays: 30, scopes: [scope.id] };
      const headers = { 'Idempotency-Key': 'contract-demoted' };
      const created = await call(admin, 'POST', '/organization/api-keys', { body, headers });
      assert.equal(created.status, 201);
      const [daniel] = (await call(owner, 'GET', '/organization/admin-team', { query: { q: 'daniel' } })).body.items;
      assert.equal((await call(owner, 'PATCH', `/organization/admin-team/${daniel.id}`, { body: { roleId: 'billing-manager' } })).status, 200);
      const refused = await call(admin, 'POST', '/organization/api-keys', { body, headers });
      assert.equal(refused.status, 403);
      assert.ok(!JSON.stringify(refused.body).includes(created.body.secret));
    },
  },
  {
    name: 'every write: a second request with an Idempotency-Key whose first has not answered yet answers 409 idempotency_key_in_use',
    async run({ fresh, mocks, doc }) {
      // Latency keeps the first request open while the second arrives.
      const call = fresh({ latency: [5, 5] });
      const company = Object.values(mocks.northwindCompanyIds)[0];
      const keyed = operationsOf(doc).filter((op) => (op.operation.parameters ?? []).some((p) => resolve(doc, p).name === 'Idempotency-Key'));
      assert.ok(keyed.length > 0);
      const missing = [];
      for (const op of keyed) {
        const [variant] = variantsOf(doc, op);
        const path = fillPath(op.path, { companyId: company, id: 'no-such-id' });
        const options = { ...variant, headers: { 'Idempotency-Key': `contract-busy-${op.id}` } };
        const both = await Promise.all([call(owner, op.method.toUpperCase(), path, options), call(owner, op.method.toUpperCase(), path, options)]);
        if (!both.some((r) => r.status === 409 && r.body?.error?.code === 'idempotency_key_in_use')) missing.push(`${op.id}: ${both.map((r) => r.status).join(', ')}`);
      }
      assert.deepEqual(missing, []);
    },
  },
  {
    name: 'the old key of a rotation can be scheduled to expire (200), within the allowed hours (422)',
    needs: ['scheduleApiKeyExpiry'],
    async run({ call, doc }) {
      const old = (await call(owner, 'POST', '/organization/api-keys', { body: keyBody(doc, 'Contract rotation') })).body.apiKey;
      const replacement = await call(owner, 'POST', '/organization/api-keys', { body: { ...keyBody(doc, 'Contract rotation'), replacesKeyId: old.id } });
      assert.equal(replacement.status, 201);
      const path = `/organization/api-keys/${old.id}/schedule-expiry`;
      // The document's requests to refuse for this route, sent where only their body is wrong: to a rotating key.
      const refuse = requestsToRefuse(doc, operationsOf(doc).find((op) => op.id === 'scheduleApiKeyExpiry')).filter((r) => r.in === 'body');
      assert.ok(refuse.length > 0, 'scheduleApiKeyExpiry: no x-invalid-examples');
      for (const request of refuse) assert.equal((await call(owner, 'POST', path, { body: request.value })).status, request.status, request.label);
      const scheduled = await call(owner, 'POST', path, { body: { inHours: 24 } });
      assert.equal(scheduled.status, 200);
      assert.equal(scheduled.body.rotationEndsAt, scheduled.body.expiresAt);
    },
  },
  {
    name: 'a key is rotated once at a time: a second replacement while the first is active answers 409 rotation_in_progress',
    needs: ['createApiKey'],
    async run({ call, doc }) {
      const old = (await call(owner, 'POST', '/organization/api-keys', { body: keyBody(doc, 'Contract rotate once') })).body.apiKey;
      const replaces = { replacesKeyId: old.id };
      assert.equal((await call(owner, 'POST', '/organization/api-keys', { body: { ...keyBody(doc, 'Contract rotate once'), ...replaces } })).status, 201);
      const second = await call(owner, 'POST', '/organization/api-keys', { body: { ...keyBody(doc, 'Contract rotate twice'), ...replaces } });
      assert.equal(second.status, 409);
      assert.equal(second.body.error.code, 'rotation_in_progress');
    },
  },
];
