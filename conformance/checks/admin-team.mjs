// The admin team's rules: an invitation's whole life (invite, duplicate, resend, change, remove),
// nobody changes their own record, nobody grants a role or company access beyond their own, and
// the last active Owner stays. Invitations go to conformance+…@example.com and are removed again.
import { expect } from '../lib/runner.mjs';

const team = '/organization/admin-team';

/** The caller's own admin-team record. */
async function ownRecord(call, state) {
  const { items } = (await call(state.token, 'GET', team, { query: { q: state.session.user.email, limit: '100' } })).body;
  const mine = items.find((m) => m.userId === state.session.user.id);
  expect(mine, `no admin-team record with userId ${state.session.user.id}`);
  return mine;
}

export async function adminTeamChecks(s) {
  s.group('Admin team: invitations, grant rules, the last Owner');
  const owner = s.role('owner');
  const grantable = owner.session.organization.grantableRoles;
  // A role granted with a choice of companies (Admin), and another to change it to.
  const choose = grantable.find((r) => r.companyAccess === 'choose') ?? grantable[0];
  const other = grantable.find((r) => r.id !== choose.id && r.companyAccess !== 'all') ?? choose;
  const accessFor = (role, companies) => (role.companyAccess === 'choose' ? companies : 'all');

  /**
   * Invites as `token`. Whatever the answer, a record it reports (any 2xx with an id, a server that
   * wrongly accepts included) is registered for the owner to remove before the caller asserts anything.
   */
  const invite = async (call, token, body) => {
    return s.deleteLater(await call(token, 'POST', team, { body }), team, `admin-team invitation ${body.email}`);
  };

  await s.check('owner: invite → 409 for the same email in capitals → resend → change role → remove; the list follows', async ({ call }) => {
    const email = s.email('admin');
    const created = await invite(call, owner.token, { email, roleId: choose.id, companyAccess: accessFor(choose, [s.companyIds[0]]) });
    expect(created.status === 201, `invite answered ${created.status} ${created.text.slice(0, 160)}`);
    const member = created.body;
    expect(member.status === 'invited' && member.name === null && member.userId === null, `a new invitation: ${created.text.slice(0, 200)}`);
    expect(member.email.toLowerCase() === email, `email ${member.email}`);
    const path = `${team}/${encodeURIComponent(member.id)}`;

    const again = await invite(call, owner.token, { email: email.toUpperCase(), roleId: choose.id, companyAccess: accessFor(choose, [s.companyIds[0]]) });
    expect(again.status === 409 && again.body.error.code === 'already_member', `the same email again answered ${again.status} ${again.text.slice(0, 120)}`);

    const resent = await call(owner.token, 'POST', `${path}/resend-invitation`);
    expect(resent.status === 200 && resent.body.invitationExpiresAt, `resend answered ${resent.status}`);
    expect(Date.parse(resent.body.invitationExpiresAt) >= Date.parse(member.invitationExpiresAt), 'resending moved the expiry earlier');

    const changed = await call(owner.token, 'PATCH', path, { body: { roleId: other.id, companyAccess: accessFor(other, [s.companyIds[0]]) } });
    expect(changed.status === 200 && changed.body.role.id === other.id, `PATCH answered ${changed.status} ${changed.text.slice(0, 120)}`);

    const listed = await call(owner.token, 'GET', team, { query: { q: email } });
    expect(listed.body.items.some((m) => m.id === member.id), 'the invitation is not listed');

    const removed = await call(owner.token, 'DELETE', path);
    expect(removed.status === 204, `DELETE answered ${removed.status}`);
    created.cleanedUp();
    expect((await call(owner.token, 'GET', team, { query: { q: email } })).body.total === 0, 'still listed after DELETE');
    expect((await call(owner.token, 'DELETE', path)).status === 404, 'a second DELETE did not answer 404');
  });

  await s.check("owner: an address `format: email` rejects (markup, a comma, quotes, an empty label) is 422 on email, and nobody is invited", async ({ call }) => {
    for (const email of ['<svg/onload=alert(1)>@example.com', 'first,last@example.com', '"quoted"@example.com', 'name@example..com']) {
      const response = await invite(call, owner.token, { email, roleId: choose.id, companyAccess: accessFor(choose, [s.companyIds[0]]) });
      expect(response.status === 422 && response.body.error?.fields?.email, `${email}: answered ${response.status} ${response.text.slice(0, 120)}`);
    }
  });

  await s.check('owner: may not change their own record (403); resending to an active member is 409 not_invited', async ({ call }) => {
    const mine = await ownRecord(call, owner);
    const path = `${team}/${encodeURIComponent(mine.id)}`;
    const self = await call(owner.token, 'PATCH', path, { body: { roleId: mine.role.id } });
    expect(self.status === 403, `PATCH of the own record answered ${self.status}`);
    const resend = await call(owner.token, 'POST', `${path}/resend-invitation`);
    expect(resend.status === 409 && resend.body.error.code === 'not_invited', `resend answered ${resend.status} ${resend.text.slice(0, 120)}`);
  });

  await s.check(
    'owner: the last active Owner cannot be removed (409 last_owner)',
    async ({ call }) => {
      const mine = await ownRecord(call, owner);
      const response = await call(owner.token, 'DELETE', `${team}/${encodeURIComponent(mine.id)}`);
      expect(response.status === 409 && response.body.error.code === 'last_owner', `DELETE of the last Owner answered ${response.status} — the tenant may have lost its Owner`);
    },
    {
      // Only when the server itself says this Owner is the last one; otherwise the DELETE would work.
      unless: async () => ((await ownRecord(s.call, owner)).lastOwner ? undefined : 'the tenant has more than one active Owner'),
    },
  );

  const admin = s.role('admin');
  const held = Array.isArray(admin?.session.organization?.companyAccess) ? admin.session.organization.companyAccess : [];
  const notHeld = s.companyIds.filter((id) => !held.includes(id));
  const adminChoose = admin?.session.organization?.grantableRoles.find((r) => r.companyAccess === 'choose');
  const escalation = notHeld.length === 0 ? 'the admin holds every company' : !adminChoose ? 'the admin may grant no role with a choice of companies' : undefined;

  await s.check(
    'admin may not grant "all companies", nor a company they do not hold (403); within their own access they may',
    async ({ call }) => {
      const wide = await invite(call, admin.token, { email: s.email('wide'), roleId: adminChoose.id, companyAccess: 'all' });
      expect(wide.status === 403, `"all" answered ${wide.status}`);
      const outside = await invite(call, admin.token, { email: s.email('outside'), roleId: adminChoose.id, companyAccess: [notHeld[0]] });
      expect(outside.status === 403, `${notHeld[0]} answered ${outside.status}`);
      const within = await invite(call, admin.token, { email: s.email('within'), roleId: adminChoose.id, companyAccess: [held[0]] });
      expect(within.status === 201, `${held[0]} answered ${within.status} ${within.text.slice(0, 120)}`);
      const removed = await call(admin.token, 'DELETE', `${team}/${encodeURIComponent(within.body.id)}`);
      expect(removed.status === 204, `removing it again answered ${removed.status}`);
      within.cleanedUp();
    },
    { needs: ['admin'], unless: escalation },
  );

  await s.check(
    'admin may not widen a member by PATCH to "all companies", nor to a company they do not hold (403); the member keeps their companies',
    async ({ call }) => {
      const email = s.email('widen');
      const within = await invite(call, admin.token, { email, roleId: adminChoose.id, companyAccess: [held[0]] });
      expect(within.status === 201, `inviting within ${held[0]} answered ${within.status} ${within.text.slice(0, 120)}`);
      const path = `${team}/${encodeURIComponent(within.body.id)}`;
      const all = await call(admin.token, 'PATCH', path, { body: { companyAccess: 'all' } });
      expect(all.status === 403, `PATCH to "all" answered ${all.status} ${all.text.slice(0, 120)}`);
      const outside = await call(admin.token, 'PATCH', path, { body: { companyAccess: [held[0], notHeld[0]] } });
      expect(outside.status === 403, `PATCH adding ${notHeld[0]} answered ${outside.status} ${outside.text.slice(0, 120)}`);
      const listed = (await call(owner.token, 'GET', team, { query: { q: email } })).body.items.find((m) => m.id === within.body.id);
      const access = listed?.companyAccess === 'all' ? 'all' : listed?.companyAccess.map((c) => c.id).join(', ');
      expect(access === held[0], `after the refused PATCHes the member has ${access}, not ${held[0]}`);
      const removed = await call(admin.token, 'DELETE', path);
      expect(removed.status === 204, `removing it again answered ${removed.status}`);
      within.cleanedUp();
    },
    { needs: ['admin'], unless: escalation },
  );

  // The "specific companies" picker: the caller's own company access, never the whole organization.
  for (const name of ['admin', 'billing']) {
    const held = s.session(name)?.organization?.companyAccess;
    await s.check(
      `${name}: GET /organization/companies lists only the companies of their own company access, never the whole organization`,
      async ({ call, note }) => {
        const response = await call(s.token(name), 'GET', '/organization/companies', { query: { limit: '100' } });
        expect(response.status === 200, `answered ${response.status}`);
        const beyond = response.body.items.filter((c) => !held.includes(c.id));
        expect(beyond.length === 0, `lists ${beyond.map((c) => c.id).join(', ')}, beyond their access (${held.join(', ') || 'none'})`);
        expect(response.body.total <= held.length, `total ${response.body.total}, but they hold ${held.length} companies`);
        note(`${response.body.total} of ${s.companyIds.length}`);
      },
      { needs: [name], unless: Array.isArray(held) ? undefined : `the ${name} holds every company` },
    );
  }

  const ownerOnly = grantable.filter((r) => !admin?.session.organization?.grantableRoles.some((g) => g.id === r.id));
  await s.check(
    `admin may not grant a role outside their grantableRoles (${ownerOnly.map((r) => r.id).join(', ')}): 403`,
    async ({ call }) => {
      const response = await invite(call, admin.token, { email: s.email('role'), roleId: ownerOnly[0].id, companyAccess: 'all' });
      expect(response.status === 403, `answered ${response.status}`);
    },
    { needs: ['admin'], unless: ownerOnly.length ? undefined : 'the admin may grant every role the owner may' },
  );

  await s.check(
    'admin may not change their own record, the Owner’s, or a member whose companies reach beyond theirs (403)',
    async ({ call, note }) => {
      const { items } = (await call(admin.token, 'GET', team, { query: { limit: '100' } })).body;
      const mine = items.find((m) => m.userId === admin.session.user.id) ?? (await ownRecord(call, admin));
      const ownerRecord = items.find((m) => m.userId === owner.session.user.id) ?? (await ownRecord(call, owner));
      const beyond = items.find((m) => m.id !== mine.id && (m.companyAccess === 'all' || m.companyAccess.some((c) => !held.includes(c.id))) && m.id !== ownerRecord.id);
      // Each PATCH re-sends the member's own role: a server that wrongly accepts changes nothing.
      for (const [label, member] of [['own record', mine], ['Owner', ownerRecord], ['wider member', beyond]]) {
        if (!member) {
          note(`no ${label} on the first page`);
          continue;
        }
        const response = await call(admin.token, 'PATCH', `${team}/${encodeURIComponent(member.id)}`, { body: { roleId: member.role.id } });
        expect(response.status === 403, `${label} (${member.email}): ${response.status}`);
      }
    },
    { needs: ['admin'] },
  );

  for (const name of ['billing', 'company-admin', 'member']) {
    await s.check(
      `${name} may not invite to the admin team: 403`,
      async ({ call }) => {
        const response = await invite(call, s.token(name), { email: s.email(`by-${name}`), roleId: choose.id, companyAccess: accessFor(choose, [s.companyIds[0]]) });
        expect(response.status === 403, `answered ${response.status}`);
      },
      { needs: [name] },
    );
  }
}
