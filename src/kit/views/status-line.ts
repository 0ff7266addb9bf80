import { html, type TemplateResult } from 'lit';

/**
 * The line that says what the last change did ("Site Berlin added."): `part="status"`, a polite
 * live region that is always in the DOM (so the message is announced when it appears), focusable
 * from script (`tabindex="-1"`) for when the control that started the change went away with it.
 * Without a `message` it shows `idle` in muted text (e.g. "You have unsaved changes."), or nothing.
 */
export function renderStatusLine(message: string | undefined, options: { readonly idle?: string | undefined } = {}): TemplateResult {
  const [text, look] = message ? [message, 'success'] : options.idle ? [options.idle, 'muted'] : ['', 'idle'];
  return html`<p part="status" role="status" tabindex="-1" class=${look}>${text}</p>`;
}
