import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiKey, ApiKeyInput, ApiKeyPolicy } from '../../api/types.js';
import { apiKeyFieldsMessages } from '../../i18n/catalogs/en/api-key-fields.js';
import { addMessages, msg } from '../../i18n/localize.js';
import { renderField, renderFieldset } from '../../kit/views/form.js';
import { areaDescription, areaName, levelIn, offeredAreas, scopesFor, type AccessLevel } from './api-key-scopes.js';
import { renderDaysField } from './days-field.js';

// These fields' strings ship with them: they come with the panel's dialogs, or with the rotation.
addMessages(apiKeyFieldsMessages);

/** What the user chose in the key form; kept as is when the create fails. */
export interface KeyDraft {
  name: string;
  /** `null`: never expires. */
  expiresInDays: number | null;
  fullAccess: boolean;
  /** The level chosen per scope area (see `api-key-scopes.ts`). */
  levels: Record<string, AccessLevel>;
  /** The defaults came from the loaded policy (a form opened before it arrived gets them when it does). */
  fromPolicy: boolean;
}

const expiryPresets = [30, 90, 180, 365] as const;
const defaultLifetime = 90;

/** The lifetimes offered under the policy: presets up to its maximum (and the maximum), "never" only without one. */
export function expiryOptions(policy: ApiKeyPolicy | undefined): (number | null)[] {
  const max = policy?.maxLifetimeDays ?? null;
  if (max === null) return [...expiryPresets, null];
  const within: number[] = expiryPresets.filter((days) => days <= max);
  return within.includes(max) ? within : [...within, max];
}

/**
 * A fresh form: 90 days (or the policy's maximum, if shorter), and the widest access the creator
 * may give — full access, or else every area at the highest level they hold — so the help page's
 * "name it, create it" still works, with the choice in plain sight to narrow it. A rotation's
 * replacement starts from the old key's name and access, as far as the creator may give it.
 */
export function newDraft(policy: ApiKeyPolicy | undefined, from?: ApiKey): KeyDraft {
  const max = policy?.maxLifetimeDays ?? null;
  const areas = policy ? offeredAreas(policy) : [];
  const fullAccess = Boolean(policy?.fullAccessGrantable && (from ? from.fullAccess : true));
  return {
    name: from?.name ?? '',
    expiresInDays: max === null ? defaultLifetime : Math.min(defaultLifetime, max),
    fullAccess,
    levels: Object.fromEntries(areas.map((area) => [area.area, from && !from.fullAccess ? levelIn(area, from.scopes) : area.levels.at(-1)!])),
    fromPolicy: policy !== undefined,
  };
}

/**
 * The draft after one change from the form. `levels` carries only the area that changed: merged
 * here into the current draft, so two quick changes before a render both count.
 */
export function applyChange(draft: KeyDraft, change: Partial<KeyDraft>): KeyDraft {
  return { ...draft, ...change, levels: { ...draft.levels, ...change.levels } };
}

/** A draft begun before the policy loaded, given the policy's defaults now; what was typed stays. */
export function withPolicyDefaults(draft: KeyDraft, policy: ApiKeyPolicy | undefined, from?: ApiKey): KeyDraft {
  if (draft.fromPolicy || !policy) return draft;
  return { ...newDraft(policy, from), name: draft.name };
}

/** The draft as the server takes it. */
export function draftInput(draft: KeyDraft, policy: ApiKeyPolicy | undefined): ApiKeyInput {
  const access = draft.fullAccess ? { fullAccess: true } : { fullAccess: false, scopes: policy ? scopesFor(offeredAreas(policy), draft.levels) : [] };
  return { name: draft.name.trim(), expiresInDays: draft.expiresInDays, ...access };
}

/** The form's own check before anything is sent: a key must be able to do something. */
export function accessError(draft: KeyDraft, policy: ApiKeyPolicy | undefined): string | undefined {
  return draftInput(draft, policy).fullAccess || (draftInput(draft, policy).scopes?.length ?? 0) > 0 ? undefined : msg('apiKeys.access.chooseOne');
}

/** The creator may give a key nothing at all (their role holds no scope). */
export function cannotGrantAnything(policy: ApiKeyPolicy): boolean {
  return !policy.fullAccessGrantable && offeredAreas(policy).length === 0;
}

export interface KeyFieldsOptions {
  draft: KeyDraft;
  policy: ApiKeyPolicy;
  nameHint: string;
  /** The server's 422 message for a field, or the form's own check for `scopes`. */
  fieldError: (field: string) => string | undefined;
  /** One change; apply it with `applyChange` (`levels` holds only the area that changed). */
  onChange: (change: Partial<KeyDraft>) => void;
  /** A hint under the access choice (a rotation says it starts from the old key's access). */
  accessHint?: string;
}

/**
 * The name, lifetime and access fields of "Create key" and of a rotation's replacement, with the
 * server's 422 messages beside the field they concern.
 */
export function renderKeyFields(options: KeyFieldsOptions) {
  const { draft, policy, fieldError, onChange } = options;
  const max = policy.maxLifetimeDays;
  return html`
    ${renderField(
      { id: 'key-name', label: msg('apiKeys.field.name'), hint: options.nameHint, error: fieldError('name') },
      (f) => html`<input
        id=${f.id}
        autofocus
        required
        autocomplete="off"
        .value=${draft.name}
        aria-invalid=${f.invalid}
        aria-describedby=${ifDefined(f.describedBy)}
        @input=${(e: Event) => onChange({ name: (e.target as HTMLInputElement).value })}
      />`,
    )}
    ${renderDaysField(
      {
        id: 'key-expiry',
        label: msg('apiKeys.field.expiry'),
        hint: max === null ? undefined : msg('apiKeys.expiry.policy', { days: max }),
        error: fieldError('expiresInDays'),
      },
      {
        value: draft.expiresInDays,
        options: expiryOptions(policy),
        label: (days) =>
          days === null ? msg('apiKeys.expiry.never') : msg(days === max && !expiryPresets.includes(days as 30) ? 'apiKeys.expiry.max' : 'apiKeys.expiry.days', { days }),
        onChange: (expiresInDays) => onChange({ expiresInDays }),
      },
    )}
    ${renderAccess(options)}
  `;
}

function renderAccess({ draft, policy, fieldError, onChange, accessHint }: KeyFieldsOptions) {
  const areas = offeredAreas(policy);
  const error = fieldError('scopes') ?? fieldError('fullAccess');
  const choice = (full: boolean, label: string, hint: string) => html`
    <label class="choice">
      <input type="radio" name="key-access" .checked=${draft.fullAccess === full} @change=${() => onChange({ fullAccess: full })} />
      <span>${label}<span class="hint">${hint}</span></span>
    </label>
  `;
  return renderFieldset(
    { id: 'key-access', legend: msg('apiKeys.access'), hint: accessHint, error },
    html`
      ${policy.fullAccessGrantable
        ? html`${choice(true, msg('apiKeys.access.full'), msg('apiKeys.access.fullHint'))}
          ${choice(false, msg('apiKeys.access.scoped'), msg('apiKeys.access.scopedHint'))}`
        : html`<p class="hint">${msg('apiKeys.access.scopedHint')}</p>`}
      ${draft.fullAccess
        ? nothing
        : html`<div class="scope-areas">
            ${areas.map((area) =>
              renderField(
                { id: `scope-${area.area}`, label: areaName(area.area), hint: areaDescription(area.area) },
                (f) => html`<select
                  id=${f.id}
                  aria-describedby=${ifDefined(f.describedBy)}
                  @change=${(e: Event) => onChange({ levels: { [area.area]: (e.target as HTMLSelectElement).value as AccessLevel } })}
                >
                  ${area.levels.map(
                    (level) => html`<option value=${level} ?selected=${(draft.levels[area.area] ?? 'none') === level}>${msg(levelLabel[level])}</option>`,
                  )}
                </select>`,
              ),
            )}
          </div>`}
    `,
  );
}

const levelLabel = { none: 'apiKeys.access.none', read: 'apiKeys.access.read', write: 'apiKeys.access.readWrite' } as const;
