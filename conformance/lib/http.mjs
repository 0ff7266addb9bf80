// Real HTTP to the server under test: one JSON request per call, its response checked against
// openapi.json (route, status, body, headers). Paths are below the base URL, as in the document.
import { createResponseChecker } from './document.mjs';

/**
 * `call(token, method, path, { query, body, raw, headers })` → `{ status, headers, body, text, problems }`.
 * `token: null` sends no Authorization header; `raw` sends a body as it is (malformed JSON).
 */
export function createHttpCaller({ baseUrl, doc, timeoutMs = 15_000 }) {
  const base = baseUrl.replace(/\/+$/, '');
  const check = createResponseChecker(doc);

  return async function call(token, method, path, { query, body, raw, headers: extra, scheme = 'Bearer' } = {}) {
    const headers = new Headers({ Accept: 'application/json', ...extra });
    if (token) headers.set('Authorization', `${scheme} ${token}`);
    const init = { method, headers, signal: AbortSignal.timeout(timeoutMs) };
    if (raw !== undefined || body !== undefined) {
      headers.set('Content-Type', 'application/json');
      init.body = raw ?? JSON.stringify(body);
    }
    const search = query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : '';
    let response;
    try {
      response = await fetch(`${base}${path}${search}`, init);
    } catch (error) {
      // fetch says only "fetch failed": name the cause (ECONNREFUSED, ENOTFOUND, the timeout).
      const cause = error?.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error?.cause?.code ?? error?.cause?.message ?? error?.message);
      throw new Error(`${method} ${base}${path}: no answer (${cause})`, { cause: error });
    }
    const text = await response.text();
    const { problems, body: parsed } = check({ method, path, status: response.status, headers: response.headers, text });
    return { status: response.status, headers: response.headers, body: parsed, text, problems };
  };
}
