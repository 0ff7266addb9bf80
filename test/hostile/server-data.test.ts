import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { createMockDb } from '../../mocks/db.js';
import type { SettingsClient } from '../../src/api/client.js';
import type { Page } from '../../src/api/types.js';
import { FakeClient, type FakeMethod } from '../support/fake-client.js';
import type { SettingsProvider } from '../../src/components/settings-provider/settings-provider.js';
import { allElements, noRetries, taskComplete } from '../support/render.js';
import { corpusEntries } from './corpus.js';
import { apiKeyAnswers } from '../support/api-key-answers.js';

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
