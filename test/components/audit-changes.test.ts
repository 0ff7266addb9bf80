import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import type { SettingsChangeEvent } from '../../src/events/settings-change.js';
import { FakeClient } from '../support/fake-client.js';
import { once, renderInProvider, taskComplete } from '../support/render.js';
import { apiKeyAnswers } from '../support/api-key-answers.js';
import { ownerSession, writes } from '../support/write-cases.js';

/** The fact events of the writes below. */
const factTypes = [
  'settings-profile-updated',
  'settings-preferences-updated',
  'settings-billing-profile-updated',
  'settings-data-repository-updated',
  'settings-data-preferences-updated',
  'settings-site-created',
  'settings-member-invited',
  'settings-api-key-created',
  'settings-api-key-policy-updated',
];

/**
 * Issue 10, the change stream: every form write's success carries one audit record — as the fact
 * event's `change` and as a `settings-change` event — naming the section, the signed-in user, the
 * company for company writes, the record written, and exactly what changed, before and after.
 * Never a secret, and never the whole record when one field changed.
 */
describe('the change stream: every write says what it changed', () => {
  for (const [write, spec] of Object.entries(writes)) {
    it(`${write}: its audit record`, async () => {
      const fake = new FakeClient({ answers: apiKeyAnswers, session: spec.session ?? ownerSession });
      const { element, provider } = await renderInProvider<LitElement>(spec.panel, { client: fake.client });
      (await fake.nextCall(spec.load[0])).resolve(structuredClone(spec.load[1]));
      await taskComplete(element);
      const stream: SettingsChangeEvent[] = [];
      const facts: Event[] = [];
      provider.addEventListener('settings-change', (e) => stream.push(e));
      // Every fact: the events the panel fires after the server accepted (past tense, with `change`).
      const record = (e: Event) => 'change' in e && e.type !== 'settings-change' && facts.push(e);
      for (const type of factTypes) provider.addEventListener(type, record);

      const changed = once(provider, 'settings-change');
      await spec.submit(element.shadowRoot!, element, false);
      (await fake.nextCall(spec.method)).resolve(structuredClone(spec.success.answer));
      // What the test is about: the change stream's record (its fact comes just before it). The
      // panel may then reload its list, which stays unanswered here: no taskComplete.
      await changed;
      await element.updateComplete;

      expect(stream, 'one settings-change').to.have.length(1);
      const change = stream[0]!.change;
      expect(change.action).to.equal(spec.success.action);
      expect(change.actor).to.deep.equal({ id: ownerSession.user.id, name: ownerSession.user.name, email: ownerSession.user.email });
      expect(change.target).to.deep.equal(spec.success.target);
      expect(change.companyId).to.equal(spec.success.companyId ?? null);
      expect(Date.parse(change.at)).to.be.closeTo(Date.now(), 60_000);
      if (spec.success.created) {
        for (const [field, expected] of Object.entries(spec.success.changes)) expect(change.changes[field], field).to.deep.equal(expected);
        expect(Object.values(change.changes).every((c) => c.before === null), 'a creation has nothing before').to.equal(true);
      } else {
        expect(change.changes, 'only what changed').to.deep.equal(spec.success.changes);
      }
      // The fact event carries the very same record.
      expect(facts.map((e) => (e as Event & { change: unknown }).change)).to.deep.equal([change]);
      // No secret, even for a created API key (its answer holds one).
      const answer = spec.success.answer as { secret?: string };
      if (answer.secret) {
        expect(JSON.stringify(change)).not.to.contain(answer.secret);
        expect(JSON.stringify({ ...facts[0] })).not.to.contain(answer.secret);
      }
    });
  }
});
