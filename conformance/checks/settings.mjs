// Personal and organization-wide settings: writes that change nothing (each sends the value it
// just read), the error format of refused input (422 with fields, 400 for a malformed body), the
// 409s these routes define, the password-reset rate limit, and who may not change them.
import { expect } from '../lib/runner.mjs';

/** Expects a 422 that names `field`. */
function expectFieldError(response, field) {
  expect(response.status === 422, `answered ${response.status}, expected 422`);
  expect(response.body.error.code === 'validation_failed', `code ${response.body.error.code}`);
  expect(response.body.error.fields?.[field], `no fields.${field} in ${response.text.slice(0, 160)}`);
}

export async function settingsChecks(s) {
  s.group('Personal settings');
  const owner = s.token('owner');

  await s.check('PATCH /me/profile with the current job title changes nothing; an empty name is 422 fields.name', async ({ call }) => {
    const before = (await call(owner, 'GET', '/me/profile')).body;
    const same = await call(owner, 'PATCH', '/me/profile', { body: { jobTitle: before.jobTitle } });
    expect(same.status === 200 && JSON.stringify(same.body) === JSON.stringify(before), `answered ${same.status}: ${same.text.slice(0, 160)}`);
    expectFieldError(await call(owner, 'PATCH', '/me/profile', { body: { name: '' } }), 'name');
  });

  await s.check('a malformed JSON body answers 400 in the error format', async ({ call }) => {
    const response = await call(owner, 'PATCH', '/me/profile', { raw: '[1, 2' });
    expect(response.status === 400, `answered ${response.status}`);
  });

  await s.check('PATCH /me/preferences with the current theme changes nothing; an unknown time zone is 422 fields.timeZone', async ({ call }) => {
    const before = (await call(owner, 'GET', '/me/preferences')).body;
    const same = await call(owner, 'PATCH', '/me/preferences', { body: { theme: before.theme } });
    expect(same.status === 200 && JSON.stringify(same.body) === JSON.stringify(before), `answered ${same.status}: ${same.text.slice(0, 160)}`);
    expectFieldError(await call(owner, 'PATCH', '/me/preferences', { body: { timeZone: 'Conformance/Nowhere' } }), 'timeZone');
  });

  await s.check(
    'POST /me/password-reset for an SSO login answers 409 sso_managed',
    async ({ call }) => {
      const response = await call(s.token('sso'), 'POST', '/me/password-reset');
      expect(response.status === 409 && response.body.error.code === 'sso_managed', `answered ${response.status} ${response.text.slice(0, 120)}`);
    },
    { needs: ['sso'] },
  );

  await s.check(
    'POST /me/password-reset twice: the second answers 429 with Retry-After',
    async ({ call, note }) => {
      const first = await call(owner, 'POST', '/me/password-reset');
      // 429 already when a reset was sent a moment ago (an earlier run): the limit holds either way.
      expect([200, 429].includes(first.status), `the first answered ${first.status}`);
      if (first.status === 200) expect(first.body.sentTo === s.session('owner').user.email, `sent to ${first.body.sentTo}`);
      const second = await call(owner, 'POST', '/me/password-reset');
      expect(second.status === 429, `the second answered ${second.status}`);
      const wait = Number(second.headers.get('Retry-After'));
      expect(Number.isInteger(wait) && wait > 0, `Retry-After: ${second.headers.get('Retry-After')}`);
      note(`Retry-After ${wait} s`);
    },
    {
      // The contract documents no other limit a client can reach on purpose: every route may answer 429,
      // but only this one says when, and reaching it sends a real email.
      unless: s.passwordReset
        ? undefined
        : 'run it with --password-reset: the only rate limit the contract defines (one reset email per user a minute) is reached only by emailing the owner a real reset link, so it is opt-in; any other 429 in the run is still checked for Retry-After',
    },
  );

  s.group('Organization settings');
  const managers = ['owner', 'billing', 'other-tenant'].filter((name) => s.session(name)?.organization?.permissions.includes('org.billing.manage'));
  for (const name of managers) {
    await s.check(`${name}: PATCH /organization/billing/profile — no change when set up (bad email 422), 409 billing_profile_not_set_up when not`, async ({ call, note }) => {
      const billing = await call(s.token(name), 'GET', '/organization/billing');
      if (billing.status === 403) return note('billing is off for this tenant');
      expect(billing.status === 200, `GET answered ${billing.status}`);
      const { profile } = billing.body;
      if (!profile) {
        const response = await call(s.token(name), 'PATCH', '/organization/billing/profile', { body: { companyName: 'Conformance' } });
        expect(response.status === 409 && response.body.error.code === 'billing_profile_not_set_up', `answered ${response.status} ${response.text.slice(0, 120)}`);
        return note('profile not set up');
      }
      const same = await call(s.token(name), 'PATCH', '/organization/billing/profile', { body: { companyName: profile.companyName } });
      expect(same.status === 200 && JSON.stringify(same.body) === JSON.stringify(profile), `answered ${same.status}: ${same.text.slice(0, 160)}`);
      expectFieldError(await call(s.token(name), 'PATCH', '/organization/billing/profile', { body: { billingEmail: 'accounts' } }), 'billingEmail');
    });
  }

  await s.check('owner: PATCH /organization/data-repository with the current retention changes nothing; an unknown region is 422', async ({ call }) => {
    const before = await call(owner, 'GET', '/organization/data-repository');
    expect(before.status === 200, `GET answered ${before.status}`);
    const same = await call(owner, 'PATCH', '/organization/data-repository', { body: { retentionDays: before.body.retentionDays } });
    expect(same.status === 200 && JSON.stringify(same.body) === JSON.stringify(before.body), `answered ${same.status}`);
    expectFieldError(await call(owner, 'PATCH', '/organization/data-repository', { body: { storageRegion: 'conformance-nowhere' } }), 'storageRegion');
  });

  // Each refused write sends the current value, so a server that wrongly accepts it changes nothing.
  const refusals = [
    ['admin', 'PATCH /organization/data-repository (view only)', '/organization/data-repository', (d) => ({ retentionDays: d.retentionDays }), '/organization/data-repository'],
    ['billing', 'PATCH /organization/data-repository', '/organization/data-repository', (d) => ({ retentionDays: d.retentionDays }), '/organization/data-repository'],
    ['admin', 'PATCH /organization/billing/profile (no billing permission)', '/organization/billing/profile', (b) => ({ companyName: b.profile?.companyName ?? 'Conformance' }), '/organization/billing'],
    ['company-admin', 'PATCH /organization/data-repository (no organization)', '/organization/data-repository', (d) => ({ retentionDays: d.retentionDays }), '/organization/data-repository'],
  ];
  for (const [name, label, path, bodyFrom, readPath] of refusals) {
    await s.check(
      `${name} may not ${label}: 403`,
      async ({ call }) => {
        const current = (await call(owner, 'GET', readPath)).body;
        const response = await call(s.token(name), 'PATCH', path, { body: bodyFrom(current) });
        expect(response.status === 403, `answered ${response.status}`);
      },
      { needs: [name] },
    );
  }
}
