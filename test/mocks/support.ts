import { SettingsApiError } from '../../src/api/errors.js';

/** Awaits a request that must fail and returns its `SettingsApiError`. */
export async function failure(request: Promise<unknown>): Promise<SettingsApiError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof SettingsApiError) return error;
    throw error;
  }
  throw new Error('Expected the request to fail, but it succeeded.');
}

/** A server clock the test moves by hand. */
export function manualClock(start = '2025-06-02T09:00:00Z') {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance(seconds: number) {
      time += seconds * 1000;
    },
  };
}
