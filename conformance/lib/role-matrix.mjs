// The role model a server team writes down (`--roles <file.json>`): each role's permissions, per
// scope, in the contract's permission names. Every signed-in session must carry exactly its roles'
// rows, so a server whose roles grant more (or less) than the team says fails, instead of its
// users merely not fitting their role and their checks being skipped.
import fs from 'node:fs';

/**
 * Reads and checks a role matrix:
 * `{ "organization": { "<role id>": ["org.…", …] }, "company": { "<role id>": ["company.…", …] } }`
 * (an optional "description" string beside them). Role ids are the sessions' `role.id`; permissions
 * must be names from openapi.json's `OrganizationPermission` and `CompanyPermission`. Throws an
 * Error saying what is wrong with the file.
 */
export function loadRoleMatrix(file, doc) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, { cause: error });
  }
  const fail = (message) => {
    throw new Error(`${file}: ${message}`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('not a JSON object');
  const extra = Object.keys(data).filter((key) => !['organization', 'company', 'description'].includes(key));
  if (extra.length) fail(`unknown key ${extra.join(', ')}: the file holds "organization" and "company" (and a "description")`);
  const scopes = { organization: 'OrganizationPermission', company: 'CompanyPermission' };
  const matrix = { file };
  for (const [scope, schema] of Object.entries(scopes)) {
    const known = doc.components.schemas[schema].enum;
    const rows = data[scope];
    if (typeof rows !== 'object' || rows === null || Array.isArray(rows)) fail(`"${scope}" must be an object of role id → permissions`);
    matrix[scope] = new Map();
    for (const [roleId, permissions] of Object.entries(rows)) {
      if (!Array.isArray(permissions)) fail(`${scope}.${roleId} must be a list of permissions`);
      const unknown = permissions.filter((p) => !known.includes(p));
      if (unknown.length) fail(`${scope}.${roleId}: ${unknown.map((p) => JSON.stringify(p)).join(', ')} not in openapi.json's ${schema} (${known.join(', ')})`);
      matrix[scope].set(roleId, new Set(permissions));
    }
  }
  return matrix;
}

/**
 * How `session` differs from the matrix, one line per difference: a permission a role grants that
 * its row does not, one its row gives that the role lacks, a role the file does not have. Empty
 * when the session fits. Company roles are compared in every company the session holds.
 */
export function roleMatrixMismatches(matrix, session) {
  const lines = [];
  const compare = (scope, role, granted, where = '') => {
    const label = `${scope} role ${role.id} (${role.name})${where}`;
    const row = matrix[scope].get(role.id);
    if (!row) return lines.push(`${label} is not in ${matrix.file}`);
    const held = new Set(granted);
    const beyond = [...held].filter((p) => !row.has(p));
    const lacking = [...row].filter((p) => !held.has(p));
    if (beyond.length) lines.push(`${label} grants ${beyond.join(', ')}, which its row does not`);
    if (lacking.length) lines.push(`${label} lacks ${lacking.join(', ')}, which its row gives`);
  };
  if (session.organization) compare('organization', session.organization.role, session.organization.permissions);
  // The same company role in several companies differs the same way: one line, naming them all.
  const byRole = new Map();
  for (const company of session.companies) {
    const key = JSON.stringify([company.role.id, [...company.permissions].sort()]);
    byRole.set(key, { role: company.role, permissions: company.permissions, ids: [...(byRole.get(key)?.ids ?? []), company.id] });
  }
  for (const { role, permissions, ids } of byRole.values()) compare('company', role, permissions, ` in ${ids.join(', ')}`);
  return lines;
}
