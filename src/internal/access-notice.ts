import { html } from 'lit';
import type { AccessDecision } from '../access/evaluate-access.js';

/**
 * The explanation shown in place of a section the user may not see. Rendered by the shell for deep
 * links and by every panel on its own, so a standalone panel explains itself too.
 */
export function renderAccessNotice(decision: Extract<AccessDecision, { allowed: false }>) {
  return html`<div part="access-notice" class="notice" data-reason=${decision.reason}><p>${decision.message}</p></div>`;
}
