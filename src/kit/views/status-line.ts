import { html, type TemplateResult } from 'lit';

/**
 * The line that says what the last change did ("Site Berlin added."): `part="status"`, a polite
 * live region that is always in the DOM (so the message is announced when it appears), focusable
 * from script (`tabindex="-1"`) for when the control that started the change went away with it.
 * An empty `message` leaves the region empty and invisible.
 */
export function renderStatusLine(message: string | undefined): TemplateResult {
  return html`<p part="status" role="status" tabindex="-1" class=${message ? 'success' : 'idle'}>${message ?? ''}</p>`;
}
