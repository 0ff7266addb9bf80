import type { Session } from '../src/api/types.js';
import { adminTeamOperations, type AdminTeamOperations } from './db/admin-team.js';
import { apiKeyOperations, recordApiKeyUse, type ApiKeyOperations } from './db/api-keys.js';
import { billingOperations, type BillingOperations } from './db/billing.js';
import { companyMemberOperations, type CompanyMemberOperations } from './db/company-members.js';
import { dataPreferenceOperations, type DataPreferenceOperations } from './db/data-preferences.js';
import { dataRepositoryOperations, type DataRepositoryOperations } from './db/data-repository.js';
import { personalOperations, type PersonalOperations } from './db/personal.js';
import { authorizeAgain } from './db/authorize.js';
import type { TenantId, TenantRecord } from './db/records.js';
import { createActor, type AccessCheck, type Actor } from './db/session.js';
import { siteOperations, type SiteOperations } from './db/sites.js';
import { getPersona, type PersonaId } from './personas.js';
import { buildTenant } from './scenarios/index.js';

/**
 * Everything the REST contract can do, as one persona, without HTTP: each method mirrors the
 * `SettingsClient` method of the same name, enforces the same permissions and throws `MockApiError`
 * (401/403/404/409/422/429) where the server would answer with an error.
 */
export type MockOperations = PersonalOperations &
  AdminTeamOperations &
  ApiKeyOperations &
  BillingOperations &
  DataRepositoryOperations &
  SiteOperations &
  DataPreferenceOperations &
  CompanyMemberOperations;

export interface MockDbOptions {
  /** Seed of the data generator: the same seed gives the same tenants. */
  seed?: number;
  /**
   * The server clock. A `Date` stops the clock there (stable tests); a function is called on every
   * request. Seeded timestamps ("created 3 days ago") are relative to the clock's reading when the
   * db is created. Defaults to the real clock.
   */
  now?: Date | (() => Date);
}

export interface MockDb {
  readonly seed: number;
  /** The server clock's current reading. */
  now(): Date;
  /** Throws away every change: tenants are rebuilt from the seed, as at creation. */
  reset(): void;
  /** The session the server computes for a persona from its current roles. */
  sessionFor(personaId: PersonaId): Session;
  /** The whole contract as a persona; the handlers call this once per request. */
  actingAs(personaId: PersonaId): MockOperations;
  /**
   * Simulates traffic with an API key (the demo uses it): sets `lastUsedAt` to now. Returns `false`
   * for a revoked, expired or unknown key, or one in a tenant nobody has opened yet.
   */
  recordApiKeyUse(keyId: string): boolean;
}

export const defaultSeed = 20_240_611;

/**
 * What the handlers need of a db to replay an answer kept under an Idempotency-Key, beyond `MockDb`
 * (so not part of `settings-elements/mocks`): the access checks a request passed, and those checks
 * run again, as the persona is at the time of the replay. The db's own checks, not a copy of them.
 */
export interface ReplayAccess {
  /** `actingAs`, plus the access checks the operations pass, noted as they run. */
  actingAs(personaId: PersonaId): { api: MockOperations; checks: readonly AccessCheck[] };
  /** Runs `checks` again as the persona is now: throws the `MockApiError` (403) that refuses them. */
  authorizeAgain(personaId: PersonaId, checks: readonly AccessCheck[]): void;
}

const replayAccess = new WeakMap<MockDb, ReplayAccess>();

/** The replay side of a db made by `createMockDb`. */
export function replayAccessOf(db: MockDb): ReplayAccess {
  const access = replayAccess.get(db);
  if (!access) throw new Error('settings-elements mocks: createHandlers needs a db made by createMockDb().');
  return access;
}

/**
 * Creates the in-memory database behind the mock server. Tenants are built on first use, so the
 * large Globex tenant costs nothing until a persona of it signs in. Changes last as long as the
 * db object (a page's life in the demo).
 */
export function createMockDb(options: MockDbOptions = {}): MockDb {
  const seed = options.seed ?? defaultSeed;
  const now = clockOf(options.now);
  const createdAt = now();
  const tenants = new Map<TenantId, TenantRecord>();

  function tenant(id: TenantId): TenantRecord {
    let record = tenants.get(id);
    if (!record) {
      record = buildTenant(id, seed, createdAt);
      tenants.set(id, record);
    }
    return record;
  }

  function actor(personaId: PersonaId): Actor {
    const persona = getPersona(personaId);
    const data = tenant(persona.tenantId);
    const user = data.users.find((u) => u.id === persona.userId);
    if (!user) throw new Error(`Persona ${personaId} has no user ${persona.userId} in ${persona.tenantId}`);
    return createActor(data, user, now());
  }

  function operations(current: Actor): MockOperations {
    return {
      ...personalOperations(current),
      ...adminTeamOperations(current),
      ...apiKeyOperations(current),
      ...billingOperations(current),
      ...dataRepositoryOperations(current),
      ...siteOperations(current),
      ...dataPreferenceOperations(current),
      ...companyMemberOperations(current),
    };
  }

  const db: MockDb = {
    seed,
    now,
    reset: () => tenants.clear(),
    sessionFor: (personaId) => actor(personaId).session,
    actingAs: (personaId) => operations(actor(personaId)),
    recordApiKeyUse(keyId) {
      const at = now();
      return [...tenants.values()].some((record) => recordApiKeyUse(record, keyId, at));
    },
  };
  replayAccess.set(db, {
    actingAs(personaId) {
      const current = actor(personaId);
      return { api: operations(current), checks: current.checks };
    },
    authorizeAgain: (personaId, checks) => authorizeAgain(actor(personaId), checks),
  });
  return db;
}

function clockOf(now: MockDbOptions['now']): () => Date {
  if (now === undefined) return () => new Date();
  if (typeof now === 'function') return now;
  const fixed = now.getTime();
  return () => new Date(fixed);
}
