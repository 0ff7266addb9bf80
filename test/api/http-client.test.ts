import { expect } from '@open-wc/testing';
import { createHttpClient } from '../../src/api/http-client.js';
import { SettingsApiError } from '../../src/api/errors.js';

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

/** A fetch that records the request and answers with the given response factory. */
function stubFetch(respond: (seen: Seen) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: Seen = {
      url: input instanceof Request ? input.url : input.toString(),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
    };
    seen.push(request);
    return respond(request);
  };
  return { fetch, seen };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });

async function rejection(promise: Promise<unknown>): Promise<SettingsApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SettingsApiError);
    return error as SettingsApiError;
  }
  throw new Error('expected the call to reject');
}

describe('createHttpClient', () => {
  it('builds URLs from the base URL, encodes path segments and drops empty query values', async () => {
    const { fetch, seen } = stubFetch(() => json({ items: [], nextCursor: null, total: 0 }));
    const client = createHttpClient({ baseUrl: 'https://api.example.com/v1/', fetch });
    await client.listSites('co/1', { q: 'north hall', cursor: undefined, limit: 10 });
    await client.listAdminTeam({ q: '' });
    expect(seen[0]!.url).to.equal('https://api.example.com/v1/companies/co%2F1/sites?q=north+hall&limit=10');
    expect(seen[1]!.url).to.equal('https://api.example.com/v1/organization/admin-team');
  });

  it('sends static and per-request headers, and JSON bodies for writes', async () => {
    let token = 'first';
    const { fetch, seen } = stubFetch(() => json({ id: 'k1' }));
    const client = createHttpClient({ baseUrl: '/api', fetch, headers: () => ({ Authorization: `Bearer ${token}` }) });
    await client.getProfile();
    token = 'second';
    await client.updateProfile({ name: 'Ada' });
    expect(seen[0]!.headers.get('Authorization')).to.equal('Bearer first');
    expect(seen[1]!.headers.get('Authorization')).to.equal('Bearer second');
    expect(seen[1]!.method).to.equal('PATCH');
    expect(seen[1]!.headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(seen[1]!.body!)).to.deep.equal({ name: 'Ada' });
  });

  it('resolves 204 responses with undefined', async () => {
    const { fetch } = stubFetch(() => new Response(null, { status: 204 }));
    const client = createHttpClient({ baseUrl: '/api', fetch });
    expect(await client.removeAdminTeamMember('m1')).to.equal(undefined);
  });

  it('turns the error body into status, code and message', async () => {
    const { fetch } = stubFetch(() => json({ error: { code: 'last_owner', message: 'The last Owner cannot be removed.' } }, { status: 409 }));
    const error = await rejection(createHttpClient({ baseUrl: '/api', fetch }).removeAdminTeamMember('m1'));
    expect(error.status).to.equal(409);
    expect(error.code).to.equal('last_owner');
    expect(error.message).to.equal('The last Owner cannot be removed.');
  });

  it('parses 422 field errors', async () => {
    const { fetch } = stubFetch(() =>
      json({ error: { code: 'validation_failed', message: 'Invalid', fields: { email: 'Enter a valid email address.', bad: 3 } } }, { status: 422 }),
    );
    const error = await rejection(createHttpClient({ baseUrl: '/api', fetch }).addAdminTeamMember({ email: 'x', roleId: 'admin', companyAccess: 'all' }));
    expect(error.fieldErrors).to.deep.equal({ email: 'Enter a valid email address.' });
  });

  it('parses Retry-After as seconds or as an HTTP date', async () => {
    const inSeconds = stubFetch(() => json({ error: { code: 'rate_limited', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '42' } }));
    expect((await rejection(createHttpClient({ baseUrl: '/api', fetch: inSeconds.fetch }).requestPasswordReset())).retryAfter).to.equal(42);

    const date = new Date(Date.now() + 30_000).toUTCString();
    const asDate = stubFetch(() => new Response('', { status: 429, headers: { 'Retry-After': date } }));
    const error = await rejection(createHttpClient({ baseUrl: '/api', fetch: asDate.fetch }).requestPasswordReset());
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.be.within(28, 31);
  });

  it('falls back to a code per status when the error body is not JSON', async () => {
    const { fetch } = stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await rejection(createHttpClient({ baseUrl: '/api', fetch }).getSession());
    expect(error.status).to.equal(502);
    expect(error.code).to.equal('server_error');
    for (const [status, code] of [[401, 'unauthorized'], [403, 'forbidden'], [404, 'not_found']] as const) {
      const stub = stubFetch(() => new Response('', { status }));
      expect((await rejection(createHttpClient({ baseUrl: '/api', fetch: stub.fetch }).getSession())).code).to.equal(code);
    }
  });

  it('rejects a successful response whose body is not JSON', async () => {
    const { fetch } = stubFetch(() => new Response('<!doctype html><p>login page</p>', { status: 200 }));
    const error = await rejection(createHttpClient({ baseUrl: '/api', fetch }).getSession());
    expect(error.code).to.equal('invalid_response');
    expect(error.status).to.equal(200);
  });

  it('accepts an empty body only where nothing is returned (DELETE)', async () => {
    const { fetch } = stubFetch(() => new Response('', { status: 200 }));
    const client = createHttpClient({ baseUrl: '/api', fetch });
    expect(await client.deleteSite('c1', 's1')).to.equal(undefined);
    expect((await rejection(client.getSession())).code).to.equal('invalid_response');
  });

  it('reports a failing headers function as SettingsApiError', async () => {
    const { fetch, seen } = stubFetch(() => json({}));
    const client = createHttpClient({ baseUrl: '/api', fetch, headers: () => Promise.reject(new Error('token refresh failed')) });
    const error = await rejection(client.getSession());
    expect(error.status).to.equal(0);
    expect(error.cause).to.be.instanceOf(Error);
    expect(seen).to.have.length(0);
  });

  it('reports network failures with status 0', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await rejection(createHttpClient({ baseUrl: '/api', fetch }).getSession());
    expect(error.status).to.equal(0);
    expect(error.code).to.equal('network_error');
  });

  it('passes the AbortSignal to fetch and reports aborts as code "aborted"', async () => {
    let received: AbortSignal | undefined;
    const fetch = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        received = init?.signal ?? undefined;
        received?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const controller = new AbortController();
    const pending = createHttpClient({ baseUrl: '/api', fetch }).getBilling({ signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(received).to.equal(controller.signal);
    expect(error.code).to.equal('aborted');
    expect(error.isAbort).to.equal(true);
  });

  it('does not call fetch when the signal is already aborted', async () => {
    const { fetch, seen } = stubFetch(() => json({}));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(createHttpClient({ baseUrl: '/api', fetch }).getBilling({ signal: controller.signal }));
    expect(error.code).to.equal('aborted');
    expect(seen).to.have.length(0);
  });
});
