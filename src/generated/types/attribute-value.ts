/**
 * What a tag's attribute spelling accepts in a template (`link-template="…"`, `follow-hash`), for
 * the JSX and Svelte types: a boolean property's attribute is there or not; a string property
 * takes its own values (a union stays a union); anything else, such as `omit-sections`, is text
 * the element parses.
 */
export type AttributeValue<T> = T extends boolean ? boolean : T extends string | undefined ? T : string;
