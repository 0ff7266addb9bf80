import { html } from 'lit';
import { formatDateTime, formatRelative } from '../i18n/localize.js';

/**
 * A moment shown relative ("3 days ago", "in 6 days") with the exact date and time on hover (title)
 * and on keyboard focus (`time.relative:focus` in formStyles); screen readers hear both.
 */
export function renderRelativeTime(iso: string) {
  const exact = formatDateTime(iso);
  return html`<time class="relative" datetime=${iso} title=${exact} tabindex="0"
    >${formatRelative(iso)}<span class="visually-hidden"> (${exact})</span></time
  >`;
}
