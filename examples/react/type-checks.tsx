// Not part of the app: lines the types must reject, so `npm run typecheck:examples` fails if the
// generated JSX types or wrappers ever loosen to `any`.
import { SettingsApp } from 'settings-elements/react';
import type {} from 'settings-elements/react-jsx';

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
  </>
);
