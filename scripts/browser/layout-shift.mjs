// One measure for the bench and the demo smoke: the cumulative layout shift of opening a section of
// the demo's <settings-app> (Chromium's `layout-shift` entries, summed from the click of its
// navigation link until `windowMs` later). 0 is best; Core Web Vitals call 0.1 "good".
// Chromium only: Firefox and WebKit do not implement the Layout Instability API, so the demo smoke
// skips the check there. `page` is a Playwright page or a driver/ page (the same `evaluate`).

/** In `page`, clicks the navigation link named `label` and sums the layout shifts that follow. */
export function layoutShiftOpening(page, label, windowMs) {
  return page.evaluate(
    async ([name, ms]) => {
      let total = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) total += entry.value;
      });
      observer.observe({ type: 'layout-shift' });
      const links = [...document.querySelector('settings-app').shadowRoot.querySelectorAll('[part~=nav-link]')];
      links.find((a) => a.textContent.trim() === name).click();
      await new Promise((resolve) => setTimeout(resolve, ms));
      observer.disconnect();
      return total;
    },
    [label, windowMs],
  );
}
