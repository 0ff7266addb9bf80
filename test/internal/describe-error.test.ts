import { expect } from '@open-wc/testing';
import { SettingsApiError } from '../../src/api/errors.js';
import { de } from '../../src/i18n/catalogs/de/index.js';
import { setLocale } from '../../src/i18n/localize.js';
import { describeError } from '../../src/internal/describe-error.js';
// The API keys section says its own conflicts (its module registers them, with its strings).
import '../../src/components/settings-api-keys/settings-api-keys.js';

const conflict = (code: string, message = `The server's own words about ${code}.`) => new SettingsApiError({ status: 409, code, message });

/**
 * A 409 says which rule the request broke (openapi.json, `Error.code`). The conflicts the UI
 * knows are said in the user's language; the server's message (English) is shown only for a code
 * the UI does not know yet.
 */
describe('describeError (409 conflicts)', () => {
  afterEach(() => setLocale('en'));

  it("says the API keys' conflicts and the idempotency conflicts in the user's words, not the server's", () => {
    const said = Object.fromEntries(
      ['rotation_in_progress', 'idempotency_key_in_use', 'idempotency_key_spent', 'already_revoked', 'already_disabled', 'not_active', 'not_disabled', 'not_rotating'].map(
        (code) => [code, describeError(conflict(code))],
      ),
    );
    expect(said).to.deep.equal({
      rotation_in_progress: 'This key is already being rotated. Continue its rotation from the list.',
      idempotency_key_in_use: 'This request is still being processed. Try again in a moment.',
      idempotency_key_spent: 'The key this request created is no longer active, so its secret cannot be shown again. Create a new key to get a new secret.',
      already_revoked: 'This key was already revoked.',
      already_disabled: 'This key was already disabled.',
      not_active: 'This key is no longer active: it was revoked or has expired.',
      not_disabled: 'This key is no longer disabled: it was enabled again, revoked or has expired.',
      not_rotating: 'This key no longer has an active replacement, so it cannot be left to expire. Revoke it now, or rotate it again.',
    });
  });

  it('speaks the locale in effect', () => {
    setLocale('de', de);
    expect(describeError(conflict('rotation_in_progress'))).to.equal('Dieser Schlüssel wird bereits rotiert. Setzen Sie die Rotation in der Liste fort.');
    expect(describeError(conflict('idempotency_key_in_use'))).to.equal('Diese Anfrage wird noch verarbeitet. Versuchen Sie es gleich noch einmal.');
  });

  it("shows the server's message for a conflict it does not know", () => {
    expect(describeError(conflict('last_owner', 'The last Owner cannot be removed.'))).to.equal('The last Owner cannot be removed.');
    expect(describeError(conflict('conflict', 'Someone else changed this first.'))).to.equal('Someone else changed this first.');
    // A code is a conflict's only where it came with a 409.
    expect(describeError(new SettingsApiError({ status: 500, code: 'not_active', message: 'boom' }))).to.equal('Something went wrong on our side. Try again in a moment.');
  });
});
