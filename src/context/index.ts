export { navigationContext, settingsContext, type SettingsContextValue, type SettingsNavigation } from './settings-context.js';
