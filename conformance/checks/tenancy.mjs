// No data across tenants: another organization's user sees none of our records in its lists and
// cannot reach them by id. (Their reads of our companies are in the access checks, their use of
// our API keys and sites in those groups.)
import { expect } from '../lib/runner.mjs';

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
}
