// Every response the contract tests provoke passes through here: checked against openapi.json and
// counted per operation and status, so the tests can say what conforms and what was never reached;
// and every answer to one of the document's requests to refuse (`x-invalid-examples`) is kept, so
// the tests can say which of them a mock accepted, or never refused as documented.
import { createResponseChecker, operationsOf, requestsToRefuse } from '../../../conformance/lib/document.mjs';

export function createRecorder(doc) {
  const check = createResponseChecker(doc);
  const problems = [];
  /** operationId → set of statuses seen. */
  const observed = new Map();
  const stats = { responses: 0 };
  /** operationId → its requests to refuse, each with `answers`: `{ where, status, fields }` of every time it was sent. */
  const toRefuse = new Map(operationsOf(doc).map((op) => [op.id, requestsToRefuse(doc, op).map((request) => ({ ...request, answers: [] }))]));
  const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const sends = (request, { query, body, raw }) =>
    request.in === 'body' ? raw === undefined && body !== undefined && sameJson(body, request.value) : request.in === 'query' && query?.[request.param] === String(request.value);

  /**
   * A JSON caller over `fetch` (the mocks' in-process fetch, mounted at `/api`): answers
   * `{ status, body }`, or `{ status: 0 }` when the mocks drop the connection (the unstable persona).
   */
  function caller(fetch) {
    return async function call(token, method, path, { query, body, raw, headers: extra } = {}) {
      const headers = new Headers(extra);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      const init = { method, headers };
      if (raw !== undefined || body !== undefined) {
        headers.set('Content-Type', 'application/json');
        init.body = raw ?? JSON.stringify(body);
      }
      const search = query ? `?${new URLSearchParams(query)}` : '';
      let response;
      try {
        response = await fetch(`/api${path}${search}`, init);
      } catch (error) {
        if (error instanceof TypeError) return { status: 0 };
        throw error;
      }
      const text = await response.text();
      stats.responses += 1;
      const result = check({ method, path, status: response.status, headers: response.headers, text });
      if (result.operation) {
        const seen = observed.get(result.operation.id) ?? new Set();
        seen.add(response.status);
        observed.set(result.operation.id, seen);
        for (const request of toRefuse.get(result.operation.id).filter((r) => sends(r, { query, body, raw }))) {
          request.answers.push({ where: `${token ?? 'no token'}: ${method} ${path} → ${response.status}`, status: response.status, fields: result.body?.error?.fields });
        }
      }
      problems.push(...result.problems);
      return { status: response.status, body: result.body, operation: result.operation };
    };
  }

  return { caller, problems, observed, stats, requestsToRefuse: () => [...toRefuse.values()].flat() };
}
