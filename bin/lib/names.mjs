/**
 * The forms of a section's name that the generators write: `audit-log` is the `AuditLog` class
 * part, the `auditLog` variable part and the "Audit log" label. Shared by the host starter
 * (`settings-elements new-section`) and the library's own `npm run new-panel`.
 */

/** Lower-case words joined by hyphens: a valid part of a section id, a tag name and a file name. */
export const namePattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const scopes = ['personal', 'company', 'organization'];

export const capitalize = (word) => word[0].toUpperCase() + word.slice(1);

export function nameForms(name) {
  const words = name.split('-');
  const pascal = words.map(capitalize).join('');
  return {
    name,
    pascal,
    camel: pascal[0].toLowerCase() + pascal.slice(1),
    label: capitalize(words.join(' ')),
  };
}
