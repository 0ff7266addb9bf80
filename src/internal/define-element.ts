/**
 * Registers a tag once. Defining twice throws in browsers, which would break a host that loads two
 * entry points (or two copies of one): the first registration wins.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tagName)) customElements.define(tagName, constructor);
}
