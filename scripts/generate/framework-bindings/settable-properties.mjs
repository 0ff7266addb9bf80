// The rule of which of an element's manifest members a host may set, in a module of its own with no
// Node import: the generator writes every binding from it, and a browser test
// (test/generated/binding-properties.test.ts) holds it against the elements' reactive properties.

/**
 * The properties a host may set: public instance fields with a type. Readonly fields and getters
 * cannot be set; a field without a type is the analyzer mistaking an assignment to another node
 * (`this.#heading.id = …`) for one of ours.
 * @param {{ attributes?: { name: string, fieldName?: string }[], members?: { kind: string, name: string, privacy?: string, static?: boolean, readonly?: boolean, attribute?: string, type?: { text: string } }[] }} declaration
 * @returns {import('./elements.mjs').ElementProperty[]}
 */
export function settableProperties(declaration) {
  const attributeOf = new Map((declaration.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]));
  return (declaration.members ?? [])
    .filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly && !m.name.startsWith('#') && m.type?.text)
    .map((m) => {
      const attribute = m.attribute ?? attributeOf.get(m.name);
      return attribute ? { name: m.name, attribute } : { name: m.name };
    });
}
