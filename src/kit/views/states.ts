import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsApiError } from '../../api/errors.js';
import { msg } from '../../i18n/localize.js';
import { describeError } from '../../internal/describe-error.js';
import type { ResourceState } from '../resource-controller.js';
import { renderLoading } from './skeleton.js';

/*
 * How a request shows while it has not answered, once it failed and once it answered. One module
 * with the error notice, which every section draws: as a module of its own, `renderResource` was
 * reached by a different set of sections, and a host's bundler made a small file of it in the first
 * load.
 */

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

/** How a read is drawn once it has answered, and while it has not. */
export interface ResourceRendering<T> {
  /** The value, once loaded; a reload keeps showing it until the new one arrives. */
  readonly complete: (value: T) => unknown;
  /** Before the first answer: usually `renderSkeleton(…)` in the shape of `complete`; "Loading…" without it. */
  readonly loading?: (() => unknown) | undefined;
}

/**
 * Every state of a read: its skeleton (or "Loading…") until the first answer, the failure with
 * Retry, then the value. The same for every panel, ours or a host's.
 */
export function renderResource<T>(resource: ResourceState<T>, rendering: ResourceRendering<T>): unknown {
  if (resource.status === 'error' && resource.error) return renderErrorNotice(resource.error, () => void resource.reload());
  if (resource.value === undefined) return rendering.loading ? rendering.loading() : renderLoading();
  return rendering.complete(resource.value);
}
