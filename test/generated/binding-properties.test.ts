import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import * as library from '../../src/index.js';
import { settableProperties, type ManifestDeclaration } from '../../scripts/generate/framework-bindings/settable-properties.mjs';

/**
 * The framework bindings (`npm run sync-bindings`) know an element's properties only from
 * custom-elements.json. The React wrappers set a prop as a property only when it is listed there (any
 * other prop goes to React, which writes an object as "[object Object]" in React 17 and 18), and the
 * Vue, Svelte and JSX types offer only what is listed. So every reactive property a host may set must
 * be in the manifest as a settable field, by the generator's own rule (settableProperties).
 */

describe('framework bindings: the manifest lists every property a host may set', () => {
  it('has each element’s public reactive properties as settable fields', async () => {
    // Written by `npm run analyze` (CI runs it first), served from the repository's root.
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is missing: run `npm run analyze`').to.equal(true);
    const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    expect(elements.length).to.be.greaterThan(15);
    const exported = library as unknown as Record<string, typeof ReactiveElement | undefined>;
    for (const declaration of elements) {
      const element = exported[declaration.name];
      expect(element, `${declaration.name} is exported`).to.exist;
      // `@state()` fields are the element's own: a host does not set them.
      const reactive = [...element!.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
      const listed = new Set(settableProperties(declaration).map((property) => property.name));
      expect(reactive.filter((name) => !listed.has(name)), `<${declaration.tagName}>'s properties missing from the manifest`).to.deep.equal([]);
    }
  });
});
