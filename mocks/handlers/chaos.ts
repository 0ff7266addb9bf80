import { HttpResponse } from 'msw';
import { createRandom } from '../random.js';
import { errorJson } from './responses.js';

/** How the `unstable` persona's bad connection behaves. */
export interface ChaosOptions {
  /** Share of requests that fail, from 0 (none) to 1 (all). Default 0.3. */
  rate?: number;
  /** Each response waits a random time in this range, in ms. Default [300, 1500]. */
  latency?: readonly [min: number, max: number];
  /** The `Retry-After` of its 429s, in seconds. Default [1, 5]. */
  retryAfter?: readonly [min: number, max: number];
  /** Seed of the failure and delay stream, so a run can be replayed. */
  seed?: number;
}

export interface Chaos {
  /** How long to hold the next response, in ms. */
  delay(): number;
  /**
   * A failure to answer with instead of the real response, or `undefined` to let it through. A
   * write may also get `lost`: it is carried out, then its answer is lost on the network — the
   * case where a careless retry creates a duplicate.
   */
  failure(kind: 'read' | 'write'): Response | 'lost' | undefined;
}

const defaults = { rate: 0.3, latency: [300, 1500] as const, retryAfter: [1, 5] as const, seed: 7 };

/**
 * Failure injection, driven by a seeded stream: an even mix of 500s, 429s with `Retry-After`,
 * network errors (the fetch rejects) and, for writes, answers lost after the write was carried out —
 * the failures a UI must survive without losing input or acting twice.
 */
export function createChaos(options: ChaosOptions = {}): Chaos {
  const rate = options.rate ?? defaults.rate;
  const random = createRandom(options.seed ?? defaults.seed);
  return {
    delay: () => random.int(...(options.latency ?? defaults.latency)),
    failure(kind) {
      if (!random.chance(rate)) return undefined;
      switch (random.int(0, kind === 'write' ? 3 : 2)) {
        case 0:
          return errorJson(500, 'server_error', 'Something went wrong on our side. Try again.');
        case 1:
          return errorJson(429, 'rate_limited', 'Too many requests. Try again in a moment.', { 'Retry-After': String(random.int(...(options.retryAfter ?? defaults.retryAfter))) });
        case 2:
          return HttpResponse.error();
        default:
          return 'lost';
      }
    },
  };
}
