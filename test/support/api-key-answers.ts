import type { ApiKeyListQuery, Page, ApiKey } from '../../src/api/types.js';
import { createMockDb } from '../../mocks/db.js';

/** The owner's view of a policy without limits: every scope grantable, full access allowed. */
export const ownerKeyPolicy = createMockDb().actingAs('owner').getApiKeyPolicy();

const noKeys: Page<ApiKey> = { items: [], nextCursor: null, total: 0 };

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
