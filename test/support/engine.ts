/**
 * Which engine runs the test, for the few tests that cannot hold in one of them: each skip says why
 * in its own code. (WebKitGTK's user agent names Safari; Chromium's names Safari too, after Chrome.)
 */
export const isFirefox = (): boolean => navigator.userAgent.includes('Firefox/');
export const isChromium = (): boolean => navigator.userAgent.includes('Chrome/');
export const isWebKit = (): boolean => !isChromium() && !isFirefox() && navigator.userAgent.includes('AppleWebKit/');

/**
 * WebKit's WebDriver now and then never answers a key press in a list's search field when three
 * engines share CI's two cores, and the test waits until its time limit (seen in 2 of 5 CI runs,
 * three search tests in all, never outside CI). Such a test runs again there, up to twice; in the other
 * engines a failure stays a failure.
 */
export function retryWhereWebKitMissesKeys(test: Mocha.Context): void {
  if (isWebKit()) test.retries(2);
}
