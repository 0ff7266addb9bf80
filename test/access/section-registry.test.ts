import { expect } from '@open-wc/testing';
import { evaluateAccess } from '../../src/access/evaluate-access.js';
import { createSectionRegistry, SectionDefinitionError } from '../../src/access/section-registry.js';
import type { SectionDefinition } from '../../src/access/sections.js';
import { createMockDb } from '../../mocks/db.js';

const host = (overrides: Partial<SectionDefinition> = {}): SectionDefinition => ({
  id: 'acme/webhooks',
  scope: 'organization',
  label: 'Webhooks',
  tagName: 'acme-webhooks',
  ...overrides,
});
const db = createMockDb();

describe('createSectionRegistry', () => {
  it('places host sections by order within their scope, after ours by default', () => {
    const registry = createSectionRegistry({ add: [host(), host({ id: 'acme/security', label: 'Security', order: 15, tagName: 'acme-security' })] });
    expect(registry.inScope('organization').map((s) => s.id)).to.deep.equal([
      'organization/admin-team',
      'acme/security',
      'organization/api-keys',
      'organization/billing',
      'organization/data-repository',
      'acme/webhooks',
    ]);
  });

  it('leaves out omitted built-in sections entirely', () => {
    const registry = createSectionRegistry({ omit: ['organization/billing'] });
    expect(registry.get('organization/billing')).to.equal(undefined);
    expect(registry.all.map((s) => s.id)).to.not.include('organization/billing');
  });

  for (const [what, section, message] of [
    ['one of our ids', host({ id: 'organization/billing' }), 'reserved'],
    ['our scope prefixes', host({ id: 'personal/notifications' }), 'reserved'],
    ['an id with capitals or spaces', host({ id: 'Acme Hooks' }), 'lowercase'],
    ['a tag without a dash', host({ tagName: 'webhooks' }), 'custom element'],
    ['no label', host({ label: '' }), 'label'],
  ] as const) {
    it(`refuses ${what} with a message that says what to change`, () => {
      expect(() => createSectionRegistry({ add: [section] })).to.throw(SectionDefinitionError, message);
    });
  }

  it('refuses the same host id twice, and omitting a section that is not ours', () => {
    expect(() => createSectionRegistry({ add: [host(), host()] })).to.throw(SectionDefinitionError, 'twice');
    expect(() => createSectionRegistry({ omit: ['acme/webhooks'] })).to.throw(SectionDefinitionError, 'built-in');
  });
});

describe('evaluateAccess for host sections', () => {
  const session = (persona: Parameters<typeof db.sessionFor>[0]) => db.sessionFor(persona);

  it('applies view/manage permission strings of the session', () => {
    const section = host({ viewPermission: 'org.admin-team.view', managePermission: 'org.admin-team.manage' });
    expect(evaluateAccess(session('owner'), section)).to.include({ allowed: true, mode: 'manage' });
    expect(evaluateAccess(session('billing-manager'), section)).to.include({ allowed: true, mode: 'view' });
    expect(evaluateAccess(session('company-admin'), section)).to.include({ allowed: false, reason: 'not-organization-member' });
  });

  it('hides a section whose tenant feature is off, and a permission the session lacks', () => {
    expect(evaluateAccess(session('no-api-keys'), host({ feature: 'apiKeys' }))).to.include({ allowed: false, reason: 'feature-unavailable' });
    expect(evaluateAccess(session('owner'), host({ viewPermission: 'acme.webhooks.view' }))).to.include({ allowed: false, reason: 'missing-permission' });
  });

  it("lets the host's rule deny with its own reason, or narrow to view", () => {
    const denied = host({ scope: 'personal', rule: () => ({ allowed: false, reason: 'trial-plan', message: 'Upgrade to use webhooks.' }) });
    expect(evaluateAccess(session('owner'), denied)).to.deep.equal({ allowed: false, reason: 'trial-plan', message: 'Upgrade to use webhooks.' });
    const narrowed = host({ rule: () => ({ allowed: true, mode: 'view' }) });
    expect(evaluateAccess(session('owner'), narrowed)).to.include({ allowed: true, mode: 'view' });
  });
});
