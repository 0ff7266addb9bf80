/**
 * `settings-elements/mocks`: the mock server of the settings REST contract, for demos, Storybook,
 * QA and hosts' own tests. Never imported by the library itself, so msw stays out of `dist/`.
 *
 * - `startMockWorker()` serves it in the browser through MSW's service worker (with a time limit:
 *   `MockWorkerStartError` says what to do when it does not start).
 * - `createMockClient({ persona })` / `createMockFetch(handlers)` answer in-process, for unit tests.
 * - `createHandlers({ db })` gives the raw MSW handlers (Storybook, custom setups).
 * - `createMockDb()` is the seeded multi-tenant database; `personas` are the people to sign in as.
 */
export { MockWorkerStartError, startMockWorker, type MockWorkerOptions } from './browser.js';
export { createMockDb, defaultSeed, type MockDb, type MockDbOptions, type MockOperations } from './db.js';
export type { TenantId } from './db/records.js';
export { MockApiError } from './errors.js';
export { createHandlers, type ChaosOptions, type HandlerOptions } from './handlers.js';
export { createMockClient, createMockFetch, type MockClientOptions } from './mock-fetch.js';
export { getPersona, isPersonaId, personaForToken, personaIds, personas, tokenFor, type Persona, type PersonaId } from './personas.js';
export { createRandom, deriveSeed, type Random } from './random.js';
export {
  companyRoles,
  grantableCompanyRoleIds,
  organizationRoles,
  type CompanyRoleDefinition,
  type CompanyRoleId,
  type OrganizationRoleDefinition,
  type OrganizationRoleId,
} from './roles.js';
export { globexSize, northwindCompanyIds } from './scenarios/index.js';
