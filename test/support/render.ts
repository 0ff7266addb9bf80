import { fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
// The provider and the shell only: each panel's tests register their panel (the shell tests stand in
// fakes for panels at some sections).
import '../../src/define/settings-provider.js';
import '../../src/define/settings-app.js';
import type { SettingsClient } from '../../src/api/client.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import type { SectionDefinition } from '../../src/access/sections.js';
import type { RetryPolicy } from '../../src/api/retry.js';

/**
 * Read retries off unless a test asks for them: most tests answer a read with a failure to check
 * its error state, which a retry would hide behind another pending call. The retry tests pass a policy.
 */
export const noRetries: RetryPolicy = { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };

/**
 * Renders `content` inside a `<settings-provider>` with the given client and waits until the
 * provider has loaded the session (or failed to). Returns the provider and the first element
 * inside it.
 */
export async function renderInProvider<T extends HTMLElement>(
  content: TemplateResult,
  options: { client: SettingsClient; company?: string; supportEmail?: string; sections?: readonly SectionDefinition[]; retry?: RetryPolicy; locale?: string },
): Promise<{ provider: SettingsProvider; element: T }> {
  const provider = await fixture<SettingsProvider>(html`
    <settings-provider
      .retry=${options.retry ?? noRetries}
      .client=${options.client}
      .company=${options.company}
      .supportEmail=${options.supportEmail}
      .sections=${options.sections ?? []}
      .locale=${options.locale}
      >${content}</settings-provider
    >
  `);
  await provider.taskComplete;
  const element = provider.firstElementChild as T;
  await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  return { provider, element };
}

/**
 * `taskComplete` of a panel typed as a plain element (rendered by tag name): settles when every
 * read and write of the panel has settled and it has rendered the outcome. Throws for an element
 * without one, so a wrong element fails loudly instead of not waiting.
 */
export function taskComplete(element: Element): Promise<void> {
  const done = (element as Partial<{ taskComplete: Promise<void> }>).taskComplete;
  if (!done) throw new Error(`<${element.localName}> has no taskComplete`);
  return done;
}

/**
 * `taskComplete` of `root` and of every element inside it that has one (the panel in a shell, the
 * provider around it): settles when all of their reads and writes have, rendered.
 */
export async function allTasksComplete(root: Element): Promise<void> {
  await Promise.all(allElements(root).flatMap((el) => (el as Partial<{ taskComplete: Promise<void> }>).taskComplete ?? []));
}

/**
 * Lets every promise reaction already queued run, and every one those queue (a task only starts
 * once the microtask queue is empty) — a `FakeClient` answer and the Lit renders it causes included,
 * as they are promises all the way. Not a frame. For the few waits with no promise of their own:
 * that a late answer changes nothing, or a sub-element running its own write (the admin team's form).
 */
export function drainMicrotasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** `root` and every element below it, shadow roots included. */
export function allElements(root: Element): Element[] {
  const result: Element[] = [root];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      result.push(child);
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return result;
}

/** Visible text of an element's shadow root (what a user reads), whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `oneEvent` typed by the event map, so tests read the event's fields without casts. */
export function once<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent(target, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}
