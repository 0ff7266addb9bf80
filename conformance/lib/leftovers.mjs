// The clean-up's safety net: records of this run that no registered clean-up covers. Every name the
// suite gives carries the run id (`Conformance <label> <runId>`, `conformance+<runId>-<label>@…`), so
// after the registered clean-ups the owner searches each collection for it and removes what is
// still there: a record created by a request that answered an error, or never answered.
import { expect } from './runner.mjs';

const enc = encodeURIComponent;

/** Every item of a list matching `query` (a few pages at most); none where the owner may not read it. */
async function itemsOf(s, path, query) {
  const items = [];
  let cursor;
  for (let page = 0; page < 5; page += 1) {
    const response = await s.call(s.token('owner'), 'GET', path, { query: { ...query, limit: '100', ...(cursor ? { cursor } : {}) } });
    if (response.status !== 200) break;
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** `[{ label, undo }]` for each record of this run still in the owner's tenant. */
export async function leftoversOf(s) {
  const owner = s.token('owner');
  const ofRun = (text) => typeof text === 'string' && text.includes(s.runId);
  const send = (method, path, accepted) => async () => {
    const response = await s.call(owner, method, path);
    expect(accepted.includes(response.status), `${method} ${path} answered ${response.status}`);
  };
  const found = [];
  const team = '/organization/admin-team';
  for (const member of await itemsOf(s, team, { q: `conformance+${s.runId}` })) {
    if (ofRun(member.email)) found.push({ label: `admin-team invitation ${member.email}`, undo: send('DELETE', `${team}/${enc(member.id)}`, [204, 404]) });
  }
  if (s.operations.some((o) => o.id === 'revokeApiKey')) {
    const keys = '/organization/api-keys';
    for (const key of await itemsOf(s, keys, { q: s.runId, status: 'active' })) {
      if (ofRun(key.name)) found.push({ label: `API key ${key.name} (revoked)`, undo: send('POST', `${keys}/${enc(key.id)}/revoke`, [200, 409]) });
    }
  }
  for (const companyId of s.companyIds) {
    const sites = `/companies/${enc(companyId)}/sites`;
    for (const site of await itemsOf(s, sites, { q: s.runId })) {
      if (ofRun(site.name)) found.push({ label: `site ${site.name}`, undo: send('DELETE', `${sites}/${enc(site.id)}`, [204, 404]) });
    }
    const members = `/companies/${enc(companyId)}/members`;
    for (const member of await itemsOf(s, members, { q: `conformance+${s.runId}` })) {
      // Members from the admin team are removed there (above).
      if (member.source === 'company' && ofRun(member.email)) {
        found.push({ label: `company member ${member.email}`, undo: send('DELETE', `${members}/${enc(member.id)}`, [204, 404]) });
      }
    }
  }
  return found;
}
