import './settings-dialog.js';
import { SettingsDataRepository } from '../components/settings-data-repository/settings-data-repository.js';
import { defineElement } from '../internal/define-element.js';

defineElement('settings-data-repository', SettingsDataRepository);
