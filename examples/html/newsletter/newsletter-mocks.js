// The newsletter routes for the mock server, answered before the library's own. One choice per
// signed-in token, kept while the page lives.
import { http, HttpResponse } from 'msw';
import { frequencies } from './newsletter-api.js';

const fail = (status, code, message, fields) => HttpResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });

export function createNewsletterHandlers(baseUrl = '/api') {
  const url = `${baseUrl}/acme/newsletter`;
  const saved = new Map();
  const tokenOf = (request) => request.headers.get('Authorization') ?? '';

  return [
    http.get(url, ({ request }) => {
      if (!tokenOf(request)) return fail(401, 'unauthorized', 'Sign in to continue.');
      return HttpResponse.json(saved.get(tokenOf(request)) ?? { subscribed: false, frequency: 'monthly' });
    }),
    http.put(url, async ({ request }) => {
      if (!tokenOf(request)) return fail(401, 'unauthorized', 'Sign in to continue.');
      const body = await request.json().catch(() => null);
      if (typeof body?.subscribed !== 'boolean' || !frequencies.includes(body.frequency)) {
        return fail(422, 'validation_failed', 'The newsletter choice is not valid.', { frequency: 'Choose weekly or monthly.' });
      }
      const newsletter = { subscribed: body.subscribed, frequency: body.frequency };
      saved.set(tokenOf(request), newsletter);
      return HttpResponse.json(newsletter);
    }),
  ];
}
