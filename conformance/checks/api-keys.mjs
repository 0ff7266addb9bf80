// API keys: the secret leaves the server once, in the create response (and its replays under the
// same Idempotency-Key, to the same user, while they may create keys and the key is active), and
// never again; names are unique among active keys; revocation is final; only those with the
// permission create keys, and another tenant cannot touch ours. The contract has no delete, so the
// keys created here stay listed as revoked.
import { expect } from '../lib/runner.mjs';

const keys = '/organization/api-keys';
const team = '/organization/admin-team';
const enc = encodeURIComponent;

/** Where the contract has scopes, the Owner (who holds them all) creates full-access keys. */
export const ownerKeyAccess = (doc) => ('fullAccess' in doc.components.schemas.ApiKeyInput.properties ? { fullAccess: true } : {});

/**
 * Creates keys and revokes them again, for the checks of this group and of the lifecycle group.
 * `revoker`: who revokes a key the call creates (the owner, unless the key is another tenant's).
 */
export function keyMaker(s) {
  const owner = s.role('owner');
  return async function create(call, token, body, headers, revoker = owner.token) {
    const response = await call(token, 'POST', keys, { body, headers });
    // Any 2xx naming a key (a server that wrongly accepts included) is registered before the caller asserts.
    if (response.status >= 200 && response.status < 300 && response.body?.apiKey?.id) {
      const path = `${keys}/${encodeURIComponent(response.body.apiKey.id)}`;
      const handle = s.willCleanUp(
        `API key ${body.name} (revoked)`,
        async () => {
          const revoked = await s.call(revoker, 'POST', `${path}/revoke`);
          expect([200, 409].includes(revoked.status), `revoke answered ${revoked.status}`);
        },
        { key: `${revoker} ${path}` },
      );
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

  s.group('Replays under an Idempotency-Key: the sender’s own, access checked again, no spent secret');
  const idempotent = (label) => ({ 'Idempotency-Key': `conformance-${s.runId}-${label}` });

  await s.check(
    'owner: a create sent again under its Idempotency-Key repeats the key and secret while the key is active; once revoked, 409 idempotency_key_spent without the secret',
    async ({ call }) => {
      const body = { name: s.name('replayed key'), expiresInDays: 1, ...access };
      const headers = idempotent('spent');
      const created = await create(call, owner.token, body, headers);
      expect(created.status === 201, `create answered ${created.status} ${created.text.slice(0, 160)}`);
      const { apiKey, secret } = created.body;
      const again = await create(call, owner.token, body, headers);
      expect(again.body?.apiKey?.id === apiKey.id && again.body.secret === secret, `the replay of an active key answered ${again.status} ${again.text.slice(0, 120)}: not the first answer`);
      const revoked = await call(owner.token, 'POST', `${keys}/${enc(apiKey.id)}/revoke`);
      expect(revoked.status === 200, `revoke answered ${revoked.status}`);
      created.cleanedUp();
      const spent = await create(call, owner.token, body, headers);
      expect(!spent.text.includes(secret), `the replay of the revoked key answered ${spent.status} with its secret`);
      expect(spent.status === 409 && spent.body?.error?.code === 'idempotency_key_spent', `the replay of the revoked key answered ${spent.status} ${spent.text.slice(0, 120)}`);
    },
    { unless: off },
  );

  // Everyone else given: the same organization (with or without the permission) and another one.
  const others = ['admin', 'billing', 'company-admin', 'member', 'sso', 'other-tenant'].filter((name) => s.role(name));
  await s.check(
    'the owner’s Idempotency-Key and body sent by each other user: a request of their own, never the owner’s key or secret',
    async ({ call, note }) => {
      // Access the admin holds too, so that only the key being the owner's keeps the admin from the answer.
      const body = { name: s.name('sender key'), expiresInDays: 1, ...(s.role('admin') ? await heldAccess(call, s, s.token('admin')) : access) };
      const headers = idempotent('sender');
      const created = await create(call, owner.token, body, headers);
      expect(created.status === 201, `create answered ${created.status} ${created.text.slice(0, 160)}`);
      for (const name of others) {
        const theirs = await create(call, s.token(name), body, headers, s.token(name));
        expect(!theirs.text.includes(created.body.secret) && theirs.body?.apiKey?.id !== created.body.apiKey.id, `${name} got the owner’s answer (${theirs.status})`);
        note(`${name}: ${theirs.status}`);
      }
    },
    { unless: off ?? (others.length ? undefined : 'needs a second user: pass any other --token-<role>, e.g. --token-admin') },
  );

  const admin = s.role('admin');
  // A role without API keys the owner may give the admin for a moment: the billing user's, else one with no company access.
  const grantable = owner.session.organization.grantableRoles;
  const billingRole = s.session('billing')?.organization?.role.id;
  const lesser = grantable.find((role) => role.id === billingRole) ?? grantable.find((role) => role.companyAccess === 'none');
  await s.check(
    'admin: writes replayed after the owner took the admin’s permissions away answer 403 — an API key (without its secret) and a site (the admin’s role is given back at once)',
    async ({ call }) => {
      const body = { name: s.name('demoted key'), expiresInDays: 1, ...(await heldAccess(call, s, admin.token)) };
      const headers = idempotent('demoted');
      const created = await create(call, admin.token, body, headers);
      expect(created.status === 201, `the admin’s create answered ${created.status} ${created.text.slice(0, 160)}`);
      // A write with nothing but the access re-check between a replay and its answer.
      const company = admin.session.companies.find((c) => c.permissions.includes('company.sites.manage'));
      const sitePath = company && `/companies/${enc(company.id)}/sites`;
      const siteBody = { name: s.name('demoted site'), address: '1 Conformance Road', timeZone: 'Europe/Paris' };
      const siteHeaders = idempotent('demoted-site');
      const createSite = async () => {
        const response = await call(admin.token, 'POST', sitePath, { body: siteBody, headers: siteHeaders });
        if (response.status >= 200 && response.status < 300 && response.body?.id) {
          const path = `${sitePath}/${enc(response.body.id)}`;
          s.willCleanUp(
            `site ${siteBody.name}`,
            async () => {
              const removed = await s.call(owner.token, 'DELETE', path);
              expect([204, 404].includes(removed.status), `DELETE answered ${removed.status}`);
            },
            { key: path },
          );
        }
        return response;
      };
      if (company) {
        const site = await createSite();
        expect(site.status === 201, `the admin’s site answered ${site.status} ${site.text.slice(0, 160)}`);
      }

      const { items } = (await call(owner.token, 'GET', team, { query: { q: admin.session.user.email, limit: '100' } })).body;
      const record = items.find((m) => m.userId === admin.session.user.id);
      expect(record, `no admin-team record with userId ${admin.session.user.id}`);
      const path = `${team}/${enc(record.id)}`;
      const restore = { roleId: record.role.id, companyAccess: record.companyAccess === 'all' ? 'all' : record.companyAccess.map((c) => c.id) };
      const giveBack = async () => {
        const restored = await s.call(owner.token, 'PATCH', path, { body: restore });
        expect(restored.status === 200, `giving the admin back ${record.role.name} answered ${restored.status} ${restored.text.slice(0, 120)}`);
      };
      const pending = s.willCleanUp(`the admin’s role (${record.role.name})`, giveBack);
      const demoted = await call(owner.token, 'PATCH', path, { body: { roleId: lesser.id } });
      expect(demoted.status === 200, `making the admin ${lesser.name} answered ${demoted.status} ${demoted.text.slice(0, 120)}`);
      try {
        const session = (await call(admin.token, 'GET', '/session')).body;
        expect(!session.organization?.permissions.includes('org.api-keys.manage'), `as ${lesser.name} the admin still holds org.api-keys.manage`);
        const replay = await create(call, admin.token, body, headers);
        expect(!replay.text.includes(created.body.secret), `the replay answered ${replay.status} with the secret`);
        expect(replay.status === 403, `the replay answered ${replay.status} ${replay.text.slice(0, 120)}`);
        if (company) {
          const site = await createSite();
          expect(site.status === 403, `the replay of the site answered ${site.status} ${site.text.slice(0, 120)}`);
        }
      } finally {
        await giveBack();
        pending.done();
      }
    },
    {
      needs: ['admin'],
      unless: off ?? (lesser ? undefined : 'the owner can grant no role without company access (a Billing manager) to take API keys from the admin: pass --token-billing'),
    },
  );
}

/** A key within what `token`'s user holds: full access when they hold every scope, else one scope they hold. */
async function heldAccess(call, s, token) {
  if (!s.operations.some((o) => o.id === 'getApiKeyPolicy')) return {};
  const policy = (await call(token, 'GET', '/organization/api-key-policy')).body;
  if (policy.fullAccessGrantable) return { fullAccess: true };
  const scope = policy.scopes.find((option) => option.grantable);
  expect(scope, 'the policy offers no scope this user may grant');
  return { scopes: [scope.id] };
}
