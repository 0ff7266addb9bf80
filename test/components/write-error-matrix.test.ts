import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { SettingsApiError, type SettingsApiErrorInit } from '../../src/api/errors.js';
import { FakeClient } from '../support/fake-client.js';
import { renderInProvider, taskComplete } from '../support/render.js';
import { apiKeyAnswers } from '../support/api-key-answers.js';
import { answered, ownerSession, writes } from '../support/write-cases.js';

/**
 * Issue 8, the error matrix: every write of every panel, answered with each failure a server or a
 * network can give. The user must see a clear message (where the panel or its dialog shows it),
 * keep what they entered, and be able to send it again — the same button, one more request.
 */

const failures: [string, SettingsApiErrorInit][] = [
  ['401', { status: 401, code: 'unauthorized', message: 'The session has expired.' }],
  ['403', { status: 403, code: 'forbidden', message: 'Not allowed.' }],
  ['404', { status: 404, code: 'not_found', message: 'Gone.' }],
  ['409', { status: 409, code: 'conflict', message: 'Someone else changed this first. Reload and try again.' }],
  ['422', { status: 422, code: 'validation_failed', message: 'Invalid.', fieldErrors: { unknownField: 'Not like this.' } }],
  ['429', { status: 429, code: 'rate_limited', message: 'Slow down.', retryAfter: 1 }],
  ['500', { status: 500, code: 'server_error', message: 'Internal error.' }],
  ['network failure', { status: 0, code: 'network_error', message: 'The server could not be reached.' }],
  ['abort', { status: 0, code: 'aborted', message: 'The request was aborted.' }],
];

/** The message the user reads: an alert in the panel or in its open dialog, or the provider's. */
function messages(provider: HTMLElement, root: ShadowRoot): string {
  const scopes: ParentNode[] = [root, provider.shadowRoot!];
  // The dialogs that are elements of their own: the admin team's form, the API keys' dialogs.
  for (const dialogs of root.querySelectorAll('settings-admin-team-form, settings-api-key-dialogs')) scopes.push(dialogs.shadowRoot!);
  return scopes.flatMap((scope) => [...scope.querySelectorAll('[role=alert], .field-error')].map((el) => el.textContent.trim())).join(' ');
}

describe('the error matrix: every write, every failure', () => {
  for (const [write, spec] of Object.entries(writes)) {
    describe(write, () => {
      for (const [name, init] of failures) {
        it(`${name}: a clear message, the input kept, and it can be sent again`, async () => {
          const fake = new FakeClient({ answers: apiKeyAnswers, session: spec.session ?? ownerSession });
          const { element, provider } = await renderInProvider<LitElement>(spec.panel, { client: fake.client });
          (await fake.nextCall(spec.load[0])).resolve(structuredClone(spec.load[1]));
          await taskComplete(element);
          const root = element.shadowRoot!;

          await spec.submit(root, element, false);
          (await fake.nextCall(spec.method)).reject(new SettingsApiError(init));
          await answered(provider, element);

          const shown = messages(provider, root);
          expect(shown.length, `a message for ${name}`).to.be.greaterThan(10);
          expect(shown).not.to.contain('undefined');
          expect(spec.kept(root), 'the input is kept').to.equal(true);

          await spec.submit(root, element, true);
          await fake.nextCall(spec.method, 1);
          expect(fake.callsTo(spec.method)).to.have.length(2);
        });
      }
    });
  }
});
