import type { TenantId, TenantRecord } from '../db/records.js';
import { deriveSeed } from '../random.js';
import { buildContoso } from './contoso.js';
import { createScenarioContext, type ScenarioContext, type TenantSeed } from './context.js';
import { buildFabrikam } from './fabrikam.js';
import { buildGlobex } from './globex.js';
import { buildNorthwind } from './northwind.js';

export { contosoUserIds } from './contoso.js';
export { fabrikamUserIds } from './fabrikam.js';
export { globexSize, globexUserIds } from './globex.js';
export { northwindCompanyIds, northwindUserIds } from './northwind.js';

const builders: Record<TenantId, (context: ScenarioContext) => TenantSeed> = {
  northwind: buildNorthwind,
  contoso: buildContoso,
  fabrikam: buildFabrikam,
  globex: buildGlobex,
};

/**
 * Builds one tenant from the db's seed. Each tenant draws from its own stream (seed + tenant id),
 * so the order tenants are first used in never changes their data.
 */
export function buildTenant(id: TenantId, seed: number, now: Date): TenantRecord {
  const context = createScenarioContext(id, deriveSeed(seed, id), now);
  const seedData = builders[id](context);
  return { id, ...seedData, sequence: context.sequence, random: context.random };
}
