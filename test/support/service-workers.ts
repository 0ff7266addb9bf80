/**
 * Unregisters every service worker of the test server's origin (waiting 2 s at most), so the next
 * test file's page loads without MSW's worker in between: in CI, WebKit once never finished loading
 * the page that followed the files that start the real worker.
 */
export async function leaveNoServiceWorker(): Promise<void> {
  const registrations = await navigator.serviceWorker.getRegistrations();
  const unregistered = Promise.all(registrations.map((registration) => registration.unregister()));
  await Promise.race([unregistered, new Promise((resolve) => setTimeout(resolve, 2000))]);
}
