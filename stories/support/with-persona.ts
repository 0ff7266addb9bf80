import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { isPersonaId, tokenFor, type PersonaId } from '../../mocks/personas.js';
import type { SectionDefinition } from '../../src/access/sections.js';
import { createHttpClient, type HttpClientOptions } from '../../src/api/http-client.js';
import { defaultRetryPolicy, type RetryPolicy } from '../../src/api/retry.js';
import { createNotificationsClient } from '../../demo/notifications/notifications-api.js';
import { notificationsSection } from '../../demo/notifications/notifications-section.js';
import { loadLocale } from '../../src/i18n/load-locale.js';

const noRetries: RetryPolicy = { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };

/**
 * Wraps every story in a `<settings-provider>` signed in as the persona picked in the toolbar or,
 * when the toolbar says "Story's own persona", the story's `parameters.persona` (default `owner`).
 * Stories render just the element they show.
 */
export const withPersona: Decorator = (story, context) => {
  const picked = context.globals['persona'] as string | undefined;
  const chosen = picked || (context.parameters['persona'] as string | undefined);
  const persona: PersonaId = chosen && isPersonaId(chosen) ? chosen : 'owner';
  const connection = { baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor(persona)}` } };
  // As in the demo, the host's client carries its own section's routes, and the section is registered.
  // A story of another section of that kind adds its own: `parameters.sections`, `parameters.clientRoutes`.
  const clientRoutes = context.parameters['clientRoutes'] as ((options: HttpClientOptions) => object) | undefined;
  const client = { ...createHttpClient(connection), ...createNotificationsClient(connection), ...clientRoutes?.(connection) };
  const sections = [notificationsSection, ...((context.parameters['sections'] as SectionDefinition[] | undefined) ?? [])];
  // A story that answers with its own handlers (an error state, say) shows exactly that, at once:
  // no read retries. Every other story retries as a host's page would (the unstable persona too).
  const retry = context.parameters['msw'] ? noRetries : defaultRetryPolicy;
  // A new persona is a new signed-in user: a fresh provider, nothing carried over.
  return html`${keyed(
    persona,
    html`<settings-provider
      .client=${client}
      .retry=${retry}
      .sections=${sections}
      .loadTranslation=${loadLocale}
      locale=${(context.globals['locale'] as string | undefined) || 'en'}
      theme=${ifDefined(context.parameters['theme'] as string | undefined)}
      support-email="support@example.com"
      >${story()}</settings-provider
    >`,
  )}`;
};
