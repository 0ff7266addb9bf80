/**
 * Where the settings API is, and who is signed in. In development (`import.meta.env.DEV`: the dev
 * server, or a build with NODE_ENV=development) the library's mock server answers in the browser;
 * a production build talks to the real API at `VITE_SETTINGS_API_URL` (`/api` when unset).
 */
import type { HttpClientOptions } from 'settings-elements/client';

export async function connect(): Promise<HttpClientOptions> {
  if (import.meta.env.DEV) {
    // Imported only here, inside the check: a production build drops this branch, and with it msw,
    // the library's mocks and the app's own mock routes.
    const { startMocks } = await import('./mocks.js');
    return startMocks();
  }
  // On the same origin the browser sends the session cookie itself. An API that wants a bearer token
  // gets it here, asked for per request: `headers: async () => ({ Authorization: … })`.
  return { baseUrl: import.meta.env.VITE_SETTINGS_API_URL ?? '/api' };
}
