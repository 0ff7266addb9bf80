import { fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
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

/** Waits for pending microtasks and Lit updates of `root` and every custom element inside it. */
export async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await Promise.all(
      allElements(root).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve()),
    );
  }
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
