/**
 * A stand-in for an element's class, as `@lit/react`'s `createComponent` reads one: a prop goes to
 * the element as a property when `name in elementClass.prototype` (every other prop goes to React,
 * which sets it on the element itself). The stand-in's prototype holds just the element's settable
 * properties, listed from the manifest by `npm run sync-bindings`, so the React wrappers need the
 * element's type, not its code: importing `settings-elements/react` brings no element's module, and
 * a host's bundler keeps each section's code in the chunk `<settings-app>` loads when it is opened.
 * Server rendering reads it too: it needs no DOM.
 */
export function elementProperties<E extends HTMLElement>(...names: readonly string[]): new () => E {
  const standIn = function () {} as unknown as new () => E;
  for (const name of names) (standIn.prototype as Record<string, unknown>)[name] = undefined;
  return standIn;
}
