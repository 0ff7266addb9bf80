import type { ApiKey, ApiKeyPolicy, ApiKeyScope } from '../../api/types.js';
import { formatList, msg, type MessageKey } from '../../i18n/localize.js';

/**
 * Scopes as people choose them: per area (Sites, Billing, …) a level — none, read, or read and
 * write — instead of a checklist of ids. An area's scopes are `<something>:read` and
 * `<something>:write`; "read and write" gives both. Only levels whose scopes the creator holds
 * (`grantable` in the policy) are offered.
 */

export type AccessLevel = 'none' | 'read' | 'write';

export interface ScopeArea {
  area: string;
  read?: ApiKeyScope;
  write?: ApiKeyScope;
  /** The levels the creator may give, `none` first. */
  levels: AccessLevel[];
}

const levelOfScope = (scope: ApiKeyScope) => scope.slice(scope.lastIndexOf(':') + 1);

/** Every area the organization offers, in its order, with what the creator may give in it. */
export function scopeAreas(policy: ApiKeyPolicy): ScopeArea[] {
  const areas = new Map<string, ScopeArea>();
  for (const option of policy.scopes) {
    const area = areas.get(option.area) ?? { area: option.area, levels: ['none'] };
    areas.set(option.area, area);
    const level = levelOfScope(option.id);
    if (level === 'read' || level === 'write') area[level] = option.id;
  }
  const grantable = new Set(policy.scopes.filter((s) => s.grantable).map((s) => s.id));
  for (const area of areas.values()) {
    if (area.read && grantable.has(area.read)) area.levels.push('read');
    // Writing without reading is no use to an integration: "read and write" needs both.
    if (area.write && grantable.has(area.write) && (!area.read || grantable.has(area.read))) area.levels.push('write');
  }
  return [...areas.values()];
}

/** The areas the picker shows: those where the creator may give something. */
export function offeredAreas(policy: ApiKeyPolicy): ScopeArea[] {
  return scopeAreas(policy).filter((area) => area.levels.length > 1);
}

export function levelIn(area: ScopeArea, scopes: readonly ApiKeyScope[]): AccessLevel {
  if (area.write && scopes.includes(area.write)) return 'write';
  return area.read && scopes.includes(area.read) ? 'read' : 'none';
}

/** The scopes for the chosen levels, in the policy's order. */
export function scopesFor(areas: readonly ScopeArea[], levels: Readonly<Record<string, AccessLevel>>): ApiKeyScope[] {
  return areas.flatMap((area) => {
    const level = levels[area.area] ?? 'none';
    if (level === 'none') return [];
    return [area.read, level === 'write' ? area.write : undefined].filter((s): s is string => s !== undefined);
  });
}

/** An area's name in the user's language; an area we do not know shows its id. */
export function areaName(area: string): string {
  const key = `apiKeys.area.${area}` as MessageKey;
  const name = msg(key as 'apiKeys.area.sites');
  return name === key ? area : name;
}

export function areaDescription(area: string): string | undefined {
  const key = `apiKeys.area.${area}.description` as MessageKey;
  const text = msg(key as 'apiKeys.area.sites.description');
  return text === key ? undefined : text;
}

/**
 * What a key may do, per area: `Sites (read, write)`. The areas come from the policy when it is
 * loaded; a scope it does not list shows as its id.
 */
export function describeAccess(key: Pick<ApiKey, 'fullAccess' | 'scopes'>, policy: ApiKeyPolicy | undefined): string[] {
  if (key.fullAccess) return [msg('apiKeys.access.full')];
  const areaOf = new Map(policy?.scopes.map((s) => [s.id, s.area]));
  const byArea = new Map<string, string[]>();
  const loose: string[] = [];
  for (const scope of key.scopes) {
    const area = areaOf.get(scope);
    const level = levelOfScope(scope);
    if (!area || (level !== 'read' && level !== 'write')) {
      loose.push(scope);
      continue;
    }
    byArea.set(area, [...(byArea.get(area) ?? []), msg(`apiKeys.level.${level}`)]);
  }
  return [...[...byArea].map(([area, levels]) => `${areaName(area)} (${formatList(levels)})`), ...loose];
}

/** The list's short form: the first two areas, then "+N more". */
export function summarizeAccess(key: Pick<ApiKey, 'fullAccess' | 'scopes'>, policy: ApiKeyPolicy | undefined): string {
  const parts = describeAccess(key, policy);
  if (parts.length <= 2) return parts.join(' · ');
  return `${parts.slice(0, 2).join(' · ')} ${msg('apiKeys.access.more', { count: parts.length - 2 })}`;
}
