// API keys: the secret leaves the server once, in the create response, and never again; names are
// unique among active keys; revocation is final; only those with the permission create keys, and
// another tenant cannot touch ours. The contract has no delete, so the key created here stays
// listed as revoked.
import { expect } from '../lib/runner.mjs';

const keys = '/organization/api-keys';

/** Where the contract has scopes, the Owner (who holds them all) creates full-access keys. */
export const ownerKeyAccess = (doc) => ('fullAccess' in doc.components.schemas.ApiKeyInput.properties ? { fullAccess: true } : {});

/** Creates keys and revokes them again, for the checks of this group and of the lifecycle group. */
export function keyMaker(s) {
  const owner = s.role('owner');
  return async function create(call, token, body) {
    const response = await call(token, 'POST', keys, { body });
    if (response.status === 201) {
      const handle = s.willCleanUp(`API key ${body.name} (revoked)`, async () => {
        const revoked = await s.call(owner.token, 'POST', `${keys}/${encodeURIComponent(response.body.apiKey.id)}/revoke`);
        expect([200, 409].includes(revoked.status), `revoke answered ${revoked.status}`);
      });
      response.cleanedUp = handle.done;
    }
    return response;
  };
}

export async function apiKeyChecks(s) {
  s.group('API keys: the secret once, revocation');
  const owner = s.role('owner');
  const off = owner.session.features.apiKeys ? undefined : 'the owner’s tenant has no API keys';
  const access = ownerKeyAccess(s.doc);

  const create = keyMaker(s);

  await s.check(
    'owner: create → the secret is in that response only (never in a list or a revoke) → duplicate name 422 → revoke → again 409',
    async ({ call }) => {
      const name = s.name('key');
      const created = await create(call, owner.token, { name, expiresInDays: 1, ...access });
      expect(created.status === 201, `create answered ${created.status} ${created.text.slice(0, 160)}`);
      const { apiKey, secret } = created.body;
      expect(typeof secret === 'string' && secret.length >= 16, 'no usable secret');
      expect(secret.startsWith(apiKey.prefix) && apiKey.prefix.length < secret.length, `the prefix ${apiKey.prefix} is not the start of the secret`);
      expect(apiKey.status === 'active' && apiKey.revokedAt === null && apiKey.lastUsedAt === null, `a new key: ${JSON.stringify(apiKey)}`);
      expect(apiKey.createdBy.id === owner.session.user.id, `createdBy ${JSON.stringify(apiKey.createdBy)}`);
      const lifetime = Date.parse(apiKey.expiresAt) - Date.parse(apiKey.createdAt);
      expect(Math.abs(lifetime - 86_400_000) < 60_000, `expiresInDays 1 gave expiresAt ${apiKey.expiresAt}`);
      const path = `${keys}/${encodeURIComponent(apiKey.id)}`;

      for (const query of [{ q: name }, { q: name, status: 'active' }, { limit: '100' }]) {
        const listed = await call(owner.token, 'GET', keys, { query });
        expect(!listed.text.includes(secret), `GET ${keys}?${new URLSearchParams(query)} carries the secret`);
        if (query.q) expect(listed.body.items.some((k) => k.id === apiKey.id), `not listed for ${new URLSearchParams(query)}`);
      }

      const duplicate = await create(call, owner.token, { name: name.toUpperCase(), ...access });
      expect(duplicate.status === 422 && duplicate.body.error.fields?.name, `the same name again answered ${duplicate.status}`);

      const other = s.role('other-tenant');
      if (other) {
        const foreign = await call(other.token, 'POST', `${path}/revoke`);
        expect([403, 404].includes(foreign.status), `another tenant’s revoke answered ${foreign.status}`);
      }

      const revoked = await call(owner.token, 'POST', `${path}/revoke`);
      expect(revoked.status === 200 && revoked.body.status === 'revoked' && revoked.body.revokedAt, `revoke answered ${revoked.status}`);
      expect(!revoked.text.includes(secret), 'the revoke response carries the secret');
      created.cleanedUp();
      const again = await call(owner.token, 'POST', `${path}/revoke`);
      expect(again.status === 409 && again.body.error.code === 'already_revoked', `a second revoke answered ${again.status}`);
      const active = await call(owner.token, 'GET', keys, { query: { q: name, status: 'active' } });
      expect(!active.body.items.some((k) => k.id === apiKey.id), 'a revoked key is listed as active');
    },
    { unless: off },
  );

  for (const name of ['billing', 'member']) {
    await s.check(
      `${name} may not create an API key: 403`,
      async ({ call }) => {
        const response = await create(call, s.token(name), { name: s.name(`key by ${name}`), expiresInDays: 1, ...access });
        expect(response.status === 403, `answered ${response.status}`);
      },
      { needs: [name], unless: off },
    );
  }
}
