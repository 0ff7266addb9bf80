import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Site, SiteInput } from '../../api/types.js';
import { isTimeZone, msg, timeZoneNames } from '../../i18n/localize.js';
import { renderField } from '../../kit/views/form.js';

/**
 * The Add site / Edit form of `<settings-sites>`: its fields, how they are read and the rules
 * checked before anything is sent. The inputs are not bound to state: they keep what the user
 * typed for as long as the dialog is open, whatever the server answers.
 */

export type SiteField = keyof SiteInput;
export type SiteFieldErrors = Partial<Record<SiteField, string>>;

export const siteFormId = 'site-form';

/** The zone of this browser: a likely default for a new site. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function readSiteForm(form: HTMLFormElement): SiteInput {
  const data = new FormData(form);
  const text = (field: SiteField) => {
    const value = data.get(field);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { name: text('name'), address: text('address'), timeZone: text('timeZone') };
}

/** The server's rules, checked first so most mistakes need no round trip. */
export function validateSite(input: SiteInput): SiteFieldErrors {
  const errors: SiteFieldErrors = {};
  if (!input.name) errors.name = msg('sites.form.nameRequired');
  if (!input.address) errors.address = msg('sites.form.addressRequired');
  if (!isTimeZone(input.timeZone)) errors.timeZone = msg('sites.form.timeZoneInvalid');
  return errors;
}

/** The form for a new site (`site` undefined) or an existing one, with each field's error beside it. */
export function renderSiteForm(site: Site | undefined, errorOf: (field: SiteField) => string | undefined, onSubmit: (event: SubmitEvent) => void) {
  const field = (name: SiteField, label: string, value: string, maxLength: number, hint?: string) =>
    renderField({ id: `site-${name}`, label, hint, error: errorOf(name) }, (f) => html`
      <input
        id=${f.id}
        name=${name}
        value=${value}
        required
        maxlength=${maxLength}
        autocomplete="off"
        list=${ifDefined(name === 'timeZone' ? 'site-time-zones' : undefined)}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
      />
    `);
  return html`
    <form id=${siteFormId} novalidate @submit=${onSubmit}>
      ${field('name', msg('sites.name'), site?.name ?? '', 100)} ${field('address', msg('sites.address'), site?.address ?? '', 200)}
      ${field('timeZone', msg('sites.timeZone'), site?.timeZone ?? localTimeZone(), 64, msg('sites.form.timeZoneHint'))}
      <datalist id="site-time-zones">${timeZoneNames().map((zone) => html`<option value=${zone}></option>`)}</datalist>
    </form>
  `;
}
