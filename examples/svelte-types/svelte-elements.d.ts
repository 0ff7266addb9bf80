// A stand-in for `svelte/elements`, which this repository does not install: only the shape that
// settings-elements/svelte relies on, as Svelte 5 declares it (Svelte 4.2 has the same two
// interfaces). It proves the declaration file parses, resolves our classes and events, and
// augments the interface; it cannot prove what svelte-check makes of a real template.
export interface HTMLAttributes<T extends EventTarget> {
  class?: string | undefined | null;
  id?: string | undefined | null;
  slot?: string | undefined | null;
  'on:click'?: ((event: MouseEvent & { currentTarget: EventTarget & T }) => unknown) | undefined | null;
  onclick?: ((event: MouseEvent & { currentTarget: EventTarget & T }) => unknown) | undefined | null;
}

export interface SvelteHTMLElements {
  div: HTMLAttributes<HTMLDivElement>;
  // Svelte accepts any other tag with any attribute until it is declared.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own declaration
  [name: string]: { [name: string]: any };
}
