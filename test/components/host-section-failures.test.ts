import { expect, html } from '@open-wc/testing';
import type { SettingsApp } from '../../src/components/settings-app/settings-app.js';
import type { SectionDefinition, SectionRule } from '../../src/access/sections.js';
import { evaluateAccess } from '../../src/access/evaluate-access.js';
import { renderResource } from '../../src/kit/views/states.js';
import { SettingsPanel } from '../../src/kit/settings-panel.js';
import { createMockDb } from '../../mocks/db.js';
import { FakeClient } from '../support/fake-client.js';
import { drainMicrotasks, renderInProvider } from '../support/render.js';
import { link, text } from '../support/dom.js';

/**
 * A host's bug stays in the host's section: a rule that throws makes its section unavailable with
 * a reason, a panel that throws while rendering shows an error in its place; the navigation and
 * every other section keep working, and the console names the section.
 */

/** Acme's reports: throws from `renderPanel` while `reportsBroken` says so. */
let reportsBroken = true;
class AcmeReports extends SettingsPanel {
  protected readonly sectionId = 'acme/reports';
  protected renderPanel() {
    if (reportsBroken) throw new Error('reports exploded');
    return html`<p>reports panel</p>`;
  }
}
customElements.define('acme-reports', AcmeReports);

/** Acme's webhooks: works. */
class AcmeWebhooks extends SettingsPanel {
  protected readonly sectionId = 'acme/webhooks';
  protected renderPanel() {
    return html`<p>webhooks panel</p>`;
  }
}
customElements.define('acme-webhooks', AcmeWebhooks);

/** Acme's audit trail: renders its loading state, then throws once its data has arrived. */
class AcmeAudit extends SettingsPanel {
  protected readonly sectionId = 'acme/audit';
  #entries = this.section.resource({
    args: (settings) => [settings.client] as const,
    load: ([client]) => (client as unknown as { listAuditEntries(): Promise<string[]> }).listAuditEntries(),
  });
  protected renderPanel() {
    return renderResource(this.#entries, {
      complete: (entries) => {
        throw new Error(`cannot render ${entries.length} entries`);
      },
    });
  }
}
customElements.define('acme-audit', AcmeAudit);

/** Acme's exports: its element cannot even be made (a host's bug in its constructor). */
class AcmeExports extends SettingsPanel {
  protected readonly sectionId = 'acme/exports';
  constructor() {
    super();
    throw new Error('exports constructor exploded');
  }
  protected renderPanel() {
    return html`<p>exports panel</p>`;
  }
}
customElements.define('acme-exports', AcmeExports);

const reports: SectionDefinition = { id: 'acme/reports', scope: 'personal', label: 'Reports', tagName: 'acme-reports' };
const webhooks: SectionDefinition = { id: 'acme/webhooks', scope: 'organization', label: 'Webhooks', tagName: 'acme-webhooks', rule: () => ({ allowed: true }) };
const audit: SectionDefinition = { id: 'acme/audit', scope: 'personal', label: 'Audit trail', tagName: 'acme-audit' };
const exportsSection: SectionDefinition = { id: 'acme/exports', scope: 'personal', label: 'Exports', tagName: 'acme-exports' };

/** A rule with a host's bug in it; a new function each time (the console reports each rule once). */
function throwingRule(error: Error): SectionRule {
  return (session) => {
    if (session.user.id) throw error;
    return { allowed: true };
  };
}

const navLabels = (app: SettingsApp) => [...app.shadowRoot!.querySelectorAll('[part~=nav-link]')].map((a) => text(a));
const content = (app: SettingsApp) => app.shadowRoot!.querySelector('[part=content]')!;
/** Whether the current section shows `selector` (a boolean: a failed assertion on an element itself would try to print it). */
const shows = (app: SettingsApp, selector: string) => content(app).querySelector(selector) !== null;

/** Records `console.error` and unhandled rejections while a test runs. */
function watchErrors() {
  const logged: unknown[][] = [];
  const unhandled: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args);
  const onRejection = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  return {
    logged,
    unhandled,
    /** The console.error calls that name `id` in their text. */
    naming: (id: string) => logged.filter((args) => args.some((arg) => typeof arg === 'string' && arg.includes(id))),
    restore() {
      console.error = original;
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

async function renderApp(sections: readonly SectionDefinition[], section: string, fake = new FakeClient({ session: createMockDb().sessionFor('owner') })) {
  const { element } = await renderInProvider<SettingsApp>(html`<settings-app section=${section}></settings-app>`, { client: fake.client, sections });
  await settled(element);
  return element;
}

/** The panel's own update (a microtask after the shell's) and the shell's answer to it. */
async function settled(app: SettingsApp): Promise<void> {
  await drainMicrotasks();
  await app.updateComplete;
}

async function go(app: SettingsApp, name: string): Promise<void> {
  link(app, name).click();
  await settled(app);
}

describe('host section failures', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    reportsBroken = true;
  });
  afterEach(() => errors.restore());

  it('makes a section whose rule throws unavailable with a reason, keeping the navigation and the other sections', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'plan')");
    const broken: SectionDefinition = { id: 'acme/exports', scope: 'organization', label: 'Exports', tagName: 'acme-exports', rule: throwingRule(bug) };
    const app = await renderApp([webhooks, broken], 'personal/general');

    expect(navLabels(app)).to.include.members(['General', 'Preferences', 'Sites', 'API keys', 'Webhooks']);
    expect(navLabels(app)).to.not.include('Exports');
    const hidden = app.shadowRoot!.querySelector('[part=hidden-help] li[data-section="acme/exports"]');
    expect(text(hidden)).to.equal('Organization › Exports: This section could not decide who may see it. Try again later.');

    // Another section still opens; a deep link to the broken one explains itself.
    await go(app, 'Webhooks');
    expect(text(app.shadowRoot!.querySelector('acme-webhooks')?.shadowRoot)).to.equal('webhooks panel');
    app.section = 'acme/exports';
    await app.updateComplete;
    const notice = content(app).querySelector('[part=access-notice]');
    expect(notice?.getAttribute('data-reason')).to.equal('rule-failed');
    expect(text(content(app).querySelector('h2'))).to.equal('Exports is not available');

    // Said once, naming the host's definition, with the host's error — not on every render.
    expect(errors.naming('acme/exports')).to.have.length(1);
    expect(errors.naming('acme/exports')[0]).to.include(bug);
    expect(errors.logged).to.have.length(1);
  });

  it('answers rule-failed from evaluateAccess for a rule that throws (or answers nothing), reporting each rule once', () => {
    const bug = new Error('rule bug');
    const broken: SectionDefinition = { id: 'acme/exports', scope: 'personal', label: 'Exports', tagName: 'acme-exports', rule: throwingRule(bug) };
    const session = createMockDb().sessionFor('owner');
    const ruleFailed = { allowed: false, reason: 'rule-failed', message: 'This section could not decide who may see it. Try again later.' };
    expect(evaluateAccess(session, broken)).to.deep.equal(ruleFailed);
    expect(evaluateAccess(session, broken)).to.deep.equal(ruleFailed);
    expect(errors.naming('acme/exports')).to.have.length(1);
    expect(errors.naming('acme/exports')[0]).to.include(bug);

    // A rule that forgot its `return`: the same, not a TypeError out of the shell's render.
    const silent = { ...broken, id: 'acme/silent', rule: (() => undefined) as unknown as SectionRule };
    expect(evaluateAccess(session, silent)).to.deep.equal(ruleFailed);
    expect(errors.naming('acme/silent')).to.have.length(1);
  });

  it('shows an error in place of a host panel that throws while rendering; the navigation keeps working', async () => {
    const app = await renderApp([reports, webhooks], 'acme/reports');

    expect(navLabels(app)).to.include.members(['General', 'Reports', 'Webhooks']);
    expect(text(content(app).querySelector('h2'))).to.equal('Reports');
    expect(text(content(app).querySelector('[part=panel-error]'))).to.equal('This section could not be shown. Try again later.');
    expect(shows(app, 'acme-reports')).to.equal(false);
    expect(errors.naming('acme/reports')).to.have.length(1);
    expect(errors.naming('acme/reports')[0]!.some((arg) => arg instanceof Error && arg.message === 'reports exploded')).to.equal(true);
    expect(errors.unhandled).to.deep.equal([]);

    // Away: the other panel renders.
    await go(app, 'Webhooks');
    expect(text(app.shadowRoot!.querySelector('acme-webhooks')?.shadowRoot)).to.equal('webhooks panel');
    expect(shows(app, '[part=panel-error]')).to.equal(false);

    // Back, still broken: the error again, not a blank section.
    await go(app, 'Reports');
    expect(text(content(app).querySelector('[part=panel-error]'))).to.contain('could not be shown');

    // Away and back once the panel renders again: the panel, afresh.
    await go(app, 'Webhooks');
    reportsBroken = false;
    await go(app, 'Reports');
    expect(shows(app, '[part=panel-error]')).to.equal(false);
    expect(text(content(app).querySelector('acme-reports')?.shadowRoot)).to.equal('reports panel');
    expect(errors.unhandled).to.deep.equal([]);
  });

  it('shows an error in place of a host panel whose constructor throws; the navigation keeps working', async () => {
    const app = await renderApp([exportsSection, webhooks], 'acme/exports');
    expect(text(content(app).querySelector('h2'))).to.equal('Exports');
    expect(text(content(app).querySelector('[part=panel-error]'))).to.equal('This section could not be shown. Try again later.');
    expect(errors.naming('acme/exports')).to.have.length(1);
    expect(errors.naming('acme/exports')[0]!.some((arg) => arg instanceof Error && arg.message === 'exports constructor exploded')).to.equal(true);

    await go(app, 'Webhooks');
    expect(text(app.shadowRoot!.querySelector('acme-webhooks')?.shadowRoot)).to.equal('webhooks panel');
    expect(navLabels(app)).to.include.members(['General', 'Exports', 'Webhooks']);
    expect(errors.unhandled).to.deep.equal([]);
  });

  it('catches a panel that throws on a later render (once its data arrived), not only on its first', async () => {
    const fake = new FakeClient({ session: createMockDb().sessionFor('owner') });
    const app = await renderApp([audit, webhooks], 'acme/audit', fake);
    // Loading: the panel renders.
    expect(shows(app, 'acme-audit')).to.equal(true);
    expect(shows(app, '[part=panel-error]')).to.equal(false);

    (await fake.nextCall('listAuditEntries')).resolve(['signed in', 'key created']);
    await settled(app);
    expect(text(content(app).querySelector('[part=panel-error]'))).to.contain('could not be shown');
    expect(shows(app, 'acme-audit')).to.equal(false);
    expect(errors.naming('acme/audit')).to.have.length(1);
    expect(errors.unhandled).to.deep.equal([]);

    await go(app, 'Webhooks');
    expect(text(app.shadowRoot!.querySelector('acme-webhooks')?.shadowRoot)).to.equal('webhooks panel');
  });
});
