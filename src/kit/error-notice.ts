import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsApiError } from '../api/errors.js';
import { msg } from '../i18n/localize.js';
import { describeError } from '../internal/describe-error.js';

/**
 * A failed request as the user reads it: a sentence they can act on, in an alert, with a retry
 * button when `retry` is given. Panels and their sub-elements render every error through this, so
 * they all look and announce alike.
 */
export function renderErrorNotice(error: SettingsApiError, retry?: () => void): TemplateResult {
  return renderFailureNotice(describeError(error), retry);
}

/**
 * The same notice for a failure that is not a request's, said in the panel's own words (a chunk of
 * its code that did not arrive). Not exported from the kit: panels of the library only.
 */
export function renderFailureNotice(message: string, retry?: () => void): TemplateResult {
  return html`
    <div part="state error" class="notice" role="alert">
      <p>${message}</p>
      ${retry ? html`<button type="button" @click=${retry}>${msg('state.retry')}</button>` : nothing}
    </div>
  `;
}
