import type { SectionDefinition } from '../../access/sections.js';
import { expectDefined, importChunk } from '../../internal/define-element.js';
import { sectionLoaders } from './section-loaders.js';

/** Where a section's code stands for one shell: defined, on its way, failed, or with no way to load it. */
export type SectionCodeStatus = 'ready' | 'loading' | 'failed' | 'unloadable';

/**
 * The loads in flight, page-wide by tag, so two shells (or a prefetch and a click) fetch a section's
 * chunk once. A failed load leaves the map, so Try again calls its loader anew.
 */
const inFlight = new Map<string, Promise<void>>();
/** The tags whose load has failed, page-wide: the engine may keep that failure (`importChunk`). */
const failures = new Set<string>();

/**
 * Loads the code of sections for one `<settings-app>`: ours through their define module's dynamic
 * import (`section-loaders.ts`), a host's through its `load`. Tells the shell when a load it asked
 * for settles, and remembers which failed, so the section shows an error with Try again until the
 * user asks — a prefetch that failed says nothing until the section is opened.
 */
export class SectionCode {
  readonly #changed: () => void;
  /** Tags whose load this shell waits for, to render again once it settles. */
  readonly #waiting = new Set<string>();
  readonly #failed = new Set<string>();

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Where `section`'s code stands; starts loading it if it may be loaded and is not yet. */
  status(section: SectionDefinition): SectionCodeStatus {
    const tag = section.tagName;
    if (customElements.get(tag)) return 'ready';
    if (this.#failed.has(tag)) return 'failed';
    if (this.#waiting.has(tag)) return 'loading';
    const load = this.#load(section);
    if (!load) return 'unloadable';
    this.#waiting.add(tag);
    load.then(
      () => {
        this.#waiting.delete(tag);
        this.#changed();
      },
      (error: unknown) => {
        this.#waiting.delete(tag);
        console.error(`Section "${section.id}": its code could not be loaded.`, error);
        this.#failed.add(tag);
        this.#changed();
      },
    );
    return 'loading';
  }

  /**
   * Fetches `section`'s code ahead of need; settles when done. A failure is kept quiet until the
   * section is opened; a success for a section that shows its failure puts the section on screen.
   */
  prefetch(section: SectionDefinition): Promise<void> {
    const tag = section.tagName;
    if (customElements.get(tag)) return Promise.resolve();
    const load = this.#load(section);
    if (!load) return Promise.resolve();
    return load.then(
      () => {
        if (this.#failed.delete(tag)) this.#changed();
      },
      () => undefined,
    );
  }

  /** Forgets the failure of `section`'s code: the next `status` loads it again. */
  retry(section: SectionDefinition): void {
    this.#failed.delete(section.tagName);
  }

  #load(section: SectionDefinition): Promise<void> | undefined {
    const tag = section.tagName;
    const loader = section.load ?? sectionLoaders[tag];
    if (!loader) return undefined;
    let load = inFlight.get(tag);
    if (!load) {
      // Our define modules, and a host's loader as documented, define the tag before they resolve.
      load = importChunk(loader, failures.has(tag)).then(() => expectDefined(tag));
      inFlight.set(tag, load);
      load.catch(() => {
        inFlight.delete(tag);
        failures.add(tag);
      });
    }
    return load;
  }
}
