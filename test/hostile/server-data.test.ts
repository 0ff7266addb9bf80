import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMockDb } from '../../mocks/db.js';
import type { SettingsClient } from '../../src/api/client.js';
import type { Page } from '../../src/api/types.js';
import { FakeClient, type FakeMethod } from '../support/fake-client.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import { allElements, noRetries, taskComplete } from '../support/render.js';
import { corpusEntries, plausiblyWrong, wrongFields, type WrongKind } from './corpus.js';
import { apiKeyAnswers } from '../support/api-key-answers.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { setLocale } from '../../src/i18n/localize.js';

/**
 * Issue 8, hostile input, what the server returns: every text a panel shows from the server is set
 * to each corpus value in turn. Nothing may execute or become markup, the value must be reachable
 * in full (as text, or in a title where the cell truncates), and the panel must not push the page
 * sideways.
 */

const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
const owner = db.actingAs('owner');
const session = db.sessionFor('owner');
const retail = session.companies[0]!.id;

type Answers = Partial<Record<FakeMethod, (text: string) => unknown>>;

interface PanelCase {
  tag: TemplateResult;
  answers: Answers;
}

const page = <T,>(items: T[]): Page<T> => ({ items, nextCursor: null, total: items.length });

const panels: Record<string, PanelCase> = {
  profile: {
    tag: html`<settings-profile></settings-profile>`,
    answers: { getProfile: (text) => ({ ...owner.getProfile(), name: text, jobTitle: text, avatarUrl: text }) },
  },
  membership: {
    tag: html`<settings-membership></settings-membership>`,
    answers: {
      getMemberships: (text) => {
        const memberships = owner.getMemberships();
        return {
          organization: memberships.organization && { ...memberships.organization, organization: { id: 'o', name: text } },
          companies: memberships.companies.map((m) => ({ ...m, company: { ...m.company, name: text } })),
        };
      },
    },
  },
  sites: {
    tag: html`<settings-sites></settings-sites>`,
    answers: { listSites: (text) => page(owner.listSites(retail, {}).items.slice(0, 3).map((site) => ({ ...site, name: text, address: text }))) },
  },
  members: {
    tag: html`<settings-company-members></settings-company-members>`,
    answers: { listCompanyMembers: (text) => page(owner.listCompanyMembers(retail, {}).items.slice(0, 3).map((m) => ({ ...m, name: text }))) },
  },
  'admin team': {
    tag: html`<settings-admin-team></settings-admin-team>`,
    answers: {
      listAdminTeam: (text) =>
        page(owner.listAdminTeam({}).items.slice(0, 3).map((m) => ({ ...m, name: text, companyAccess: [{ id: 'c', name: text }] }))),
    },
  },
  'API keys': {
    tag: html`<settings-api-keys></settings-api-keys>`,
    answers: {
      listApiKeys: (text) => page(owner.listApiKeys({ status: 'all' }).items.slice(0, 3).map((k) => ({ ...k, name: text, createdBy: { id: 'u', name: text } }))),
    },
  },
  billing: {
    tag: html`<settings-billing></settings-billing>`,
    answers: {
      getBilling: (text) => {
        const billing = owner.getBilling();
        return {
          ...billing,
          plan: { ...billing.plan, name: text },
          profile: billing.profile && { ...billing.profile, companyName: text, address: { ...billing.profile.address, line1: text } },
          invoices: billing.invoices.slice(0, 2).map((invoice) => ({ ...invoice, number: text, downloadUrl: text })),
        };
      },
    },
  },
};

/** A client answering the panel's reads with hostile data, and the session as the mocks have it. */
function clientFor(answers: Answers, text: string): SettingsClient {
  const fake = new FakeClient({ answers: apiKeyAnswers, session });
  return new Proxy(fake.client, {
    get: (target, key) => {
      const answer = typeof key === 'string' ? answers[key] : undefined;
      if (answer) return () => Promise.resolve(structuredClone(answer(text)));
      return Reflect.get(target, key) as unknown;
    },
  });
}

/** Everything a user (or a screen reader) can reach: text, titles, labels, input values. */
function reachableText(root: Element): string {
  return allElements(root)
    .map((el) =>
      [
        [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''),
        el.getAttribute('title') ?? '',
        el.getAttribute('aria-label') ?? '',
        el instanceof HTMLInputElement ? el.value : '',
      ].join('\n'),
    )
    .join('\n');
}

/** Attributes only injected markup would carry: our templates bind events, never `on…` attributes. */
function injected(root: Element): string[] {
  return allElements(root).flatMap((el) => {
    const handlers = [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName}[${a.name}]`);
    const scriptUrl = ['href', 'src', 'action', 'formaction']
      .map((name) => el.getAttribute(name))
      .filter((value): value is string => value !== null && /^\s*javascript:/i.test(value))
      .map((value) => `${el.localName} → ${value}`);
    const fromCorpus = (el.localName === 'img' && el.getAttribute('src') === 'x') || (el.localName === 'b' && el.textContent === 'bold');
    const markup = fromCorpus ? [`<${el.localName}> from data`] : [];
    return [...handlers, ...scriptUrl, ...markup];
  });
}

describe('hostile input: text and URLs from the server', () => {
  afterEach(() => delete window.__pwned);

  for (const [panelName, { tag, answers }] of Object.entries(panels)) {
    for (const [kind, text] of corpusEntries) {
      it(`${panelName}: ${kind} shows as text, runs nothing, stays reachable, keeps the layout`, async () => {
        const frame = await fixture<HTMLDivElement>(html`
          <div style="inline-size: 800px; overflow: auto">
            <settings-provider .retry=${noRetries} .client=${clientFor(answers, text)}>${tag}</settings-provider>
          </div>
        `);
        const provider = frame.querySelector<SettingsProvider>('settings-provider')!;
        await provider.taskComplete;
        const panel = provider.firstElementChild!;
        await taskComplete(panel);
        expect(window.__pwned, 'nothing ran').to.equal(undefined);
        expect(injected(panel), 'no markup or script URL from data').to.deep.equal([]);
        // The script URL is refused (safeUrl) rather than shown as a link; every other value is reachable whole.
        if (kind !== 'javascriptUrl') expect(reachableText(panel).includes(text), `the full value is reachable: ${reachableText(panel).replace(/\n+/g, ' | ').slice(0, 600)}`).to.equal(true);
        expect(frame.scrollWidth, 'no horizontal overflow at 800px').to.be.at.most(frame.clientWidth + 1);
      });
    }
  }
});

/**
 * Plausible but wrong (`plausiblyWrong`): every field of one kind, in every answer of the mock
 * server, holds the wrong value — the session's and the preferences' language, every `…At` date,
 * every currency. Each panel must still finish loading and show what it can: no uncaught error,
 * no rejected promise, no skeleton left on screen.
 */

/** Every panel, its reads answered by the mock server; `open` reaches what only a click shows. */
const everyPanel: [string, TemplateResult, ((panel: Element) => Promise<void>)?][] = [
  ['profile', html`<settings-profile></settings-profile>`],
  ['preferences', html`<settings-preferences></settings-preferences>`],
  ['membership', html`<settings-membership></settings-membership>`],
  ['sites', html`<settings-sites></settings-sites>`],
  ['data preferences', html`<settings-data-preferences></settings-data-preferences>`],
  ['members', html`<settings-company-members></settings-company-members>`],
  ['admin team', html`<settings-admin-team></settings-admin-team>`],
  ['API keys', html`<settings-api-keys></settings-api-keys>`, openFirstKey],
  ['billing', html`<settings-billing></settings-billing>`],
  ['data repository', html`<settings-data-repository></settings-data-repository>`],
];

/** The API keys panel's details dialog, which writes every date of a key in full (its code arrives on the click). */
async function openFirstKey(panel: Element): Promise<void> {
  panel.shadowRoot!.querySelector<HTMLButtonElement>('[part=row] button.name')!.click();
  const opened = panel as Element & { taskComplete: Promise<unknown>; updateComplete: Promise<unknown> };
  await opened.taskComplete;
  await opened.updateComplete;
  const details = panel.shadowRoot!.querySelector('settings-api-key-dialogs')?.shadowRoot?.querySelector('settings-dialog');
  expect(details?.getAttribute('heading'), 'the details dialog is open').to.match(/^API key /);
}

/** `value` with every field `picks` chooses, at any depth, set to `wrong`. */
function spoil(value: unknown, picks: (key: string) => boolean, wrong: string): unknown {
  if (Array.isArray(value)) return value.map((item) => spoil(item, picks, wrong));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, picks(key) ? wrong : spoil(item, picks, wrong)]));
}

/** The owner's mock server, every answer spoiled with `wrong` in the fields of `kind`. */
function spoiledClient(kind: WrongKind, wrong: string): SettingsClient {
  const client = createMockClient({ persona: 'owner', db: createMockDb({ now: new Date('2025-06-02T09:00:00Z') }) });
  return new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => spoil(await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args), wrongFields[kind], wrong);
    },
  });
}

/** How `promise` ends within `ms`: a panel whose render threw may never settle. */
function outcome(promise: Promise<unknown>, ms: number): Promise<string> {
  return Promise.race([
    promise.then(
      () => 'settled',
      (error: unknown) => `rejected: ${String(error)}`,
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve(`still pending after ${ms} ms`), ms)),
  ]);
}

/** What each wrong value must look like where a panel shows it (beyond loading at all). */
const shown: Partial<Record<string, Partial<Record<WrongKind, (root: ShadowRoot, wrong: string, text: string) => void>>>> = {
  preferences: {
    language: (root, wrong) => {
      const select = root.querySelector<HTMLSelectElement>('select#language')!;
      // Canonical where it can be (`en_US` is `en-US`, and selected as such); otherwise as given.
      expect(select.value, 'the language selected').to.equal(wrong === 'en_US' ? 'en-US' : wrong);
      if (wrong !== 'en_US') expect(select.selectedOptions[0]!.textContent.trim()).to.equal(wrong);
    },
    timeZone: (root, wrong) => {
      expect(root.querySelector<HTMLSelectElement>('select#timeZone')!.value).to.equal(wrong);
    },
  },
  'API keys': { date: (_root, _wrong, text) => void expect(text).to.contain('Unknown') },
  billing: {
    date: (_root, _wrong, text) => void expect(text).to.contain('Unknown'),
    currency: (_root, wrong, text) => void expect(text).to.match(wrong ? /[\d,.]+ XXX1/ : /\d\.\d\d/),
  },
  'data preferences': { currency: (_root, wrong, text) => void expect(text).to.contain(wrong ? '12,345.67 XXX1' : '12,345.67') },
};

describe('hostile input: plausible but wrong values from the server', () => {
  // The provider follows the user's (wrong) language: the next test starts from English again.
  afterEach(() => setLocale('en'));

  for (const [panelName, tag, open] of everyPanel) {
    for (const [kind, wrong] of plausiblyWrong) {
      it(`${panelName}: ${kind} ${JSON.stringify(wrong)} loads, shows what it can, throws nothing`, async () => {
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(`error: ${String(event.error ?? event.message)}`);
        const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        try {
          const provider = await fixture<SettingsProvider>(html`
            <settings-provider follow-user-language .retry=${noRetries} .client=${spoiledClient(kind, wrong)}>${tag}</settings-provider>
          `);
          await provider.taskComplete;
          const panel = provider.firstElementChild!;
          expect(await outcome(taskComplete(panel), 3000), 'the panel finished').to.equal('settled');
          await open?.(panel);
          await outcome(taskComplete(panel), 3000);
          // Uncaught errors and rejections are reported as tasks: let them arrive.
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(errors, 'nothing thrown').to.deep.equal([]);
          const root = panel.shadowRoot!;
          expect(root.querySelector('[part~=skeleton], [aria-busy=true]'), 'no skeleton or busy state left').to.equal(null);
          expect(root.querySelector('[part~=error]')?.textContent.trim(), 'no error notice').to.equal(undefined);
          if (kind === 'language') expect(provider.getAttribute('lang'), "the provider follows the user's language").to.equal(wrong === 'en_US' ? 'en-US' : 'en');
          shown[panelName]?.[kind]?.(root, wrong, reachableText(panel));
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
      });
    }
  }
});
