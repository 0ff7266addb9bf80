import { expect, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { Session } from '../../src/api/types.js';
import type { SectionDefinition } from '../../src/access/sections.js';
import { FakeClient, type FakeMethod } from './fake-client.js';
import type { SettingsPanel } from '../../src/kit/settings-panel.js';
import { drainMicrotasks, renderInProvider } from './render.js';

export interface PanelBaselineOptions {
  /** The panel's tag, e.g. `settings-api-keys`. */
  tag: string;
  /** A session that may manage the section. */
  manageSession: Session;
  /** A session that may only view it (omit for sections without a read-only mode). */
  viewSession?: Session;
  /** A session that may not see it, and the reason the access rules give (personal sections: none). */
  deniedSession?: Session;
  deniedReason?: string;
  /** A host section's definition, registered on the provider (built-in panels: none). */
  sections?: readonly SectionDefinition[];
  /** The first data request the panel sends. */
  firstLoad: FakeMethod;
  /** Background reads answered at once (see `FakeClient`'s `answers`). */
  answers?: ConstructorParameters<typeof FakeClient>[0] extends infer O ? (O extends { answers?: infer A } ? A : never) : never;
  /** A valid answer to that request. */
  firstLoadValue: unknown;
  /** Matches every write control (create/edit/delete buttons): none may render when read-only. */
  writeControls: string;
  /**
   * Company sections: the id of a second company in `manageSession`. The panel must abort the first
   * company's request on a switch and never show its late answer.
   */
  otherCompanyId?: string;
  /** One write of the panel, to check its cancelable intent event and its fact event. */
  write?: {
    /** Starts the write through the UI, once the first load has completed. */
    start: (element: HTMLElement) => void | Promise<void>;
    method: FakeMethod;
    result: unknown;
    intent: string;
    fact: string;
  };
}

/**
 * The behaviour every panel shares (STYLE.md "Tests"): access gating with no request when denied,
 * loading / error-with-retry / complete states, 403 → session refresh, abort on disconnect,
 * read-only without write controls, and axe. Call inside a `describe` of the panel's own tests.
 */
export function describePanelBaseline(options: PanelBaselineOptions): void {
  const tag = unsafeStatic(options.tag);
  const render = async (session: Session) => {
    const fake = new FakeClient({ session, ...(options.answers ? { answers: options.answers } : {}) });
    const { element, provider } = await renderInProvider<SettingsPanel>(staticHtml`<${tag}></${tag}>`, { client: fake.client, ...(options.sections ? { sections: options.sections } : {}) });
    return { fake, element, provider };
  };
  const requestsBesidesSession = (fake: FakeClient) => fake.calls.filter((c) => c.method !== 'getSession');
  const root = (element: SettingsPanel) => element.shadowRoot!;

  describe(`${options.tag} baseline`, () => {
    if (options.deniedSession) {
      const deniedSession = options.deniedSession;
      it('explains why it is hidden and sends no request when access is denied', async () => {
        const { fake, element } = await render(deniedSession);
        expect(root(element).querySelector('[part=access-notice]')?.getAttribute('data-reason')).to.equal(options.deniedReason);
        expect(requestsBesidesSession(fake)).to.have.length(0);
      });
    }

    it('shows a loading state, then the data', async () => {
      const { fake, element } = await render(options.manageSession);
      expect(root(element).querySelector('[aria-busy=true]')).to.not.equal(null);
      (await fake.nextCall(options.firstLoad)).resolve(structuredClone(options.firstLoadValue));
      await element.taskComplete;
      expect(root(element).querySelector('[aria-busy=true]')).to.equal(null);
    });

    it('shows an error with a retry that loads again', async () => {
      const { fake, element } = await render(options.manageSession);
      (await fake.nextCall(options.firstLoad)).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
      await element.taskComplete;
      const alert = root(element).querySelector('[role=alert]');
      expect(alert).to.not.equal(null);
      alert!.querySelector('button')!.click();
      (await fake.nextCall(options.firstLoad, 1)).resolve(structuredClone(options.firstLoadValue));
      await element.taskComplete;
      expect(root(element).querySelector('[role=alert]')).to.equal(null);
    });

    it('refreshes the session when the server answers 403', async () => {
      const { fake, element, provider } = await render(options.manageSession);
      (await fake.nextCall(options.firstLoad)).reject(new SettingsApiError({ status: 403, code: 'forbidden', message: 'no' }));
      await element.taskComplete;
      // The refreshed session, and the panel's render of it.
      await provider.taskComplete;
      await element.updateComplete;
      expect(fake.callsTo('getSession')).to.have.length(2);
      expect(root(element).querySelector('[role=alert]')?.textContent).to.contain('no longer have permission');
    });

    it('aborts its request when removed from the page', async () => {
      const { fake, element } = await render(options.manageSession);
      const call = await fake.nextCall(options.firstLoad);
      element.remove();
      expect(call.signal?.aborted).to.equal(true);
    });

    if (options.otherCompanyId) {
      const otherCompanyId = options.otherCompanyId;
      it('aborts the old company request on a company switch and never shows its late answer', async () => {
        const { fake, element, provider } = await render(options.manageSession);
        const first = await fake.nextCall(options.firstLoad);
        provider.selectCompany(otherCompanyId);
        const second = await fake.nextCall(options.firstLoad, 1);
        expect(first.signal?.aborted).to.equal(true);
        expect(second.args).to.include(otherCompanyId);
        // A late answer must change nothing: nothing to await but its reactions and their render.
        first.resolve(structuredClone(options.firstLoadValue));
        await drainMicrotasks();
        await element.updateComplete;
        expect(root(element).querySelector('[aria-busy=true]')).to.not.equal(null);
      });
    }

    if (options.write) {
      const write = options.write;
      const loaded = async () => {
        const rendered = await render(options.manageSession);
        (await rendered.fake.nextCall(options.firstLoad)).resolve(structuredClone(options.firstLoadValue));
        await rendered.element.taskComplete;
        return rendered;
      };

      it(`fires a cancelable ${write.intent} before writing; cancelled, nothing is sent`, async () => {
        const { fake, element } = await loaded();
        const seen: Event[] = [];
        element.addEventListener(write.intent, (event) => {
          seen.push(event);
          event.preventDefault();
        });
        await write.start(element);
        await element.updateComplete;
        expect(seen).to.have.length(1);
        expect(seen[0]!.bubbles && seen[0]!.composed && seen[0]!.cancelable).to.equal(true);
        expect(fake.callsTo(write.method)).to.have.length(0);
      });

      it(`fires ${write.fact} after a successful write`, async () => {
        const { fake, element, provider } = await loaded();
        const facts: Event[] = [];
        // Listened for above the provider: the event crosses every shadow root up to the host.
        provider.parentElement!.addEventListener(write.fact, (event) => facts.push(event));
        const fact = oneEvent(provider.parentElement!, write.fact);
        await write.start(element);
        (await fake.nextCall(write.method)).resolve(structuredClone(write.result));
        await fact;
        expect(facts).to.have.length(1);
        expect(facts[0]!.bubbles && facts[0]!.composed).to.equal(true);
      });
    }

    if (options.viewSession) {
      const viewSession = options.viewSession;
      it('is read-only with view permission: says why and renders no write controls', async () => {
        const { fake, element } = await render(viewSession);
        (await fake.nextCall(options.firstLoad)).resolve(structuredClone(options.firstLoadValue));
        await element.taskComplete;
        expect(root(element).querySelector('[part=view-only]')?.textContent).to.contain('View only');
        expect(root(element).querySelectorAll(options.writeControls)).to.have.length(0);
      });
    }

    it('is accessible when loaded', async () => {
      const { fake, element } = await render(options.manageSession);
      (await fake.nextCall(options.firstLoad)).resolve(structuredClone(options.firstLoadValue));
      await element.taskComplete;
      await expect(element).to.be.accessible();
    });
  });
}

export { html };
