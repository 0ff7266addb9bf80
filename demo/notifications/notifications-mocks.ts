/**
 * Acme's mock routes, served beside the settings mocks: `startMockWorker({ handlers:
 * createNotificationHandlers() })` answers them first. The server rule matches the section's
 * access rule (SSO accounts get a 403), so QA can trust the mock as the reference.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { personaForToken, type MockDb } from '../../mocks/index.js';
import { notificationChannels, notificationEvents, type NotificationMatrix, type NotificationPreferences } from './notifications-api.js';

const error = (status: number, code: string, message: string, fields?: Record<string, string>) =>
  HttpResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });

function defaults(): NotificationMatrix {
  return Object.fromEntries(
    notificationEvents.map((event) => [event, { email: event !== 'weeklySummary', inApp: true, slack: false }]),
  ) as NotificationMatrix;
}

type Parsed = { ok: true; value: NotificationPreferences } | { ok: false; fields: Record<string, string> };

/** Rejects anything but a full matrix of booleans, as a real server would. */
function parse(body: unknown): Parsed {
  const matrix = (body as { matrix?: unknown } | null)?.matrix as Record<string, Record<string, unknown>> | undefined;
  if (!matrix || typeof matrix !== 'object') return { ok: false, fields: { matrix: 'Send every event with its channels.' } };
  const fields: Record<string, string> = {};
  for (const event of notificationEvents) {
    for (const channel of notificationChannels) {
      if (typeof matrix[event]?.[channel] !== 'boolean') fields[`${event}.${channel}`] = 'Choose on or off.';
    }
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  const value: NotificationMatrix = defaults();
  for (const event of notificationEvents) for (const channel of notificationChannels) value[event][channel] = matrix[event]![channel] as boolean;
  return { ok: true, value: { matrix: value } };
}

/** `db`: the settings mock database, to know who signs in how (the same one the settings mocks serve). */
export function createNotificationHandlers(options: { db: MockDb; baseUrl?: string }): HttpHandler[] {
  const url = `${(options.baseUrl ?? '/api').replace(/\/+$/, '')}/acme/notifications`;
  const saved = new Map<string, NotificationMatrix>();

  /** The signed-in persona, or the error response that ends the request. */
  function who(request: Request): { persona: string } | Response {
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
    const persona = personaForToken(token);
    if (!persona) return error(401, 'unauthorized', 'Sign in to continue.');
    if (options.db.sessionFor(persona).user.auth.type === 'sso') {
      return error(403, 'forbidden', 'Notifications for accounts that sign in with SSO are set by your IT administrator.');
    }
    return { persona };
  }

  return [
    http.get(url, ({ request }) => {
      const actor = who(request);
      if (actor instanceof Response) return actor;
      return HttpResponse.json({ matrix: saved.get(actor.persona) ?? defaults() } satisfies NotificationPreferences);
    }),
    http.put(url, async ({ request }) => {
      const actor = who(request);
      if (actor instanceof Response) return actor;
      const parsed = parse(await request.json().catch(() => null));
      if (!parsed.ok) return error(422, 'validation_failed', 'Some preferences are not valid.', parsed.fields);
      saved.set(actor.persona, parsed.value.matrix);
      return HttpResponse.json(parsed.value);
    }),
  ];
}
