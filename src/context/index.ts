export { settingsContext, type SettingsContextValue } from './settings-context.js';
export { navigationContext, type SettingsNavigation } from './navigation-context.js';
