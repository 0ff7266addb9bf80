import type { FieldErrors } from '../src/api/errors.js';
import { emailAddressPattern, maxEmailAddressLength } from '../src/api/email-address.js';
import { invalid } from './errors.js';

/**
 * A request body as the server receives it: the contract names the fields, but nothing about their
 * values can be trusted until validated.
 */
export type Untrusted<T> = { readonly [K in keyof T]?: unknown };


/**
 * Collects one message per invalid field, then throws them together as a 422 so a form can mark
 * every problem at once. `undefined` means "not sent" (a PATCH leaves the field unchanged).
 */
export class FieldValidator {
  readonly #errors: FieldErrors = {};

  /** Adds an error for a rule the caller checks itself (duplicates, unknown ids, …). */
  fail(field: string, message: string): void {
    this.#errors[field] ??= message;
  }

  /** A non-empty string after trimming. Returns `''` when invalid. */
  requiredText(field: string, value: unknown, label: string, maxLength = 100): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(field, `Enter ${label}.`);
      return '';
    }
    return this.#withinLength(field, value.trim(), maxLength);
  }

  /** An optional string (may be empty), trimmed. */
  optionalText(field: string, value: unknown, maxLength = 100): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.fail(field, 'Enter text.');
      return undefined;
    }
    return this.#withinLength(field, value.trim(), maxLength);
  }

  email(field: string, value: unknown): string {
    if (typeof value !== 'string' || !emailAddressPattern.test(value.trim())) {
      this.fail(field, 'Enter a valid email address, like name@example.com.');
      return '';
    }
    const email = value.trim();
    if (email.length > maxEmailAddressLength) {
      this.fail(field, `Use an email address of at most ${maxEmailAddressLength} characters.`);
      return '';
    }
    return email;
  }

  /** One of a fixed set of values, or `undefined` when not sent. */
  oneOf<T>(field: string, value: unknown, options: readonly T[], message: string): T | undefined {
    if (value === undefined) return undefined;
    const index = options.findIndex((option) => option === value);
    if (index < 0) {
      this.fail(field, message);
      return undefined;
    }
    return options[index];
  }

  optionalBoolean(field: string, value: unknown): boolean | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      this.fail(field, 'Choose on or off.');
      return undefined;
    }
    return value;
  }

  /** A whole number in [min, max], or `undefined` when not sent. */
  integer(field: string, value: unknown, min: number, max: number, message: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(field, message);
      return undefined;
    }
    return value;
  }

  /** An IANA time zone the browser knows, e.g. `Europe/Paris`. */
  timeZone(field: string, value: unknown, required: boolean): string | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || !isTimeZone(value)) {
      this.fail(field, 'Choose a valid time zone, like Europe/Paris.');
      return undefined;
    }
    return value;
  }

  /** Throws every collected error as one 422. */
  throwIfInvalid(): void {
    if (Object.keys(this.#errors).length > 0) throw invalid({ ...this.#errors });
  }

  /**
   * Throws the collected errors; otherwise returns the given required values, which a validator
   * only leaves `undefined` after recording an error.
   */
  valid<T extends Record<string, unknown>>(values: T): { [K in keyof T]: Exclude<T[K], undefined> } {
    this.throwIfInvalid();
    for (const [field, value] of Object.entries(values)) {
      if (value === undefined) throw new Error(`FieldValidator: no value and no error for ${field}`);
    }
    return values as { [K in keyof T]: Exclude<T[K], undefined> };
  }

  #withinLength(field: string, text: string, maxLength: number): string {
    if (text.length > maxLength) this.fail(field, `Use at most ${maxLength} characters.`);
    return text;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value !== '';
  } catch {
    return false;
  }
}

/** Emails are compared without case or surrounding spaces, as mail servers do. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Applies a validated PATCH: copies the fields that were sent (not `undefined`) onto `target`. */
export function applyPatch<T extends object>(target: T, patch: { [K in keyof T]?: T[K] | undefined }): void {
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined) target[key] = value;
  }
}
