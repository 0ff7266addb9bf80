import { delay, http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import type { MockDb } from './db.js';
import { unauthorized } from './errors.js';
import { createChaos, type ChaosOptions } from './handlers/chaos.js';
import { errorJson, errorResponse, parseJsonObject } from './handlers/responses.js';
import { routes, type Route } from './handlers/routes.js';
import { getPersona, personaForToken, type PersonaId } from './personas.js';
import { createRandom } from './random.js';

export type { ChaosOptions } from './handlers/chaos.js';

export interface HandlerOptions {
  db: MockDb;
  /** Where the REST contract is mounted. Default `/api`. */
  baseUrl?: string;
  /** Delay every response by a random time in this range (ms), except the `unstable` persona's. None by default. */
  latency?: readonly [min: number, max: number];
  /** Tunes the `unstable` persona: failure rate and latency (tests force `rate: 1` or `0`). */
  chaos?: ChaosOptions;
}

/**
 * MSW handlers for the whole REST contract (openapi.json), answered from `db` as the persona named by
 * the bearer token `mock-<persona id>`. Every request under `baseUrl` is answered here: unknown
 * endpoints get a 404 rather than reaching the network.
 */
export function createHandlers(options: HandlerOptions): HttpHandler[] {
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const chaos = createChaos(options.chaos);
  const delays = createRandom(options.db.seed);

  /**
   * Answers already given, by idempotency key: a write sent again with its key is not done twice.
   * The key is bound to the body it came with (`sent`): another body under it is refused.
   */
  const replays = new Map<string, { status: number; body: unknown; sent: string }>();

  async function answer(route: Route, request: Request, params: PathParams): Promise<Response> {
    const personaId = personaOf(request);
    let lost = false;
    if (personaId && getPersona(personaId).unstable) {
      await pause(chaos.delay());
      const failure = chaos.failure(route.method === 'get' ? 'read' : 'write');
      if (failure === 'lost') lost = true;
      else if (failure) return failure;
    } else if (options.latency) {
      await pause(delays.int(...options.latency));
    }
    const response = await carryOut(route, request, params, personaId);
    return lost ? HttpResponse.error() : response;
  }

  async function carryOut(route: Route, request: Request, params: PathParams, personaId: PersonaId | undefined): Promise<Response> {
    const key = request.headers.get('Idempotency-Key');
    const replayKey = personaId && key && route.method !== 'get' ? `${personaId} ${request.method} ${new URL(request.url).pathname} ${key}` : undefined;
    const replay = replayKey ? replays.get(replayKey) : undefined;
    const sent = await request.text();
    if (replay && replay.sent !== sent) {
      return errorJson(400, 'idempotency_key_reused', 'This Idempotency-Key came with a different request body: send a new key for a new request.');
    }
    if (replay) return replay.body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(replay.body, { status: replay.status });
    try {
      if (!personaId) throw unauthorized('Sign in to continue: send Authorization: Bearer mock-<persona id>.');
      const result = route.handle({
        api: options.db.actingAs(personaId),
        param: (name) => {
          const value = params[name];
          return typeof value === 'string' ? value : '';
        },
        query: new URL(request.url).searchParams,
        body: parseJsonObject(sent),
      });
      const status = result === undefined ? 204 : (route.status ?? 200);
      if (replayKey) replays.set(replayKey, { status, body: result, sent });
      if (result === undefined) return new HttpResponse(null, { status });
      return HttpResponse.json(result, { status });
    } catch (error) {
      return errorResponse(error);
    }
  }

  return [
    ...routes.map((route) => http[route.method](base + route.path, ({ request, params }) => answer(route, request, params))),
    // Like a real server: who is asking first, then whether the endpoint exists (no probing without a token).
    http.all(`${base}/*`, ({ request }) =>
      personaOf(request)
        ? errorJson(404, 'not_found', `The mock server has no endpoint ${request.method} ${new URL(request.url).pathname}.`)
        : errorJson(401, 'unauthorized', 'Sign in to continue: send Authorization: Bearer mock-<persona id>.'),
    ),
  ];
}

/** The persona of a valid `Authorization: Bearer mock-<persona id>` header. */
function personaOf(request: Request): PersonaId | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match ? personaForToken(match[1]!) : undefined;
}

async function pause(ms: number): Promise<void> {
  if (ms > 0) await delay(ms);
}
