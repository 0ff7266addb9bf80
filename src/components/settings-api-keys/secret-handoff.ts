import type { SettingsClient } from '../../api/client.js';
import type { ApiKey, ApiKeyInput } from '../../api/types.js';

/**
 * A new key's secret on its way from the create request to the one element that shows it. The
 * write's result (which its controller keeps until the next write) holds this box, not the secret:
 * `take()` hands the secret over once and empties the box, so nothing but the display keeps it.
 */
export class SecretHandoff {
  #secret: string | null;

  constructor(secret: string) {
    this.#secret = secret;
  }

  /** The secret, the first time; `''` afterwards. */
  take(): string {
    const secret = this.#secret ?? '';
    this.#secret = null;
    return secret;
  }
}

/** A created key as the create write answers it: the record, and its secret in a one-time box. */
export interface CreatedKey {
  readonly apiKey: ApiKey;
  readonly secret: SecretHandoff;
}

/** Creates a key; the server's answer is dropped as soon as its secret is in the box. */
export async function createKey(client: SettingsClient, input: ApiKeyInput): Promise<CreatedKey> {
  const { apiKey, secret } = await client.createApiKey(input);
  return { apiKey, secret: new SecretHandoff(secret) };
}
