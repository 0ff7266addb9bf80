// Requests derived from openapi.json alone, so a new route is exercised as soon as it is
// documented: its body and parameter examples and the requests to refuse beside them
// (`x-invalid-examples`), a malformed body, every persona, every company (theirs, others', an
// unknown one) and, for `…/{id}` routes, records in each state the collection's list shows (plus
// another tenant's and an unknown id).
import { examplesOf, invalidExamplesOf, resolve } from '../../../conformance/lib/document.mjs';

/** The examples of a media type or parameter: the valid ones, then those to refuse. */
const allExamplesOf = (holder) => [...examplesOf(holder), ...invalidExamplesOf(holder)];

/** The request variants the document suggests for an operation: `{ label, body?, query?, raw? }`. */
export function variantsOf(doc, op) {
  const media = resolve(doc, op.operation.requestBody)?.content?.['application/json'];
  const bodies = media ? allExamplesOf(media) : [];
  if (media && bodies.length === 0) bodies.push({ name: 'empty', value: {} });
  const variants = bodies.length ? bodies.map((b) => ({ label: `body "${b.name}"`, body: b.value })) : [{ label: 'no body' }];
  const query = (op.operation.parameters ?? []).map((p) => resolve(doc, p)).filter((p) => p.in === 'query');
  for (const parameter of query) {
    for (const example of allExamplesOf(parameter)) {
      variants.push({ label: `${parameter.name} "${example.name}"`, query: { [parameter.name]: String(example.value) }, body: bodies[0]?.value });
    }
  }
  if (media) variants.push({ label: 'malformed JSON', raw: '[1, 2', malformed: true });
  return variants;
}
