/**
 * The demo app served by `npm start`: the whole <settings-app> on the MSW mock tenants, with a
 * persona switcher (`?persona=<id>`), a language switcher (`?lang=de|fr|ar|en-XA|user`), deep links
 * (`?section=<id>`), when sections' code is fetched (`?prefetch=idle|intent|none`), "Reset mock data", a mock-only
 * "Simulate API traffic" control (so QA can watch an API key's "last used" change) and a log of
 * the events a host would receive.
 */
import { html, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { startMockWorker } from '../mocks/browser.js';
import { createMockDb } from '../mocks/db.js';
import type { ChaosOptions } from '../mocks/handlers.js';
import { isPersonaId, personas, tokenFor, type PersonaId } from '../mocks/personas.js';
import { createHttpClient } from '../src/client.js';
import type { SettingsProvider } from '../src/components/settings-provider/settings-provider.js';
// The provider and the shell only, as a host would: each section's code arrives when it is needed.
import '../src/define/settings-provider.js';
import '../src/define/settings-app.js';
import { loadLocale } from '../src/i18n/load-locale.js';
// A host section, built from the public exports only: Personal > Notifications.
import { createNotificationsClient } from './notifications/notifications-api.js';
import { createNotificationHandlers } from './notifications/notifications-mocks.js';
import { notificationsSection } from './notifications/notifications-section.js';

const params = new URL(location.href).searchParams;
const requested = params.get('persona') ?? 'owner';
let persona: PersonaId = isPersonaId(requested) ? requested : 'owner';
let section = params.get('section') ?? 'personal/general';
/** `user`: the signed-in user's own language (Personal > Preferences), where we ship it. */
const languages: [string, string][] = [['en', 'English'], ['de', 'Deutsch'], ['fr', 'Français'], ['ar', 'العربية'], ['en-XA', 'Pseudo-locale (en-XA)'], ['user', "The user's language"]];
const prefetch = params.get('prefetch') ?? 'idle';
let language = languages.some(([tag]) => tag === params.get('lang')) ? params.get('lang')! : 'en';

const app = document.querySelector<HTMLElement>('#app')!;
const db = createMockDb();
// `?mock-latency=0-0` answers at once (the benchmark); by default responses take a realistic while.
const latency = /^(\d+)-(\d+)$/.exec(params.get('mock-latency') ?? '');
// index.html's "Loading the demo…" gives way to Lit, which renders into #app from here on.
app.replaceChildren();
render(html`<p class="demo-status" role="status">Starting the mock API…</p>`, app);
try {
  await startMockWorker({
    db,
    latency: latency ? [Number(latency[1]), Number(latency[2])] : [80, 300],
    chaos: chaosFromUrl(),
    handlers: createNotificationHandlers({ db }),
  });
} catch (error) {
  renderMockStartError(error);
  // Everything below needs the mock API: the page stops here, with the error in view.
  throw error;
}
// For QA scripts (the chaos run): what the mock server holds, to compare with what the UI says.
Object.assign(window, { settingsDemo: { db } });

/** In place of the app: why the mock API is not there, and what to do (MSW's own errors say it too). */
function renderMockStartError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  render(
    html`
      <section id="mock-error" class="demo-error" role="alert" aria-labelledby="mock-error-title">
        <h2 id="mock-error-title">The mock API did not start</h2>
        <p>${message}</p>
        <p>
          <button type="button" @click=${() => location.reload()}>Reload the page</button>
        </p>
      </section>
    `,
    app,
  );
}

/**
 * The `unstable` persona's bad network, replayable from the URL: `chaos-seed=7`,
 * `chaos-latency=0-40` (ms), `chaos-retry-after=0-1` (s), `chaos-rate=0.3`.
 */
function chaosFromUrl(): ChaosOptions {
  const range = (name: string): [number, number] | undefined => {
    const match = /^(\d+)-(\d+)$/.exec(params.get(name) ?? '');
    return match ? [Number(match[1]), Number(match[2])] : undefined;
  };
  const seed = Number(params.get('chaos-seed'));
  const rate = Number(params.get('chaos-rate'));
  const latency = range('chaos-latency');
  const retryAfter = range('chaos-retry-after');
  return {
    ...(seed ? { seed } : {}),
    ...(params.has('chaos-rate') && rate >= 0 && rate <= 1 ? { rate } : {}),
    ...(latency ? { latency } : {}),
    ...(retryAfter ? { retryAfter } : {}),
  };
}

const select = document.querySelector<HTMLSelectElement>('#persona')!;
const description = document.querySelector<HTMLParagraphElement>('#persona-description')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const trafficKey = document.querySelector<HTMLSelectElement>('#traffic-key')!;
const trafficSend = document.querySelector<HTMLButtonElement>('#traffic-send')!;
const trafficAuto = document.querySelector<HTMLInputElement>('#traffic-auto')!;

for (const p of personas) select.add(new Option(`${p.label} (${p.id})`, p.id, false, p.id === persona));
const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
for (const [tag, name] of languages) languageSelect.add(new Option(name, tag, false, tag === language));
languageSelect.addEventListener('change', () => {
  language = languageSelect.value;
  updateUrl();
  renderApp();
});
select.addEventListener('change', () => {
  persona = select.value as PersonaId;
  updateUrl();
  renderApp();
  listTrafficKeys();
});

document.querySelector('#reset')!.addEventListener('click', () => {
  db.reset();
  logEvent('mock data reset');
  void document.querySelector<SettingsProvider>('settings-provider')?.reload();
  listTrafficKeys();
});

trafficSend.addEventListener('click', sendRequest);
// Keeps going while a rotation's modal dialog blocks the page, so Refresh there shows new traffic.
let trafficTimer: ReturnType<typeof setInterval> | undefined;
trafficAuto.addEventListener('change', () => {
  clearInterval(trafficTimer);
  if (trafficAuto.checked) trafficTimer = setInterval(sendRequest, 5000);
});

function sendRequest(): void {
  const option = trafficKey.selectedOptions[0];
  if (!option?.value) return;
  // The mock server answers as a real API would: only an active key's request counts.
  const counted = db.recordApiKeyUse(option.value);
  logEvent(counted ? `API request with ${option.text}: last used is now` : `API request with ${option.text} refused: the key is no longer active`);
  if (!counted) listTrafficKeys();
}

// Keys come and go with the API keys panel: list them again after each change.
for (const type of ['settings-api-key-created', 'settings-api-key-revoked']) {
  app.addEventListener(type, (event) => {
    logEvent(`${type} ${(event as Event & { apiKey: { name: string } }).apiKey.name}`);
    listTrafficKeys();
  });
}

/** The current persona's active keys, newest first (a rotation's replacement on top). */
function listTrafficKeys(): void {
  let keys: { id: string; name: string; prefix: string }[] = [];
  try {
    keys = db.actingAs(persona).listApiKeys({ status: 'active', limit: 100 }).items;
  } catch {
    // The persona may not see API keys (no feature, no permission): nothing to send with.
  }
  const selected = trafficKey.value;
  trafficKey.replaceChildren(...keys.map((key) => new Option(`${key.name} (${key.prefix}…)`, key.id, false, key.id === selected)));
  if (keys.length === 0) trafficKey.add(new Option('No active key for this persona', ''));
  trafficKey.disabled = trafficSend.disabled = trafficAuto.disabled = keys.length === 0;
}

// What a host would listen to: routing, company changes, sign-in.
for (const type of ['settings-navigate', 'settings-company-changed', 'settings-unauthorized', 'settings-session-error']) {
  app.addEventListener(type, (event) => {
    const detail = event as Event & { section?: string; companyId?: string };
    logEvent(`${type} ${detail.section ?? detail.companyId ?? ''}`.trim());
    if (detail.section) {
      section = detail.section;
      updateUrl();
    }
  });
}

function updateUrl(): void {
  const url = new URL(location.href);
  url.searchParams.set('persona', persona);
  url.searchParams.set('section', section);
  if (language === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  history.replaceState(null, '', url);
}

function logEvent(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}

function renderApp(): void {
  description.textContent = personas.find((p) => p.id === persona)?.description ?? '';
  const connection = { baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor(persona)}` } };
  // The host's client: the settings contract plus its own routes, so its section shares the 401 handling.
  const client = { ...createHttpClient(connection), ...createNotificationsClient(connection) };
  // A new persona is a new signed-in user: a fresh provider, so no company selection carries over.
  render(
    keyed(
      persona,
      html`
        <settings-provider
          .client=${client}
          .sections=${[notificationsSection]}
          .loadTranslation=${loadLocale}
          locale=${language === 'user' ? 'en' : language}
          ?follow-user-language=${language === 'user'}
          support-email="support@example.com"
        >
          <settings-app section=${section} prefetch=${prefetch} link-template=${`?persona=${persona}${language === 'en' ? '' : `&lang=${language}`}&section={section}`}></settings-app>
        </settings-provider>
      `,
    ),
    app,
  );
}

renderApp();
listTrafficKeys();
