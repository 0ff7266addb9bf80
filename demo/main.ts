/**
 * The demo app served by `npm start`: the whole <settings-app> on the MSW mock tenants, with a
 * persona switcher (`?persona=<id>`), deep links (`?section=<id>`), "Reset mock data" and a log of
 * the events a host would receive.
 */
import { html, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { startMockWorker } from '../mocks/browser.js';
import { isPersonaId, personas, tokenFor, type PersonaId } from '../mocks/personas.js';
import { createHttpClient } from '../src/index.js';
import type { SettingsProvider } from '../src/components/settings-provider/settings-provider.js';
import '../src/define.js';

const params = new URL(location.href).searchParams;
const requested = params.get('persona') ?? 'owner';
let persona: PersonaId = isPersonaId(requested) ? requested : 'owner';
let section = params.get('section') ?? 'personal/general';

const { db } = await startMockWorker({ latency: [80, 300] });

const select = document.querySelector<HTMLSelectElement>('#persona')!;
const description = document.querySelector<HTMLParagraphElement>('#persona-description')!;
const app = document.querySelector<HTMLElement>('#app')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

for (const p of personas) select.add(new Option(`${p.label} (${p.id})`, p.id, false, p.id === persona));
select.addEventListener('change', () => {
  persona = select.value as PersonaId;
  updateUrl();
  renderApp();
});

document.querySelector('#reset')!.addEventListener('click', () => {
  db.reset();
  logEvent('mock data reset');
  void document.querySelector<SettingsProvider>('settings-provider')?.reload();
});

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
  history.replaceState(null, '', url);
}

function logEvent(text: string): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}

function renderApp(): void {
  description.textContent = personas.find((p) => p.id === persona)?.description ?? '';
  const client = createHttpClient({ baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor(persona)}` } });
  // A new persona is a new signed-in user: a fresh provider, so no company selection carries over.
  render(
    keyed(
      persona,
      html`
        <settings-provider .client=${client} support-email="support@example.com">
          <settings-app section=${section} link-template=${`?persona=${persona}&section={section}`}></settings-app>
        </settings-provider>
      `,
    ),
    app,
  );
}

renderApp();
