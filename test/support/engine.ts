/**
 * Which engine runs the test, for the few tests that cannot hold in one of them: each skip says why
 * in its own code. (WebKitGTK's user agent names Safari; Chromium's names Safari too, after Chrome.)
 */
export const isFirefox = (): boolean => navigator.userAgent.includes('Firefox/');
export const isChromium = (): boolean => navigator.userAgent.includes('Chrome/');
export const isWebKit = (): boolean => !isChromium() && !isFirefox() && navigator.userAgent.includes('AppleWebKit/');
