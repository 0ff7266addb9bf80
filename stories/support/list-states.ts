import type { StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../../mocks/personas.js';

/**
 * The states every list panel shows, as stories: the list request (`url`, an MSW path) answered
 * differently, everything else from the mock server. `persona` signs the story in (default owner).
 */
function answering(url: string, persona: PersonaId | undefined, resolver: () => Promise<Response | undefined> | Response): StoryObj {
  return { parameters: { ...(persona ? { persona } : {}), msw: { handlers: [http.get(url, resolver)] } } };
}

/**
 * The request never answers. The story itself must carry `tags: ['smoke-skip-settle']` (Storybook
 * reads tags from the story file statically) so the smoke test does not wait for it to settle.
 */
export function loadingStory(url: string, persona?: PersonaId): StoryObj {
  return answering(url, persona, async () => {
    await delay('infinite');
    return undefined;
  });
}

/** An empty first page. */
export function emptyStory(url: string, persona?: PersonaId): StoryObj {
  return answering(url, persona, () => HttpResponse.json({ items: [], nextCursor: null, total: 0 }));
}

/** A server error: the panel shows it with a retry. */
export function loadErrorStory(url: string, persona?: PersonaId): StoryObj {
  return answering(url, persona, () => HttpResponse.json({ error: { code: 'server_error', message: 'Internal error' } }, { status: 500 }));
}

/** 429 with `Retry-After: 30`: the panel says when to try again. */
export function rateLimitedStory(url: string, persona?: PersonaId): StoryObj {
  return answering(url, persona, () =>
    HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '30' } }),
  );
}
