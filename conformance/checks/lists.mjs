// Paging and search on every list of the document, as the owner: pages that add up to `total`
// with no record twice, `nextCursor` null at the end, limits and cursors validated (422 with the
// field), larger limits capped at the maximum page size rather than refused (on a site list filled
// above it, and emptied again), and search on the server.
import { fillPath, resolve } from '../lib/document.mjs';
import { expect } from '../lib/runner.mjs';

/** GET operations answering a page (`{ items, nextCursor, total }`). */
function listsOf(s) {
  return s.operations.filter((op) => {
    if (op.method !== 'get') return false;
    const schema = resolve(s.doc, resolve(s.doc, op.operation.responses['200'])?.content?.['application/json']?.schema);
    return (schema?.allOf ?? []).some((part) => part.$ref === '#/components/schemas/PageInfo');
  });
}

const queryParams = (s, op) => (op.operation.parameters ?? []).map((p) => resolve(s.doc, p)).filter((p) => p.in === 'query');

export async function listChecks(s) {
  s.group('Lists: paging, limits, search');
  const owner = s.token('owner');

  for (const op of listsOf(s)) {
    const path = fillPath(op.path, { companyId: s.companyIds[0] });
    const names = queryParams(s, op).map((p) => p.name);

    await s.check(`GET ${op.path}: pages add up to total, no record twice, the last nextCursor is null`, async ({ call, note }) => {
      const first = await call(owner, 'GET', path, { query: { limit: '1' } });
      expect(first.status === 200, `limit=1 answered ${first.status}`);
      expect(first.body.items.length <= 1, `limit=1 gave ${first.body.items.length} items`);
      const total = first.body.total;
      // At most ~6 pages, whatever the size of the list; a large list is walked for 6 pages only.
      const limit = Math.min(100, Math.max(1, Math.ceil(total / 5)));
      const ids = new Set();
      let cursor;
      let pages = 0;
      do {
        const page = await call(owner, 'GET', path, { query: { limit: String(limit), ...(cursor ? { cursor } : {}) } });
        expect(page.status === 200, `page ${pages + 1} answered ${page.status}`);
        expect(page.body.items.length <= limit, `page ${pages + 1} has ${page.body.items.length} items for limit ${limit}`);
        expect(page.body.total === total, `total changed from ${total} to ${page.body.total}`);
        for (const item of page.body.items) {
          expect(!ids.has(item.id), `${item.id} came twice`);
          ids.add(item.id);
        }
        cursor = page.body.nextCursor;
        pages += 1;
        if (cursor) expect(page.body.items.length > 0, 'an empty page with a nextCursor');
      } while (cursor && pages < 6);
      if (!cursor) expect(ids.size === total, `the pages hold ${ids.size} records, total says ${total}`);
      note(`${total} records, ${pages} pages of ${limit}`);
    });

    await s.check(`GET ${op.path}: limit=0, a made-up cursor${names.includes('status') ? ' and an unknown status' : ''} answer 422 naming the parameter`, async ({ call }) => {
      const bad = [
        ['limit', '0'],
        ['cursor', 'conformance-not-a-cursor'],
        ...(names.includes('status') ? [['status', 'conformance-bogus']] : []),
      ];
      for (const [name, value] of bad) {
        const response = await call(owner, 'GET', path, { query: { [name]: value } });
        expect(response.status === 422, `${name}=${value} answered ${response.status}`);
        expect(response.body.error.fields?.[name], `${name}=${value}: no fields.${name} in ${response.text.slice(0, 120)}`);
      }
    });

    await s.check(`GET ${op.path}: a limit above the maximum is capped (at most ${s.maxPageSize} records), not refused`, async ({ call, note }) => {
      const response = await call(owner, 'GET', path, { query: { limit: '100000' } });
      expect(response.status === 200, `limit=100000 answered ${response.status}`);
      const { items, total, nextCursor } = response.body;
      expect(items.length <= s.maxPageSize, `limit=100000 gave ${items.length} records, more than ${s.maxPageSize} (a larger maximum? pass --max-page-size)`);
      expect(items.length >= total || nextCursor, `limit=100000 gave ${items.length} of ${total} records and no nextCursor`);
      note(`${items.length} of ${total} items`);
    });
  }

  // A cap shows only on a list longer than it: the first company's sites, filled above the maximum.
  const company = s.companyIds[0];
  const sitesPath = `/companies/${encodeURIComponent(company)}/sites`;
  const max = s.maxPageSize;
  const canFill = ['listSites', 'createSite', 'deleteSite'].every((id) => s.operations.some((o) => o.id === id));
  const manages = s.session('owner').companies.find((c) => c.id === company)?.permissions.includes('company.sites.manage');
  await s.check(
    `GET /companies/{companyId}/sites with more sites than the maximum page size (${max}): limit=100000 answers at most ${max}, and a nextCursor`,
    async ({ call, note }) => {
      const before = await call(owner, 'GET', sitesPath, { query: { limit: '1' } });
      expect(before.status === 200, `GET answered ${before.status}`);
      const missing = Math.max(0, max + 1 - before.body.total);
      const made = [];
      // Five at a time; each site is registered for clean-up as soon as it exists.
      for (let from = 0; from < missing; from += 5) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(5, missing - from) }, async (_, i) => {
            const body = { name: s.name(`page ${from + i + 1}`), address: '1 Conformance Road', timeZone: 'Europe/Paris' };
            const response = s.deleteLater(await call(owner, 'POST', sitesPath, { body }), sitesPath, `site ${body.name}`);
            if (response.cleanedUp) made.push({ one: `${sitesPath}/${encodeURIComponent(response.body.id)}`, cleanedUp: response.cleanedUp });
            return response;
          }),
        );
        for (const response of batch) expect(response.status === 201, `adding a site answered ${response.status} ${response.text.slice(0, 120)}`);
      }
      const page = await call(owner, 'GET', sitesPath, { query: { limit: '100000' } });
      expect(page.status === 200, `limit=100000 answered ${page.status}`);
      const { items, total, nextCursor } = page.body;
      expect(total > max, `total ${total} after adding ${missing} sites`);
      expect(items.length <= max, `limit=100000 gave ${items.length} of ${total} sites: not capped at ${max} (a larger maximum? pass --max-page-size)`);
      expect(nextCursor, `limit=100000 gave ${items.length} of ${total} sites and no nextCursor`);
      for (let from = 0; from < made.length; from += 5) {
        await Promise.all(
          made.slice(from, from + 5).map(async ({ one, cleanedUp }) => {
            const removed = await call(owner, 'DELETE', one);
            expect(removed.status === 204, `removing ${one} answered ${removed.status}`);
            cleanedUp();
          }),
        );
      }
      note(`${missing} sites added and removed; ${items.length} of ${total} on the page`);
    },
    { unless: !canFill ? 'listSites, createSite or deleteSite not in this openapi.json' : manages ? undefined : `the owner may not add sites to ${company}` },
  );

  await s.check('GET /organization/admin-team?q= searches on the server, ignoring case', async ({ call }) => {
    const { user } = s.session('owner');
    const response = await call(owner, 'GET', '/organization/admin-team', { query: { q: user.email.toUpperCase() } });
    expect(response.status === 200, `answered ${response.status}`);
    expect(response.body.items.some((m) => m.userId === user.id), `the owner (${user.email}) is not among the results`);
  });
}
