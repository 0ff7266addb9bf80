import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, languageTag, registeredFor, registerTranslation, type Translation } from '../../i18n/localize.js';

/** Loads the catalog of a locale no module has registered yet (e.g. `loadLocale` from `settings-elements/locales`). */
export type TranslationLoader = (tag: string) => Promise<Translation | undefined>;

export interface LocaleSource {
  /** The host's choice (`locale` attribute), if any. */
  locale: string | undefined;
  /** The user's saved language, when the host opted in to following it. */
  userLanguage: string | undefined;
  loader: TranslationLoader | undefined;
}

/**
 * The provider's language: the user's own (when followed), else the provider's `locale` or `lang`,
 * else the nearest `lang` above it (the page's), else English. A locale without a catalog falls back
 * to English text and formats — never English words in a German date. It is the provider's alone
 * (`active`, which the provider puts in its context): the page's locale (`setLocale`) and other
 * providers are left as they are. Sets `lang` on the provider, and `dir="rtl"` for a right-to-left
 * language (unless the host set them), so the whole area, slotted elements too, is read and
 * mirrored correctly. A catalog that arrives after the provider left the page is not applied; back
 * on the page, the provider chooses again.
 */
export class LocaleController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #source: () => LocaleSource;
  #requested: string | undefined;
  #active = 'en';
  #wrote = { lang: false, dir: false };
  /** The language asked for last, while its catalog loads: a newer one replaces it. */
  #applying: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => LocaleSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  /** The locale in effect; the provider puts it in the context so every element re-renders in it. */
  get active(): string {
    return this.#active;
  }

  /** Settles when the language asked for last is in effect (its catalog loaded, or English instead). */
  get taskComplete(): Promise<void> {
    return this.#applying;
  }

  hostConnected(): void {
    // Back on the page (leaving dropped the request): choose again, maybe under another `lang`.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#requested = undefined;
  }

  /**
   * Asks for the language the source names now: in effect at once when it is English or its catalog
   * is registered, otherwise once the loader answered. The provider calls it in `willUpdate`, before
   * it puts `active` in its context.
   */
  request(): void {
    const wanted = canonical(this.#wanted());
    if (wanted === this.#requested) return;
    this.#requested = wanted;
    this.#applying = this.#apply(wanted);
  }

  #wanted(): string {
    const { locale, userLanguage } = this.#source();
    const host = this.#host;
    const ownLang = this.#wrote.lang ? undefined : host.getAttribute('lang');
    const pageLang = host.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return userLanguage || locale || ownLang || pageLang || 'en';
  }

  async #apply(tag: string): Promise<void> {
    if (!isEnglish(tag) && !registeredFor(tag)) {
      const loaded = await this.#source()
        .loader?.(tag)
        .catch(() => undefined);
      if (this.#requested !== tag) return;
      if (loaded) registerTranslation(tag, loaded);
    }
    this.#commit(isEnglish(tag) || registeredFor(tag) ? tag : 'en');
  }

  #commit(tag: string): void {
    this.#active = tag;
    const host = this.#host;
    if (this.#wrote.lang || !host.hasAttribute('lang')) {
      host.setAttribute('lang', tag);
      this.#wrote.lang = true;
    }
    // Right-to-left languages mirror the area; otherwise the direction stays the page's (a host's
    // own `dir` always wins).
    if (this.#wrote.dir || !host.hasAttribute('dir')) {
      const rtl = directionOf(tag) === 'rtl';
      if (rtl) host.setAttribute('dir', 'rtl');
      else host.removeAttribute('dir');
      this.#wrote.dir = rtl;
    }
    host.requestUpdate();
  }
}

/** `en_US` (a Java or Python backend's spelling) is `en-US`; what is no language tag is English. */
const canonical = (tag: string) => languageTag(tag) ?? 'en';

const isEnglish = (tag: string) => tag.toLowerCase().split('-')[0] === 'en' && tag.toLowerCase() !== 'en-xa';
