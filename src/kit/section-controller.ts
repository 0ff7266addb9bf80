import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccessDecision } from '../access/evaluate-access.js';
import type { SectionId } from '../access/sections.js';
import type { SettingsApiError } from '../api/errors.js';
import type { ListQuery, Page } from '../api/types.js';
import { settingsContext, type SettingsContextValue } from '../context/settings-context.js';
import { withLocale } from '../i18n/localize.js';
import { DialogController, type DialogWrites } from './dialog-controller.js';
import { PagedListController } from './paged-list-controller.js';
import { ResourceController } from './resource-controller.js';
import { WriteController, type WriteOptions } from './write-controller.js';

export interface SectionControllerOptions {
  /**
   * What the element's reads need: `view` (the default) loads whenever the user may see the
   * section; `manage` only when they may change it (a dialog that only managers open).
   */
  readonly requires?: 'view' | 'manage' | undefined;
  /**
   * Another company came on screen: drop what belonged to the last one (drafts, status lines). A
   * company section's dialogs close by themselves.
   */
  readonly companyChanged?: (() => void) | undefined;
  /**
   * Another user is signed in (the host swapped the client, or the session now belongs to someone
   * else): drop what was the last user's, so it is neither shown to nor saved for the new one.
   */
  readonly userChanged?: (() => void) | undefined;
}

/** What a read's `args` returns: its inputs, or `null` when there is nothing to load yet. */
export type ReadArgs<A extends readonly unknown[]> = (settings: SettingsContextValue) => A | null;

/** A read or write of the element, and whether it waits for the server now. */
interface Settling {
  readonly item: { readonly taskComplete: Promise<void> };
  readonly waiting: () => boolean;
}

/**
 * Everything an element of one section needs to read and write through the provider, in one line:
 *
 * ```ts
 * #section = new SectionController(this, 'organization/api-keys', { requires: 'manage' });
 * #keys = this.#section.resource({ args: (s) => [s.client] as const, load: ([client], signal) => … });
 * #revoke = this.#section.write({ run: (key, { client }) => client.revokeApiKey(key.id), change: … });
 * ```
 *
 * It consumes the provider's context, so the element updates when the session, the company or the
 * language changes. Its reads send nothing unless the user may see the section (or manage it, with
 * `requires: 'manage'`); they pass the user's id as their identity, so another user's data is loaded
 * afresh. A 403 refreshes the session once, and again only after one of the element's reads
 * succeeded, so a server that keeps answering 403 cannot start a loop. It calls `companyChanged` and
 * `userChanged` before the update that shows the new company or user renders, and before the reads
 * reload — add it before them (a field initialised first).
 *
 * `SettingsPanel` has one as `this.section`; a sub-element of a panel (a dialog with its own
 * reads) makes its own.
 */
export class SectionController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #section: () => SectionId;
  #options: SectionControllerOptions;
  #context: ContextConsumer<typeof settingsContext, ReactiveControllerHost & HTMLElement>;
  /** Whose data and which company the element last rendered. */
  #userId: string | undefined;
  #companyId: string | null | undefined;
  /** A 403 already refreshed the session; cleared when a read succeeds again. */
  #refreshedOn403 = false;
  #settling: Settling[] = [];
  #dialogs: DialogController<{ readonly kind: string }>[] = [];
  #writes: { reset(): void }[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, section: SectionId | (() => SectionId), options: SectionControllerOptions = {}) {
    this.#host = host;
    this.#section = typeof section === 'function' ? section : () => section;
    this.#options = options;
    this.#context = new ContextConsumer(host, { context: settingsContext, subscribe: true });
    host.addController(this);
  }

  /** The provider's context: client, session, selected company, access rules; `undefined` outside a loaded provider. */
  get settings(): SettingsContextValue | undefined {
    return this.#context.value;
  }

  /** Whether (and how) the user may see the section; `undefined` before the session loaded. */
  get access(): AccessDecision | undefined {
    return this.settings?.access(this.#section());
  }

  /** True when the user may create, edit and delete here; otherwise the section is read-only. */
  get canManage(): boolean {
    const access = this.access;
    return access?.allowed === true && access.mode === 'manage';
  }

  /**
   * Settles when every read and write made by this controller has settled — loads that start
   * meanwhile included — and the element has rendered the outcome. Await it instead of polling.
   */
  get taskComplete(): Promise<void> {
    return this.#settle();
  }

  async #settle(): Promise<void> {
    // What settles may start more (a write's answer reloads a list; an update starts a read): done
    // when an update found nothing waiting. A disconnected element's loads were aborted and still
    // read as pending: nothing will settle them, so it is done at once (waiting would spin forever).
    do {
      await Promise.all(this.#settling.map(({ item }) => item.taskComplete));
    } while (!(await this.#host.updateComplete) || (this.#host.isConnected && this.#settling.some(({ waiting }) => waiting())));
  }

  /**
   * Runs `make` in the provider's language (the page's without a provider), as the element's update
   * should run (`SettingsPanel`'s does): for a string made outside it — in an event handler, after
   * an `await` — such as a status line or a form's errors.
   */
  inLocale<T>(make: () => T): T {
    return withLocale(this.settings?.locale, make);
  }

  /**
   * A read: loads when its args change, aborts the request in flight when they change again or the
   * element leaves the page. `args` is only called when the user may see the section; return the
   * client and ids (which keep their identity across session refreshes), or `null` for nothing yet.
   */
  resource<T, A extends readonly unknown[]>(options: {
    readonly args: ReadArgs<A>;
    readonly load: (args: A, signal: AbortSignal) => Promise<T>;
  }): ResourceController<T, A> {
    const resource = new ResourceController<T, A>(this.#host, { ...this.#readWiring(options.args), load: options.load });
    return this.#track(resource, () => resource.status === 'pending');
  }

  /** A server-searched, paged read with the same guarantees as `resource`. */
  pagedList<T, A extends readonly unknown[]>(options: {
    readonly args: ReadArgs<A>;
    readonly load: (args: A, query: ListQuery, signal: AbortSignal) => Promise<Page<T>>;
    readonly pageSize?: number | undefined;
    /** What tells rows apart, to drop a row a later page sends again: the row's `id` unless told. */
    readonly key?: ((row: T) => unknown) | undefined;
  }): PagedListController<T, A> {
    const list = new PagedListController<T, A>(this.#host, { ...options, ...this.#readWiring(options.args) });
    return this.#track(list, () => list.status === 'pending' || list.loadingMore);
  }

  /**
   * One write operation, with its own pending state, error and result (see `WriteController`). A
   * company section's writes are company-scoped: their answer is dropped as `stale` when the user
   * switches company meanwhile; set `companyScoped` to say otherwise.
   */
  write<I, T>(options: WriteOptions<I, T> & { readonly companyScoped?: boolean | undefined }): WriteController<I, T> {
    const { companyScoped, ...rest } = options;
    const write = new WriteController<I, T>(this.#host, {
      ...rest,
      settings: () => this.settings,
      section: () => this.#section(),
      companyScoped: () => companyScoped ?? this.#inCompanyScope,
      onError: (error) => this.#forbidden(error),
    });
    this.#writes.push(write);
    return this.#track(write, () => write.pending);
  }

  /**
   * The element's dialogs: which one is open, each kind's write (reset when a dialog opens, and
   * holding the dialog open while it runs). It closes when another user comes on screen, and in a
   * company section when another company does.
   */
  dialog<D extends { readonly kind: string }>(writes: DialogWrites<D> = {}): DialogController<D> {
    const dialog = new DialogController<D>(this.#host, writes, () => {
      for (const write of this.#writes) write.reset();
    });
    this.#dialogs.push(dialog);
    return dialog;
  }

  hostUpdate(): void {
    const settings = this.settings;
    const userId = settings?.session.user.id;
    // No session for a moment (it is reloading) is neither another user nor another company.
    if (!settings || userId === undefined) return;
    const userChanged = this.#userId !== undefined && userId !== this.#userId;
    const companyChanged = this.#companyId !== undefined && settings.companyId !== this.#companyId;
    this.#userId = userId;
    this.#companyId = settings.companyId;
    if (userChanged) {
      this.#dialogsClose();
      (this.#options.userChanged ?? this.#options.companyChanged)?.();
    } else if (companyChanged) {
      // A company section's dialog is about the company that left; another section's is not.
      if (this.#inCompanyScope) this.#dialogsClose();
      this.#options.companyChanged?.();
    }
  }

  /** A Company section: its data and writes belong to the selected company. */
  get #inCompanyScope(): boolean {
    return this.settings?.sections.get(this.#section())?.scope === 'company';
  }

  #dialogsClose(): void {
    for (const dialog of this.#dialogs) dialog.close();
  }

  #track<C extends Settling['item']>(item: C, waiting: () => boolean): C {
    this.#settling.push({ item, waiting });
    return item;
  }

  #readWiring<A extends readonly unknown[]>(args: ReadArgs<A>) {
    return {
      args: () => {
        const settings = this.settings;
        const access = settings?.access(this.#section());
        if (!settings || !access?.allowed) return null;
        if (this.#options.requires === 'manage' && access.mode !== 'manage') return null;
        return args(settings);
      },
      identity: () => this.settings?.session.user.id,
      onError: (error: SettingsApiError) => this.#forbidden(error),
      onSuccess: () => {
        this.#refreshedOn403 = false;
      },
    };
  }

  /** A 403 means permissions changed under the user: refresh what they may see (once). */
  #forbidden(error: SettingsApiError): void {
    if (error.status !== 403 || this.#refreshedOn403) return;
    this.#refreshedOn403 = true;
    void this.settings?.refreshSession();
  }
}
