/**
 * The email addresses the contract accepts (`format: email` in openapi.json, as JSON Schema
 * validators read it): a local part of letters, digits and `.!#$%&'*+/=?^_`{|}~-`, an `@`, and a
 * domain of at least two labels of letters, digits and inner hyphens. The forms check it before
 * sending and the mock server checks it again, so neither lets through what the other refuses —
 * nor markup, commas or quotes, which the looser `x@y.z` shape did.
 */
export const emailAddressPattern =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The longest address mail systems deliver to (RFC 5321's path limit, less the angle brackets). */
export const maxEmailAddressLength = 254;
