/**
 * For the `describe` that calls it: `console.error` is collected instead of printed, afresh for each
 * test, so a failure a test causes on purpose stays out of the run's output and can be checked.
 * `logged(text)`: whether a call's first argument contains `text`.
 */
export function collectConsoleErrors(): { readonly calls: unknown[][]; logged(text: string): boolean } {
  const original = console.error;
  const collected = {
    calls: [] as unknown[][],
    logged: (text: string) => collected.calls.some(([message]) => String(message).includes(text)),
  };
  beforeEach(() => {
    collected.calls = [];
    console.error = (...args: unknown[]) => void collected.calls.push(args);
  });
  afterEach(() => {
    console.error = original;
  });
  return collected;
}
