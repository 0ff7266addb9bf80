// How an element's code gets into the page: its define module registers it (`defineElement`), and
// a chunk loaded when first needed is imported, anew after a failure (`importChunk`). One module:
// every define module imports it, so a host's bundler puts all of it in the code every section
// shares, rather than in a file of its own (each file costs its own gzip start and import line).

/**
 * Registers a tag once. Defining twice throws in browsers, which would break a host that loads two
 * entry points (or two copies of one): the first registration wins.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, constructor);
}

/** Fails a load whose loader resolved without defining `tag` (it imported another module, say). */
export function expectDefined(tag: string): void {
  if (!customElements.get(tag)) throw new Error(`Its loader resolved, but <${tag}> is still not defined.`);
}

/** Addresses given so far, page-wide: each new one is a module no engine has tried yet. */
let retries = 0;

/**
 * Imports anew the module a failed dynamic `import()` names in its error. Engines keep a failed module
 * fetch in their module map (as the HTML standard said until whatwg/html#10327), so importing the same
 * address again fails at once, without asking the server: Try again would never fetch it. Under
 * another address (a query added) it is a module they have not seen; the modules it imports keep
 * their addresses, so what already arrived is not fetched or run twice. Chromium and Firefox name the
 * address in their error; WebKit does not, and `error` is thrown again (its message says to reload).
 */
function importAgain(error: unknown): Promise<unknown> {
  const url = /https?:\/\/\S+?\.m?js(\?\S*)?(?=$|[\s)'"])/.exec(String((error as Error | undefined)?.message))?.[0];
  if (!url) throw error;
  return import(/* @vite-ignore */ /* webpackIgnore: true */ `${url}${url.includes('?') ? '&' : '?'}retry=${++retries}`);
}

/**
 * Imports a chunk through `load` (`() => import('./x.js')`). After an attempt that failed, the engine
 * answers the same import with that failure: then the chunk is imported anew (`importAgain`). A
 * first attempt is never repeated by itself; the user's Try again is what asks again.
 */
export function importChunk<T>(load: () => Promise<T>, failedBefore: boolean): Promise<T> {
  return Promise.resolve()
    .then(load)
    .catch((error: unknown) => {
      if (!failedBefore) throw error;
      return importAgain(error) as Promise<T>;
    });
}
