// Company routes: a site's life with a repeated Idempotency-Key (one request at a time under a key,
// kept 24 hours), one company's records unreachable through another's path, members invited and
// removed, admin-team members managed only there, and read-only members refused every write.
// Everything created here is deleted again.
import { expect } from '../lib/runner.mjs';

const enc = encodeURIComponent;

export async function companyChecks(s) {
  s.group('Companies: sites, members, data preferences');
  const owner = s.role('owner');
  const [first, second] = s.companyIds;
  const sites = (company) => `/companies/${enc(company)}/sites`;
  const site = (label) => ({ name: s.name(label), address: '1 Conformance Road', timeZone: 'Europe/Paris' });

  /** Creates a site as `token`; whatever gets created is deleted again by the owner. */
  const createSite = async (call, token, company, body, headers) => {
    // A replay names the same site, so it is registered once.
    return s.deleteLater(await call(token, 'POST', sites(company), { body, headers }), sites(company), `site ${body.name}`);
  };

  await s.check('owner: a create sent twice with one Idempotency-Key makes one site (the key with another body: 400 idempotency_key_reused); archive, filter, delete', async ({ call }) => {
    const body = site('site');
    const key = { 'Idempotency-Key': `conformance-${s.runId}` };
    const created = await createSite(call, owner.token, first, body, key);
    expect(created.status === 201 && created.body.status === 'active', `create answered ${created.status} ${created.text.slice(0, 160)}`);
    const again = await createSite(call, owner.token, first, body, key);
    expect([200, 201].includes(again.status) && again.body?.id === created.body.id, `the repeat answered ${again.status} with ${again.body?.id}`);
    const named = await call(owner.token, 'GET', sites(first), { query: { q: body.name } });
    expect(named.body.total === 1, `${named.body.total} sites with the name`);
    const path = `${sites(first)}/${enc(created.body.id)}`;
    // The key belongs to the body it came with: another body under it is a client bug, not a retry.
    const reused = await createSite(call, owner.token, first, { ...body, name: `${body.name} 2` }, key);
    expect(reused.status === 400 && reused.body.error?.code === 'idempotency_key_reused', `the key with another body answered ${reused.status} ${reused.text.slice(0, 120)}`);

    const duplicate = await createSite(call, owner.token, first, { ...body, name: body.name.toUpperCase() });
    expect(duplicate.status === 422 && duplicate.body.error.fields?.name, `a duplicate name answered ${duplicate.status}`);
    const invalid = await createSite(call, owner.token, first, { name: ' ', address: '', timeZone: 'Conformance/Nowhere' });
    expect(invalid.status === 422, `an invalid site answered ${invalid.status}`);
    for (const field of ['name', 'address', 'timeZone']) expect(invalid.body.error.fields?.[field], `no fields.${field}: all errors at once`);

    const archived = await call(owner.token, 'PATCH', path, { body: { status: 'archived' } });
    expect(archived.status === 200 && archived.body.status === 'archived', `archive answered ${archived.status}`);
    const listedArchived = await call(owner.token, 'GET', sites(first), { query: { q: body.name, status: 'archived' } });
    expect(listedArchived.body.items.some((x) => x.id === created.body.id), 'not listed with status=archived');
    const listedActive = await call(owner.token, 'GET', sites(first), { query: { q: body.name, status: 'active' } });
    expect(!listedActive.body.items.some((x) => x.id === created.body.id), 'listed with status=active');

    if (second) {
      const sideways = await call(owner.token, 'PATCH', `${sites(second)}/${enc(created.body.id)}`, { body: { name: body.name } });
      expect(sideways.status === 404, `the site through another company’s path answered ${sideways.status}`);
    }
    const other = s.role('other-tenant');
    const theirs = other?.session.companies.find((c) => c.permissions.includes('company.sites.manage'));
    if (theirs) {
      const foreign = await call(other.token, 'PATCH', `${sites(theirs.id)}/${enc(created.body.id)}`, { body: { name: body.name } });
      expect(foreign.status === 404, `another tenant, through its own company, answered ${foreign.status}`);
    }

    expect((await call(owner.token, 'DELETE', path)).status === 204, 'DELETE did not answer 204');
    created.cleanedUp();
    again.cleanedUp?.();
    expect((await call(owner.token, 'GET', sites(first), { query: { q: body.name } })).body.total === 0, 'still listed after DELETE');
  });

  const member = s.role('member');
  const viewed = member?.session.companies[0]?.id;
  await s.check(
    'member (view only) may not add a site, change data preferences or invite: 403',
    async ({ call }) => {
      const created = await createSite(call, member.token, viewed, site('by member'));
      expect(created.status === 403, `POST site answered ${created.status}`);
      const prefs = (await call(owner.token, 'GET', `/companies/${enc(viewed)}/data-preferences`)).body;
      const changed = await call(member.token, 'PATCH', `/companies/${enc(viewed)}/data-preferences`, { body: { units: prefs.units } });
      expect(changed.status === 403, `PATCH data-preferences answered ${changed.status}`);
      const invited = await inviteMember(call, member.token, viewed, { email: s.email('by-member'), roleId: 'viewer' });
      expect(invited.status === 403, `POST member answered ${invited.status}`);
    },
    { needs: ['member'] },
  );

  /** Invites as `token`; whoever gets invited is removed again by the owner. */
  async function inviteMember(call, token, company, body) {
    const path = `/companies/${enc(company)}/members`;
    return s.deleteLater(await call(token, 'POST', path, { body }), path, `company member ${body.email}`);
  }

  // The company admin in the company they manage; else the owner in the first company.
  const companyAdmin = s.role('company-admin');
  const managed = companyAdmin?.fits ? companyAdmin.session.companies.find((c) => c.permissions.includes('company.members.manage')) : undefined;
  const manager = managed ? companyAdmin : owner;
  const managerCompany = managed ?? owner.session.companies[0];
  await s.check(`${managed ? 'company-admin' : 'owner'}: invite a member → 409 for the same email → change role → resend → remove`, async ({ call }) => {
    const roles = managerCompany.grantableRoles;
    expect(roles.length > 0, `no grantableRoles in ${managerCompany.id}`);
    const path = `/companies/${enc(managerCompany.id)}/members`;
    const email = s.email('member');
    const invited = await inviteMember(call, manager.token, managerCompany.id, { email, roleId: roles.at(-1).id });
    expect(invited.status === 201 && invited.body.status === 'invited' && invited.body.source === 'company', `invite answered ${invited.status} ${invited.text.slice(0, 160)}`);
    const again = await inviteMember(call, manager.token, managerCompany.id, { email: email.toUpperCase(), roleId: roles.at(-1).id });
    expect(again.status === 409 && again.body.error.code === 'already_member', `the same email again answered ${again.status}`);
    const one = `${path}/${enc(invited.body.id)}`;
    const changed = await call(manager.token, 'PATCH', one, { body: { roleId: roles[0].id } });
    expect(changed.status === 200 && changed.body.role.id === roles[0].id, `PATCH answered ${changed.status}`);
    expect((await call(manager.token, 'POST', `${one}/resend-invitation`)).status === 200, 'resend did not answer 200');
    expect((await call(manager.token, 'DELETE', one)).status === 204, 'DELETE did not answer 204');
    invited.cleanedUp();
    expect((await call(manager.token, 'GET', path, { query: { q: email } })).body.total === 0, 'still listed after DELETE');
  });

  await s.check(
    'owner: GET /companies/{companyId}/members?q= searches that company only: a member invited to another company of ours is not found there',
    async ({ call }) => {
      const email = s.email('elsewhere');
      const roleId = owner.session.companies.find((c) => c.id === second)?.grantableRoles.at(-1)?.id;
      expect(roleId, `no grantableRoles in ${second}`);
      const invited = await inviteMember(call, owner.token, second, { email, roleId });
      expect(invited.status === 201, `inviting to ${second} answered ${invited.status} ${invited.text.slice(0, 120)}`);
      const members = (company) => `/companies/${enc(company)}/members`;
      const there = await call(owner.token, 'GET', members(second), { query: { q: email } });
      expect(there.status === 200 && there.body.items.some((m) => m.id === invited.body.id), `the search in ${second} does not find the member invited there`);
      // Nobody in the first company has this address: the search there must come back empty.
      for (const q of [email, email.toUpperCase()]) {
        const elsewhere = await call(owner.token, 'GET', members(first), { query: { q } });
        expect(elsewhere.status === 200, `q=${q} in ${first} answered ${elsewhere.status}`);
        expect(elsewhere.body.total === 0 && elsewhere.body.items.length === 0, `q=${q} in ${first} finds ${elsewhere.body.total} (${elsewhere.body.items.map((m) => m.email).join(', ')}), a member of ${second}`);
      }
      expect((await call(owner.token, 'DELETE', `${members(second)}/${enc(invited.body.id)}`)).status === 204, 'removing the member again did not answer 204');
      invited.cleanedUp();
    },
    { unless: second ? undefined : 'the owner’s tenant has one company: there is no other company to search across' },
  );

  await s.check('owner: a member who comes from the admin team is managed there: PATCH answers 409 managed_by_organization', async ({ call, note }) => {
    const path = `/companies/${enc(first)}/members`;
    const { items } = (await call(owner.token, 'GET', path, { query: { limit: '100' } })).body;
    const fromTeam = items.find((m) => m.source === 'organization');
    if (!fromTeam) return note('no member from the admin team on the first page');
    // Re-sends their current role: a server that wrongly accepts changes nothing.
    const response = await call(owner.token, 'PATCH', `${path}/${enc(fromTeam.id)}`, { body: { roleId: fromTeam.role.id } });
    expect(response.status === 409 && response.body.error.code === 'managed_by_organization', `answered ${response.status} ${response.text.slice(0, 120)}`);
  });

  await s.check('owner: PATCH data-preferences with the current units changes nothing; month 13 is 422', async ({ call }) => {
    const path = `/companies/${enc(first)}/data-preferences`;
    const before = (await call(owner.token, 'GET', path)).body;
    const same = await call(owner.token, 'PATCH', path, { body: { units: before.units } });
    expect(same.status === 200 && JSON.stringify(same.body) === JSON.stringify(before), `answered ${same.status}`);
    const invalid = await call(owner.token, 'PATCH', path, { body: { fiscalYearStartMonth: 13 } });
    expect(invalid.status === 422 && invalid.body.error.fields?.fiscalYearStartMonth, `month 13 answered ${invalid.status}`);
  });

  await s.check(
    'owner: five creates sent at once under one Idempotency-Key make one site; the others get its answer or 409 idempotency_key_in_use',
    async ({ call, note }) => {
      const body = site('at once');
      const key = { 'Idempotency-Key': `conformance-${s.runId}-at-once` };
      const burst = [1, 2, 3, 4, 5];
      // Reads at once first, so the writes go out together on open connections and reach the server together.
      await Promise.all(burst.map(() => call(owner.token, 'GET', sites(first), { query: { limit: '1' } })));
      const answers = await Promise.all(burst.map(() => createSite(call, owner.token, first, body, key)));
      const seen = answers.map((a) => `${a.status}${a.body?.error ? ` ${a.body.error.code}` : ''}`).join(', ');
      const created = answers.filter((a) => [200, 201].includes(a.status));
      const busy = answers.filter((a) => a.status === 409 && a.body?.error?.code === 'idempotency_key_in_use');
      expect(created.length >= 1 && created.length + busy.length === answers.length, `answered ${seen}`);
      expect(new Set(created.map((a) => a.body.id)).size === 1, `answered ${seen}, with ${new Set(created.map((a) => a.body.id)).size} different sites`);
      const named = await call(owner.token, 'GET', sites(first), { query: { q: body.name } });
      expect(named.body.total === 1, `${named.body.total} sites with the name`);
      note(`${busy.length} of the ${answers.length - 1} late ones answered 409 idempotency_key_in_use, the rest replayed`);
    },
  );

  // Last in the group: it moves the server's clock a day on.
  await s.check(
    'owner: an Idempotency-Key is kept 24 hours: a minute before, the first answer; a minute after, a new request',
    async ({ call }) => {
      const body = site('window');
      const key = { 'Idempotency-Key': `conformance-${s.runId}-window` };
      const created = await createSite(call, owner.token, first, body, key);
      expect(created.status === 201, `create answered ${created.status} ${created.text.slice(0, 160)}`);
      // Deleted, so that a replay (the first answer) and a new request (a new site) tell apart.
      expect((await call(owner.token, 'DELETE', `${sites(first)}/${enc(created.body.id)}`)).status === 204, 'DELETE did not answer 204');
      created.cleanedUp();
      await s.clock.advance(24 * 3600 - 60);
      const kept = await createSite(call, owner.token, first, body, key);
      expect([200, 201].includes(kept.status) && kept.body.id === created.body.id, `23 h 59 min later the key answered ${kept.status} ${kept.body?.id ?? kept.text.slice(0, 120)}: not the first answer`);
      await s.clock.advance(120);
      const later = await createSite(call, owner.token, first, body, key);
      expect(later.status === 201 && later.body.id !== created.body.id, `24 h 01 min later the key answered ${later.status} ${later.body?.id ?? later.text.slice(0, 120)}: the first answer again, not a new request`);
    },
    { unless: s.clock ? undefined : 'moves the server’s clock 24 hours on: runs with --mocks; on your server, check by hand that a key is forgotten 24 hours after its answer' },
  );
}
