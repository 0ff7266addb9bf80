/**
 * Imports anew the module a failed dynamic `import()` names in its error. Engines keep a failed module
 * fetch in their module map (as the HTML standard said until whatwg/html#10327), so importing the same
 * address again fails at once, without asking the server: Try again would never fetch it. Under
 * another address (a query added) it is a module they have not seen; the modules it imports keep
 * their addresses, so what already arrived is not fetched or run twice. Chromium and Firefox name the
 * address in their error; WebKit does not, and `error` is thrown again (its message says to reload).
 * Call it in a promise's rejection handler.
 */
export function importAgain(error: unknown, attempt: number): Promise<unknown> {
  const url = /https?:\/\/\S+?\.m?js(\?\S*)?(?=$|[\s)'"])/.exec(String((error as Error | undefined)?.message))?.[0];
  if (!url) throw error;
  return import(/* @vite-ignore */ /* webpackIgnore: true */ `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`);
}
