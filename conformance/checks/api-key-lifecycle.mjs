// The API-key lifecycle beyond create and revoke — one key by id (and its state as it changes),
// disable and enable, a rotation whose old key is scheduled to expire, scopes never wider than the
// creator's, the lifetime policy (its maximum enforced on create).
// Each check runs once its routes are in openapi.json, and is skipped until then.
import { keyMaker, ownerKeyAccess } from './api-keys.mjs';
import { expect } from '../lib/runner.mjs';

const keys = '/organization/api-keys';
const enc = encodeURIComponent;

export async function apiKeyLifecycleChecks(s) {
  s.group('API keys: by id, disable/enable, rotation, scopes, policy');
  const owner = s.role('owner');
  const documented = (...ids) => {
    const missing = ids.filter((id) => !s.operations.some((o) => o.id === id));
    if (missing.length) return `${missing.join(', ')} not in this openapi.json`;
    return owner.session.features.apiKeys ? undefined : 'the owner’s tenant has no API keys';
  };
  const create = keyMaker(s);
  const access = ownerKeyAccess(s.doc);

  await s.check(
    'owner: GET one key (no secret) → disable → 409 again → enable → 409 again',
    async ({ call }) => {
      const created = await create(call, owner.token, { name: s.name('disable'), expiresInDays: 1, ...access });
      expect(created.status === 201, `create answered ${created.status}`);
      const path = `${keys}/${enc(created.body.apiKey.id)}`;
      const one = await call(owner.token, 'GET', path);
      expect(one.status === 200 && one.body.id === created.body.apiKey.id, `GET answered ${one.status}`);
      expect(!one.text.includes(created.body.secret), 'GET of one key carries the secret');
      const disabled = await call(owner.token, 'POST', `${path}/disable`);
      expect(disabled.status === 200 && disabled.body.status === 'disabled' && disabled.body.disabledAt, `disable answered ${disabled.status}`);
      expect((await call(owner.token, 'POST', `${path}/disable`)).status === 409, 'disabling twice did not answer 409');
      const enabled = await call(owner.token, 'POST', `${path}/enable`);
      expect(enabled.status === 200 && enabled.body.status === 'active' && enabled.body.disabledAt === null, `enable answered ${enabled.status}`);
      expect((await call(owner.token, 'POST', `${path}/enable`)).status === 409, 'enabling an enabled key did not answer 409');
    },
    { unless: documented('getApiKey', 'disableApiKey', 'enableApiKey') },
  );

  await s.check(
    'owner: GET one key by id tells its state as it changes: disabled once disabled, revoked (with revokedAt) once revoked — never active',
    async ({ call }) => {
      const created = await create(call, owner.token, { name: s.name('state'), expiresInDays: 1, ...access });
      expect(created.status === 201, `create answered ${created.status}`);
      const path = `${keys}/${enc(created.body.apiKey.id)}`;
      const stateOf = async (label) => {
        const one = await call(owner.token, 'GET', path);
        expect(one.status === 200 && one.body.id === created.body.apiKey.id, `GET ${label} answered ${one.status}`);
        return one.body;
      };
      expect((await stateOf('a new key')).status === 'active', 'a new key is not active');
      expect((await call(owner.token, 'POST', `${path}/disable`)).status === 200, 'disable did not answer 200');
      const disabled = await stateOf('a disabled key');
      expect(disabled.status === 'disabled' && disabled.disabledAt, `a disabled key reads as ${disabled.status} (disabledAt ${disabled.disabledAt})`);
      const revoked = await call(owner.token, 'POST', `${path}/revoke`);
      expect(revoked.status === 200, `revoke answered ${revoked.status}`);
      created.cleanedUp();
      const after = await stateOf('a revoked key');
      expect(after.status === 'revoked', `a revoked key reads as ${after.status}`);
      expect(after.revokedAt === revoked.body.revokedAt, `revokedAt ${after.revokedAt}, the revoke answered ${revoked.body.revokedAt}`);
    },
    { unless: documented('getApiKey', 'disableApiKey') },
  );

  await s.check(
    'owner: rotate a key → the old one names its replacement → schedule its expiry in 1 hour',
    async ({ call }) => {
      const old = await create(call, owner.token, { name: s.name('rotation'), expiresInDays: 1, ...access });
      expect(old.status === 201, `create answered ${old.status}`);
      const oldPath = `${keys}/${enc(old.body.apiKey.id)}`;
      expect((await call(owner.token, 'POST', `${oldPath}/schedule-expiry`, { body: { inHours: 1 } })).status === 409, 'scheduling a key that is not rotating did not answer 409');
      const replacement = await create(call, owner.token, { name: s.name('rotation'), expiresInDays: 1, ...access, replacesKeyId: old.body.apiKey.id });
      expect(replacement.status === 201 && replacement.body.apiKey.replacesKeyId === old.body.apiKey.id, `the replacement answered ${replacement.status}`);
      const paired = await call(owner.token, 'GET', oldPath);
      expect(paired.body.replacedByKeyId === replacement.body.apiKey.id, `the old key’s replacedByKeyId is ${paired.body.replacedByKeyId}`);
      const scheduled = await call(owner.token, 'POST', `${oldPath}/schedule-expiry`, { body: { inHours: 1 } });
      expect(scheduled.status === 200 && scheduled.body.rotationEndsAt === scheduled.body.expiresAt, `schedule answered ${scheduled.status}`);
      const inAnHour = Date.now() + 3_600_000;
      expect(Math.abs(Date.parse(scheduled.body.expiresAt) - inAnHour) < 120_000, `expiresAt ${scheduled.body.expiresAt}, not in an hour`);
    },
    { unless: documented('getApiKey', 'scheduleApiKeyExpiry') },
  );

  await s.check(
    'owner: a second replacement of a key whose first is still active → 409 rotation_in_progress, the first pairing kept',
    async ({ call }) => {
      const old = await create(call, owner.token, { name: s.name('rotate-once'), expiresInDays: 1, ...access });
      expect(old.status === 201, `create answered ${old.status}`);
      const replaces = { replacesKeyId: old.body.apiKey.id };
      const first = await create(call, owner.token, { name: s.name('rotate-once'), expiresInDays: 1, ...access, ...replaces });
      expect(first.status === 201, `the first replacement answered ${first.status}`);
      const second = await create(call, owner.token, { name: s.name('rotate-twice'), expiresInDays: 1, ...access, ...replaces });
      expect(second.status === 409 && second.body?.error?.code === 'rotation_in_progress', `a second replacement answered ${second.status} ${second.body?.error?.code ?? ''}`);
      const paired = await call(owner.token, 'GET', `${keys}/${enc(old.body.apiKey.id)}`);
      expect(paired.body.replacedByKeyId === first.body.apiKey.id, `the old key’s replacedByKeyId is ${paired.body.replacedByKeyId}, not the first replacement`);
    },
    { unless: documented('getApiKey') },
  );

  const admin = s.role('admin');
  await s.check(
    'admin may not give a key scopes they do not hold, nor full access (403)',
    async ({ call, note }) => {
      const policy = await call(admin.token, 'GET', '/organization/api-key-policy');
      expect(policy.status === 200, `GET policy answered ${policy.status}`);
      const beyond = policy.body.scopes.find((scope) => !scope.grantable);
      if (beyond) {
        const scoped = await create(call, admin.token, { name: s.name('beyond'), expiresInDays: 1, scopes: [beyond.id] });
        expect(scoped.status === 403, `scope ${beyond.id} answered ${scoped.status}`);
      } else note('the admin holds every scope');
      if (!policy.body.fullAccessGrantable) {
        const full = await create(call, admin.token, { name: s.name('full'), expiresInDays: 1, fullAccess: true });
        expect(full.status === 403, `full access answered ${full.status}`);
      }
    },
    { needs: ['admin'], unless: documented('getApiKeyPolicy') },
  );

  const policyPath = '/organization/api-key-policy';
  const ownsPolicy = owner.session.organization.permissions.includes('org.api-keys.policy');
  await s.check(
    'owner: under the policy’s maxLifetimeDays, a key for one day more, or one that never expires, is 422 fields.expiresInDays; the maximum itself is allowed',
    async ({ call, note }) => {
      const before = await call(owner.token, 'GET', policyPath);
      expect(before.status === 200, `GET policy answered ${before.status}`);
      let max = before.body.maxLifetimeDays;
      if (max === null) {
        // No maximum on this tenant: set one for the duration of the check (given back here, else in the clean-up).
        const giveBack = async () => {
          const restored = await s.call(owner.token, 'PATCH', policyPath, { body: { maxLifetimeDays: null } });
          expect(restored.status === 200 && restored.body.maxLifetimeDays === null, `giving the policy back its "no limit" answered ${restored.status}`);
        };
        const pending = s.willCleanUp('the API-key policy’s maxLifetimeDays (no limit)', giveBack);
        max = 30;
        const set = await call(owner.token, 'PATCH', policyPath, { body: { maxLifetimeDays: max } });
        expect(set.status === 200 && set.body.maxLifetimeDays === max, `setting maxLifetimeDays ${max} answered ${set.status} ${set.text.slice(0, 120)}`);
        note(`maxLifetimeDays set to ${max} for the check`);
        try {
          await lifetimeRules(call, max);
        } finally {
          await giveBack();
          pending.done();
        }
      } else {
        note(`maxLifetimeDays ${max}`);
        await lifetimeRules(call, max);
      }
    },
    {
      unless:
        documented('getApiKeyPolicy', 'updateApiKeyPolicy') ??
        (ownsPolicy ? undefined : 'the owner lacks org.api-keys.policy, needed to set a maximum lifetime for the check'),
    },
  );

  /** With the policy's maximum at `max` days: over it and "never" are refused, `max` itself is allowed. */
  async function lifetimeRules(call, max) {
    for (const [label, expiresInDays] of [[`${max + 1} days`, max + 1], ['never (null)', null], ['never (omitted)', undefined]]) {
      const body = { name: s.name(`lifetime ${label}`), ...(expiresInDays === undefined ? {} : { expiresInDays }), ...access };
      const refused = await create(call, owner.token, body);
      expect(refused.status === 422 && refused.body.error?.fields?.expiresInDays, `a key for ${label} answered ${refused.status} ${refused.text.slice(0, 120)}`);
    }
    const longest = await create(call, owner.token, { name: s.name('lifetime max'), expiresInDays: max, ...access });
    expect(longest.status === 201, `a key for ${max} days answered ${longest.status} ${longest.text.slice(0, 120)}`);
    const { createdAt, expiresAt } = longest.body.apiKey;
    expect(Math.abs(Date.parse(expiresAt) - Date.parse(createdAt) - max * 86_400_000) < 60_000, `expiresInDays ${max} gave expiresAt ${expiresAt}`);
  }

  await s.check(
    'owner: PATCH the policy with its current values; admin may not change it (403)',
    async ({ call }) => {
      const before = (await call(owner.token, 'GET', '/organization/api-key-policy')).body;
      const current = { maxLifetimeDays: before.maxLifetimeDays, expiryWarningDays: before.expiryWarningDays };
      const same = await call(owner.token, 'PATCH', '/organization/api-key-policy', { body: current });
      expect(same.status === 200 && same.body.maxLifetimeDays === current.maxLifetimeDays, `owner PATCH answered ${same.status}`);
      if (admin && !admin.session.organization?.permissions.includes('org.api-keys.policy')) {
        expect((await call(admin.token, 'PATCH', '/organization/api-key-policy', { body: current })).status === 403, 'the admin could change the policy');
      }
    },
    { unless: documented('getApiKeyPolicy', 'updateApiKeyPolicy') },
  );
}
