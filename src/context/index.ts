export { settingsContext, type SettingsContextValue } from './settings-context.js';
