import { delay, http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import { replayAccessOf, type MockDb } from './db.js';
import { unauthorized } from './errors.js';
import { createChaos, type ChaosOptions } from './handlers/chaos.js';
import { createIdempotencyStore, type KeptAnswer } from './handlers/idempotency.js';
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

  const replayAccess = replayAccessOf(options.db);
  /** Answers already given, by sender, method, path and Idempotency-Key: a write sent again is not done twice. */
  const kept = createIdempotencyStore(() => options.db.now().getTime());

  async function answer(route: Route, request: Request, params: PathParams): Promise<Response> {
    const personaId = personaOf(request);
    const key = idempotencyKeyOf(route, request, personaId);
    // Looked up and taken before any wait, so a second request with the key meets the first.
    const previous = key ? kept.get(key) : undefined;
    if (previous?.state === 'in-progress') {
      return errorJson(409, 'idempotency_key_in_use', 'A request with this Idempotency-Key is still being carried out. Wait for its answer, then send it again.');
    }
    if (key && !previous) kept.begin(key);
    try {
      let lost = false;
      if (personaId && getPersona(personaId).unstable) {
        await pause(chaos.delay());
        const failure = chaos.failure(route.method === 'get' ? 'read' : 'write');
        if (failure === 'lost') lost = true;
        else if (failure) return failure;
      } else if (options.latency) {
        await pause(delays.int(...options.latency));
      }
      const response =
        key && previous ? await replay(route, request, key, personaId!, previous) : await carryOut(route, request, params, personaId, key);
      return lost ? HttpResponse.error() : response;
    } finally {
      // A request that ended without an answer to keep (an error, a chaos failure) frees its key.
      if (key && !previous) kept.release(key);
    }
  }

  async function carryOut(route: Route, request: Request, params: PathParams, personaId: PersonaId | undefined, key: string | undefined): Promise<Response> {
    const sent = await request.text();
    try {
      if (!personaId) throw unauthorized('Sign in to continue: send Authorization: Bearer mock-<persona id>.');
      const { api, checks } = replayAccess.actingAs(personaId);
      const result = route.handle({
        api,
        param: (name) => {
          const value = params[name];
          return typeof value === 'string' ? value : '';
        },
        query: new URL(request.url).searchParams,
        body: parseJsonObject(sent),
      });
      const status = result === undefined ? 204 : (route.status ?? 200);
      if (key) kept.keep(key, { at: options.db.now().getTime(), sent, status, body: result, checks });
      return respond(status, result);
    } catch (error) {
      return errorResponse(error);
    }
  }

  /**
   * The kept answer, if it may be given: its sender passes the access checks of the write again
   * (403 otherwise, as a new request would get), the body is the one the key came with, and the
   * route does not spend it (an API key that stopped working).
   */
  async function replay(route: Route, request: Request, key: string, personaId: PersonaId, previous: KeptAnswer): Promise<Response> {
    const sent = await request.text();
    try {
      replayAccess.authorizeAgain(personaId, previous.checks);
      if (previous.sent !== sent) {
        return errorJson(400, 'idempotency_key_reused', 'This Idempotency-Key came with a different request body: send a new key for a new request.');
      }
      const spent = previous.spent ?? route.spentBecause?.(options.db.actingAs(personaId), previous.body);
      if (spent !== undefined) {
        kept.spend(key, spent);
        return errorJson(409, 'idempotency_key_spent', spent);
      }
      return respond(previous.status, previous.body);
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

/**
 * Where a write's answer is kept: its sender, method, path and `Idempotency-Key`. A key belongs to
 * the one who sent it: another user's request with the same key is a request of its own.
 */
function idempotencyKeyOf(route: Route, request: Request, personaId: PersonaId | undefined): string | undefined {
  const key = request.headers.get('Idempotency-Key');
  if (!personaId || !key || route.method === 'get') return undefined;
  return `${personaId} ${request.method} ${new URL(request.url).pathname} ${key}`;
}

function respond(status: number, body: unknown): Response {
  return body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status });
}

/** The persona of a valid `Authorization: Bearer mock-<persona id>` header. */
function personaOf(request: Request): PersonaId | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match ? personaForToken(match[1]!) : undefined;
}

async function pause(ms: number): Promise<void> {
  if (ms > 0) await delay(ms);
}
