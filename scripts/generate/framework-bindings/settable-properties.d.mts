/** Types of settable-properties.mjs, for the TypeScript test that imports it. */
export interface ManifestDeclaration {
  readonly name: string;
  readonly tagName?: string;
  readonly attributes?: readonly { readonly name: string; readonly fieldName?: string }[];
  readonly members?: readonly {
    readonly kind: string;
    readonly name: string;
    readonly privacy?: string;
    readonly static?: boolean;
    readonly readonly?: boolean;
    readonly attribute?: string;
    readonly type?: { readonly text: string };
  }[];
}

export function settableProperties(declaration: ManifestDeclaration): { name: string; attribute?: string }[];
