import type { Random } from '../random.js';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const secretPrefix = 'sk_live_';

/**
 * A new API key secret. It leaves the mock server exactly once, in the create response; only its
 * display prefix is stored.
 */
export function createSecret(random: Random): string {
  let body = '';
  for (let i = 0; i < 40; i++) body += alphabet.charAt(random.int(0, alphabet.length - 1));
  return secretPrefix + body;
}

/** The part of a secret that is safe to show in lists, e.g. `sk_live_4f2a`. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, secretPrefix.length + 4);
}
