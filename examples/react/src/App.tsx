/**
 * The host page: the Settings area inside the app's own chrome. `<SettingsProvider>` is the
 * @lit/react wrapper (props set as properties, `onSettings…` callbacks); `<settings-app>` is the
 * tag itself in React 19's JSX, typed by `settings-elements/react-jsx` (listeners are `on` plus
 * the exact event name). Either way works for every element. The provider and the app also take a
 * listener for every event that bubbles up to them from the panels: `onSettingsChange` below
 * forwards every accepted write's audit record, the host's own section's too.
 */
import { useState } from 'react';
import type { SettingsChange, SettingsClient, SettingsNavigateEvent } from 'settings-elements';
import { SettingsProvider } from 'settings-elements/react';
import type {} from 'settings-elements/react-jsx';
import type { NewsletterClient } from './newsletter/newsletter-api.js';
import { newsletterSection } from './newsletter/newsletter-section.js';

// Module-level, so every render passes the same array: a new one would rebuild the navigation.
const sections = [newsletterSection];

/** `client`: the settings contract plus the app's own routes (made once, in main.tsx). */
export function App({ client }: { client: SettingsClient & NewsletterClient }) {
  const [heard, setHeard] = useState('nothing yet');
  const [audited, setAudited] = useState('no change yet');
  const onNavigate = (event: SettingsNavigateEvent) => setHeard(`settings-navigate → ${event.section}`);
  // A real host sends the record to its audit store; this page shows the last one.
  const audit = (change: SettingsChange) => setAudited(`${change.action} (${change.target.type} ${change.target.id}) by ${change.actor.email}`);
  return (
    <main>
      <h1>Acme settings (React host)</h1>
      <p role="status" aria-label="Host events">
        {heard}
      </p>
      <p role="status" aria-label="Audit log">
        {audited}
      </p>
      <SettingsProvider
        client={client}
        sections={sections}
        supportEmail="support@example.com"
        onSettingsCompanyChanged={(event) => setHeard(`settings-company-changed → ${event.companyId}`)}
        onSettingsChange={(event) => audit(event.change)}
      >
        <settings-app followHash onsettings-navigate={onNavigate} />
      </SettingsProvider>
    </main>
  );
}
