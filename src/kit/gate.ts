import type { SectionId } from '../access/sections.js';
import type { SettingsContextValue } from '../context/settings-context.js';

/**
 * The access gate for a read's args: `args` is only called — so a request is only possible — when
 * the user may see `section` (or manage it, with `requires: 'manage'`); otherwise the read gets
 * `null` and sends nothing. Every read of a panel or of its sub-elements goes through this, so a
 * sub-element cannot ask for data its section hides.
 *
 * Return primitives (ids) and the client from `args`: they keep their identity across session
 * refreshes, while a fresh object would reload on every refresh.
 */
export function gatedArgs<A>(
  settings: () => SettingsContextValue | undefined,
  section: SectionId,
  args: (settings: SettingsContextValue) => A | null,
  options: { requires?: 'view' | 'manage' } = {},
): () => A | null {
  return () => {
    const current = settings();
    const access = current?.access(section);
    if (!current || !access?.allowed) return null;
    if (options.requires === 'manage' && access.mode !== 'manage') return null;
    return args(current);
  };
}
