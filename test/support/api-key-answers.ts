import type { ApiKeyListQuery, Page, ApiKey } from '../../src/api/types.js';
import { createMockDb } from '../../mocks/db.js';

/** The owner's view of a policy without limits: every scope grantable, full access allowed. */
export const ownerKeyPolicy = createMockDb().actingAs('owner').getApiKeyPolicy();

const noKeys: Page<ApiKey> = { items: [], nextCursor: null, total: 0 };

/** An active key with full access, created 30 days ago and used yesterday: `overrides` say what differs. */
export function testApiKey(overrides: Partial<ApiKey> & Pick<ApiKey, 'id' | 'name'>): ApiKey {
  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3_600_000).toISOString();
  return {
    prefix: `mock_key_${overrides.id.padEnd(4, '0').slice(0, 4)}`,
    createdAt: daysAgo(30),
    createdBy: { id: 'u1', name: 'Olivia Martin' },
    lastUsedAt: daysAgo(1),
    expiresAt: null,
    revokedAt: null,
    disabledAt: null,
    fullAccess: true,
    scopes: [],
    status: 'active',
    replacesKeyId: null,
    replacedByKeyId: null,
    rotationEndsAt: null,
    ...overrides,
  };
}

/**
 * For `new FakeClient({ answers })`: the API keys panel's background reads — its policy and the
 * "expiring soon" count — answered at once, so a test drives only the list it is about.
 */
export const apiKeyAnswers = {
  getApiKeyPolicy: () => ownerKeyPolicy,
  listApiKeys: (query?: unknown) => ((query as ApiKeyListQuery | undefined)?.status === 'expiring' ? noKeys : undefined),
};

/** In the Create key form: picks "Full access" (offered to a creator who holds every scope). */
export function chooseFullAccess(scope: Element | ShadowRoot): void {
  const root = scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope;
  const full = root.querySelector<HTMLInputElement>('input[name=key-access]');
  if (!full) throw new Error('no access choice in the form');
  full.click();
}
