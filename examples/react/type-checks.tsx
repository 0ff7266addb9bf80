// Not part of the app: lines the types must accept, and lines they must reject, so
// `npm run typecheck:examples` fails if the generated JSX types or wrappers ever lose a listener or
// loosen to `any`.
import { SettingsApp, SettingsProvider } from 'settings-elements/react';
import type {} from 'settings-elements/react-jsx';

// The events that bubble out of the panels are typed where a host mounts the area: the change
// stream and the panels' facts and intents, on the provider and on the app.
export const accepted = (
  <>
    <SettingsProvider onSettingsChange={(event) => void event.change.action} onSettingsSiteUpdated={(event) => void event.site.id} />
    <SettingsApp onSettingsChange={(event) => void event.change.actor.email} onSettingsApiKeyRevoke={(event) => event.preventDefault()} />
    <settings-provider onsettings-change={(event) => void event.change.target.id} />
    <settings-app onsettings-change={(event) => void event.change.changes} onsettings-member-invited={(event) => void event.member} />
  </>
);

export const rejected = (
  <>
    {/* @ts-expect-error followHash is a boolean property */}
    <settings-app followHash="yes" />
    {/* @ts-expect-error the event has `section`, not `sectionId` */}
    <settings-app onsettings-navigate={(event) => event.sectionId} />
    {/* @ts-expect-error not a property of <settings-app> */}
    <SettingsApp linkTemplat="/settings/{section}" />
    {/* @ts-expect-error the wrapper's callback gets the typed event */}
    <SettingsApp onSettingsNavigate={(event) => event.sectionId} />
    {/* @ts-expect-error the change record has `action`, not `kind` */}
    <SettingsProvider onSettingsChange={(event) => event.change.kind} />
    {/* @ts-expect-error the change record has `action`, not `kind` */}
    <SettingsApp onSettingsChange={(event) => event.change.kind} />
    {/* @ts-expect-error the change record has `action`, not `kind` */}
    <settings-provider onsettings-change={(event) => event.change.kind} />
    {/* @ts-expect-error settings-dialog-closed stays inside its panel's shadow root */}
    <SettingsProvider onSettingsDialogClosed={() => undefined} />
    {/* @ts-expect-error the provider fires settings-unauthorized on itself: it never passes through the app */}
    <SettingsApp onSettingsUnauthorized={() => undefined} />
  </>
);
