import { expect } from '@open-wc/testing';
import { timeZoneChoices } from '../../src/components/settings-preferences/preference-choices.js';
import { timeZoneNames } from '../../src/i18n/localize.js';

/** Runs `check` as in a browser without `Intl.supportedValuesOf` (Safari before 15.4, Firefox before 93). */
function withoutSupportedValuesOf(check: () => void): void {
  const intl = Intl as { supportedValuesOf?: unknown };
  const original = intl.supportedValuesOf;
  delete intl.supportedValuesOf;
  try {
    check();
  } finally {
    intl.supportedValuesOf = original;
  }
}

describe('time zone lists', () => {
  it("offer every zone the browser knows", () => {
    expect(timeZoneNames()).to.include('America/New_York');
  });

  it('fall back to UTC and the zone in use where the browser cannot list zones, instead of throwing', () => {
    withoutSupportedValuesOf(() => {
      const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(timeZoneNames()).to.include.members(['UTC', local]);
      const { choices } = timeZoneChoices('', 'Europe/Berlin');
      expect(choices.map((c) => c.value)).to.include.members(['Europe/Berlin', 'UTC']);
    });
  });
});
