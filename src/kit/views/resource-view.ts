import type { ResourceState } from '../resource-controller.js';
import { renderErrorNotice } from '../error-notice.js';
import { renderLoading } from './skeleton.js';

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
