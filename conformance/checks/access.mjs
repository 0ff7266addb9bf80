// Every read, as every role, in every company of the owner's tenant: the server must allow exactly
// what the operation's `x-access` rule grants the role's own session — 200 when allowed, 403 when
// not (a tenant feature that is off included: the feature-off role), and 403 or 404 for another
// tenant, which must not even learn that our companies and records exist. Driven by the document,
// so a newly documented read is covered without a new check.
import { accessAllows } from '../lib/access.mjs';
import { collectionOf, fillPath } from '../lib/document.mjs';
import { roles } from '../lib/roles.mjs';
import { expect } from '../lib/runner.mjs';

export async function accessChecks(s) {
  s.group('Who may read what (x-access of every GET, per role), and a feature that is off');
  const reads = s.operations.filter((o) => o.method === 'get');
  const owner = s.token('owner');

  for (const op of reads) {
    const collection = collectionOf(s.doc, s.operations, op);
    for (const role of roles) {
      const state = s.role(role.name);
      if (!state) continue;
      const foreign = role.foreign === true;
      const companies = op.pathParams.includes('companyId') ? s.companyIds : [undefined];
      await s.check(`${role.name}: GET ${op.path}`, async ({ call, note }) => {
        const seen = [];
        for (const companyId of companies) {
          let id;
          if (collection) {
            // A record of the owner's tenant, for reads of one record (GET …/{id}).
            const list = await call(owner, 'GET', fillPath(collection.list.path, { companyId }), { query: { limit: '1' } });
            id = list.body?.items?.[0]?.id;
            if (!id) continue;
          }
          const allowed = accessAllows(op.operation['x-access'], state.session, companyId);
          const response = await call(state.token, 'GET', fillPath(op.path, { companyId, ...(collection ? { [collection.param]: id } : {}) }));
          const where = companyId ? ` in ${companyId}` : '';
          // Another tenant must not even learn that our companies and records exist.
          if (foreign && (companyId || collection)) expect([403, 404].includes(response.status), `answered ${response.status}${where}: our record, another tenant`);
          else if (allowed) expect(response.status === 200, `answered ${response.status}${where}; its session allows it`);
          else expect(response.status === 403, `answered ${response.status}${where}; its session does not allow it`);
          seen.push(`${response.status}${where}`);
        }
        note(seen.join(', '));
      });
    }
  }

  // Writes too: a feature the tenant's plan lacks is off for every operation of its sections, and
  // the server says so before it looks at ids or input (so nothing here can change anything).
  const off = s.session('feature-off');
  const lacking = Object.keys(off?.features ?? {}).filter((feature) => off.features[feature] === false);
  const gated = s.operations.filter((o) => o.method !== 'get' && lacking.includes(o.operation['x-access']?.feature));
  await s.check(
    `feature-off: every write of a feature their plan lacks (${lacking.join(', ') || 'none'}) answers 403`,
    async ({ call }) => {
      for (const op of gated) {
        const method = op.method.toUpperCase();
        const path = fillPath(op.path, { companyId: off.companies[0]?.id ?? 'conformance-no-such-id', id: 'conformance-no-such-id' });
        const response = await call(s.token('feature-off'), method, path, op.operation.requestBody ? { body: {} } : {});
        expect(response.status === 403, `${method} ${op.path} answered ${response.status}`);
      }
    },
    { needs: ['feature-off'], unless: gated.length ? undefined : `no write in this openapi.json needs ${lacking.join(' or ') || 'a feature'}` },
  );
}
