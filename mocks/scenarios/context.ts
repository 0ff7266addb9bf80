import type { TenantId, TenantRecord } from '../db/records.js';
import { createRandom, type Random } from '../random.js';
import { isoDaysFrom } from '../time.js';

/** What every scenario builder gets: its own random stream, a fixed "now" and the id sequence. */
export interface ScenarioContext {
  readonly random: Random;
  readonly now: Date;
  /** The next id of the tenant's single sequence, e.g. `globex-site-812`. */
  id(kind: string): string;
  /** The last number handed out, so runtime ids continue after it. */
  readonly sequence: number;
  /** ISO timestamp `days` from now (negative: in the past). */
  daysFromNow(days: number): string;
  /** A random ISO timestamp between `maxDays` and `minDays` days ago. */
  daysAgo(minDays: number, maxDays: number): string;
}

/** What a scenario builds; the id, the id sequence and the random stream are filled in around it. */
export type TenantSeed = Omit<TenantRecord, 'id' | 'sequence' | 'random'>;

export function createScenarioContext(tenantId: TenantId, seed: number, now: Date): ScenarioContext {
  const random = createRandom(seed);
  let sequence = 0;
  return {
    random,
    now,
    id(kind) {
      sequence += 1;
      return `${tenantId}-${kind}-${sequence}`;
    },
    get sequence() {
      return sequence;
    },
    daysFromNow: (days) => isoDaysFrom(now, days),
    // Whole minutes keep generated timestamps tidy in screenshots.
    daysAgo: (minDays, maxDays) => isoDaysFrom(now, -(minDays + random.int(0, (maxDays - minDays) * 1440) / 1440)),
  };
}
