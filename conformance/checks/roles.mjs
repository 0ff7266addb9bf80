// The role model (`--roles <file.json>`, by default with --mocks): each signed-in session carries
// exactly the permissions its roles' rows give, organization role and company roles alike. Runs
// first, and for every role that signs in, also one whose session does not fit its description
// (the other groups skip what relies on such a role; this group says why it does not fit).
import { roleMatrixMismatches } from '../lib/role-matrix.mjs';
import { roles } from '../lib/roles.mjs';
import { expect } from '../lib/runner.mjs';

export async function roleChecks(s) {
  s.group('Roles: each session against the role matrix');
  if (!s.roleMatrix) {
    return s.skip(
      'each session’s permissions are its roles’ rows',
      'give --roles <file.json> (role id → permissions, per scope; see conformance/roles.example.json) to check the server’s role model',
    );
  }
  for (const role of roles) {
    const session = s.session(role.name);
    if (!session) continue;
    const held = [session.organization && `organization ${session.organization.role.id}`, ...new Set(session.companies.map((c) => `company ${c.role.id}`))].filter(Boolean);
    await s.check(`${role.name}: the session’s permissions are the rows of its roles in ${s.roleMatrix.file} (${held.join(', ') || 'no role'})`, async () => {
      const mismatches = roleMatrixMismatches(s.roleMatrix, session);
      expect(mismatches.length === 0, mismatches.join('; '));
    });
  }
}
