// "msw" and "msw/browser" for the import map: the names the mocks import, taken from msw's browser
// build (mocks.js loads it as a classic script, which leaves it on `window.MockServiceWorker`, before
// anything imports this module).
const { delay, getResponse, http, HttpResponse, setupWorker } = window.MockServiceWorker;

export { delay, getResponse, http, HttpResponse, setupWorker };
