/**
 * The shape of one area's translation: exactly the English area's keys (a missing or extra key is
 * a type error), each a string or a function taking the same parameters as the English entry.
 * Write it as an annotated object literal so TypeScript checks both directions:
 *
 * ```ts
 * export const apiKeysDe: AreaTranslation<typeof apiKeysMessages> = { 'apiKeys.create': 'Schlüssel erstellen', … };
 * ```
 */
export type AreaTranslation<English> = {
  [K in keyof English]: English[K] extends (params: infer P) => string ? (params: P) => string : string;
};
