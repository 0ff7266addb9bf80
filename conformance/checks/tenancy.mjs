// No data across tenants: another organization's user sees none of our records in its lists and
// cannot reach them by id — our admin-team records, our API keys (read, disable, enable, schedule).
// (Their reads of our companies are in the access checks, their revoke of our key and their use of
// our sites in those groups.)
import { accessAllows } from '../lib/access.mjs';
import { expect } from '../lib/runner.mjs';
import { keyMaker, ownerKeyAccess } from './api-keys.mjs';

const enc = encodeURIComponent;
const lists = ['/organization/companies', '/organization/admin-team', '/organization/api-keys'];

export async function tenancyChecks(s) {
  s.group('Tenants apart');
  const owner = s.role('owner');
  const other = s.role('other-tenant');

  await s.check(
    'another tenant’s lists hold none of our records (companies, admin team, API keys)',
    async ({ call, note }) => {
      const compared = [];
      for (const path of lists) {
        const ours = await call(owner.token, 'GET', path, { query: { limit: '100' } });
        const theirs = await call(other.token, 'GET', path, { query: { limit: '100' } });
        if (ours.status !== 200 || theirs.status !== 200) continue;
        const ourIds = new Set(ours.body.items.map((item) => item.id));
        const shared = theirs.body.items.filter((item) => ourIds.has(item.id)).map((item) => item.id);
        expect(shared.length === 0, `${path}: both tenants list ${shared.slice(0, 3).join(', ')}`);
        compared.push(path);
      }
      note(`compared ${compared.join(', ')}`);
    },
    { needs: ['other-tenant'] },
  );

  await s.check(
    'another tenant cannot change or resend to our admin-team records: 403 or 404',
    async ({ call }) => {
      const { items } = (await call(owner.token, 'GET', '/organization/admin-team', { query: { q: owner.session.user.email } })).body;
      const ours = items.find((m) => m.userId === owner.session.user.id);
      const path = `/organization/admin-team/${encodeURIComponent(ours.id)}`;
      // Re-sends the record's own role: a server that wrongly accepts changes nothing.
      const patch = await call(other.token, 'PATCH', path, { body: { roleId: ours.role.id } });
      expect([403, 404].includes(patch.status), `PATCH answered ${patch.status}`);
      const resend = await call(other.token, 'POST', `${path}/resend-invitation`);
      expect([403, 404].includes(resend.status), `resend answered ${resend.status}`);
    },
    { needs: ['other-tenant'] },
  );

  // What a correct server answers another tenant for our record: 404 (it does not exist for them),
  // or 403 when their own session lacks the operation's permission (access comes before ids).
  const expected = (operationId) => {
    const op = s.operations.find((o) => o.id === operationId);
    return accessAllows(op.operation['x-access'], other.session) ? 404 : 403;
  };
  const documented = ['getApiKey', 'disableApiKey', 'enableApiKey', 'scheduleApiKeyExpiry'].filter((id) => !s.operations.some((o) => o.id === id));
  const create = keyMaker(s);
  await s.check(
    'another tenant cannot read, disable, enable or schedule the expiry of our API key by id (404; 403 without the permission), and the key stays as we left it',
    async ({ call, note }) => {
      const created = await create(call, owner.token, { name: s.name('foreign'), expiresInDays: 1, ...ownerKeyAccess(s.doc) });
      expect(created.status === 201, `create answered ${created.status} ${created.text.slice(0, 120)}`);
      const path = `/organization/api-keys/${enc(created.body.apiKey.id)}`;
      const theirs = async (label, operationId, method, suffix, body) => {
        const response = await call(other.token, method, `${path}${suffix}`, body ? { body } : {});
        const status = expected(operationId);
        expect(response.status === status, `their ${label} answered ${response.status}, expected ${status} ${response.text.slice(0, 120)}`);
        expect(!response.text.includes(created.body.secret), `their ${label} carries our secret`);
      };
      const ours = async (state) => {
        const one = await call(owner.token, 'GET', path);
        expect(one.status === 200 && one.body.status === state, `our key is ${one.body?.status ?? one.status}, not ${state}`);
      };
      await theirs('GET', 'getApiKey', 'GET', '');
      await theirs('disable', 'disableApiKey', 'POST', '/disable');
      await ours('active');
      await theirs('schedule-expiry', 'scheduleApiKeyExpiry', 'POST', '/schedule-expiry', { inHours: 1 });
      const disabled = await call(owner.token, 'POST', `${path}/disable`);
      expect(disabled.status === 200, `our own disable answered ${disabled.status}`);
      await theirs('enable', 'enableApiKey', 'POST', '/enable');
      await ours('disabled');
      note(`expected ${expected('disableApiKey')} for their writes`);
    },
    {
      needs: ['other-tenant'],
      unless: documented.length ? `${documented.join(', ')} not in this openapi.json` : owner.session.features.apiKeys ? undefined : 'the owner’s tenant has no API keys',
    },
  );
}
