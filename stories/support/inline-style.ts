import { ref } from 'lit/directives/ref.js';

/**
 * Styles a story's wrapper through CSSOM (`el.style`), which a strict CSP allows — a `style`
 * attribute, and Lit's `styleMap` on first render (it writes the attribute), are blocked without
 * 'unsafe-inline', and the stories run under that policy.
 */
export function inlineStyle(styles: Partial<CSSStyleDeclaration>) {
  return ref((element) => {
    if (element instanceof HTMLElement) Object.assign(element.style, styles);
  });
}
