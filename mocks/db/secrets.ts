import type { Random } from '../random.js';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Not `mock_key_`: a real provider's live-key pattern would trip secret scanners on every fixture. */
const secretPrefix = 'mock_key_';

/**
 * A new API key secret. It leaves the mock server exactly once, in the create response; only its
 * display prefix is stored.
 */
export function createSecret(random: Random): string {
  let body = '';
  for (let i = 0; i < 40; i++) body += alphabet.charAt(random.int(0, alphabet.length - 1));
  return secretPrefix + body;
}

/** The part of a secret that is safe to show in lists, e.g. `mock_key_4f2a`. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, secretPrefix.length + 4);
}
