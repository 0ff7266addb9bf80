/**
 * The entries of a form's draft that differ from the saved values: what a save sends, and whether
 * the form is dirty. A field changed and changed back is not a change. Used by the forms that keep
 * a partial draft over what the server stored (Preferences, Data preferences).
 */
export function changedFrom<T extends object>(draft: Partial<T>, saved: T): Partial<T> {
  return Object.fromEntries(Object.entries(draft).filter(([key, value]) => saved[key as keyof T] !== value)) as Partial<T>;
}
