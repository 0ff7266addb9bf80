export type { SettingsClient } from './client.js';
export { createHttpClient, type HttpClientOptions } from './http-client.js';
export { createHttpRequest, type HttpCall, type HttpRequest } from './http-request.js';
export { SettingsApiError, isAbortError, isSettingsApiError, toSettingsApiError } from './errors.js';
export type { FieldErrors, SettingsApiErrorInit, SettingsErrorCode } from './errors.js';
export type * from './types.js';
export { defaultRetryPolicy, isRetryable, withRetries, type RetryPolicy } from './retry.js';
// The contract's email rule (format: email), for a host's own forms and servers.
export { emailAddressPattern, maxEmailAddressLength } from './email-address.js';
