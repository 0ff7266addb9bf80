/**
 * The newsletter routes for the mock server: `startMockWorker({ handlers })` answers them before
 * the library's own. One choice per signed-in token, kept while the page lives.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { frequencies, type Newsletter } from './newsletter-api.js';

const fail = (status: number, code: string, message: string, fields?: Record<string, string>) =>
  HttpResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });

export function createNewsletterHandlers(baseUrl = '/api'): HttpHandler[] {
  const url = `${baseUrl}/acme/newsletter`;
  const saved = new Map<string, Newsletter>();
  const tokenOf = (request: Request) => request.headers.get('Authorization') ?? '';

  return [
    http.get(url, ({ request }) => {
      if (!tokenOf(request)) return fail(401, 'unauthorized', 'Sign in to continue.');
      return HttpResponse.json(saved.get(tokenOf(request)) ?? { subscribed: false, frequency: 'monthly' });
    }),
    http.put(url, async ({ request }) => {
      if (!tokenOf(request)) return fail(401, 'unauthorized', 'Sign in to continue.');
      const body = (await request.json().catch(() => null)) as Partial<Newsletter> | null;
      if (typeof body?.subscribed !== 'boolean' || !frequencies.includes(body.frequency as Newsletter['frequency'])) {
        return fail(422, 'validation_failed', 'The newsletter choice is not valid.', { frequency: 'Choose weekly or monthly.' });
      }
      const newsletter: Newsletter = { subscribed: body.subscribed, frequency: body.frequency! };
      saved.set(tokenOf(request), newsletter);
      return HttpResponse.json(newsletter);
    }),
  ];
}
