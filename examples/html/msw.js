// "msw" and "msw/browser" for the import map: the names the mocks import, taken from msw's browser
// build (index.html loads it as a classic script, which leaves it on `window.MockServiceWorker`).
const { delay, getResponse, http, HttpResponse, setupWorker } = window.MockServiceWorker;

export { delay, getResponse, http, HttpResponse, setupWorker };
