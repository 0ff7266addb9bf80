/**
 * `settings-elements/client`: what a host connects the elements with — the HTTP client of the REST
 * contract (`createHttpClient`), its transport for a host's own routes (`createHttpRequest`), its
 * errors and retries, and the contract's types — and no element's code.
 *
 * The same exports are in `settings-elements`, which also exports every element class. A host
 * importing a value from there reaches every element's module, and some bundlers (esbuild, hence
 * Angular's) then put every section's code in the first load, where `<settings-app>` would have
 * fetched each when opened. From here, only what is imported arrives.
 */
export * from './api/index.js';
