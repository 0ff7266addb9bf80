import type { dataRepositoryMessages } from '../en/data-repository.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the data-repository panel (German). */
export const dataRepositoryDe: AreaTranslation<typeof dataRepositoryMessages> = {
  'dataRepository.intro': 'Diese Einstellungen legen fest, wo und wie lange die Daten aller Unternehmen Ihrer Organisation gespeichert werden.',
  'dataRepository.region': 'Speicherregion',
  'dataRepository.regionHint': 'Wo die Daten aller Unternehmen gespeichert werden.',
  'dataRepository.retention': 'Aufbewahrungsdauer',
  'dataRepository.retentionHint': 'Wie lange Daten in allen Unternehmen aufbewahrt werden, bevor sie gelöscht werden.',
  'dataRepository.keepIndefinitely': 'Unbegrenzt',
  'dataRepository.sharing': 'Unternehmensübergreifende Datenfreigabe',
  'dataRepository.sharingHint':
    'Wenn aktiviert, können die Daten aller Unternehmen in Berichten kombiniert werden. Wenn deaktiviert, bleiben die Daten jedes Unternehmens getrennt.',
  'dataRepository.on': 'Aktiviert',
  'dataRepository.off': 'Deaktiviert',
  'dataRepository.save': 'Speichern',
  'dataRepository.saving': 'Wird gespeichert…',
  'dataRepository.cancel': 'Abbrechen',
  'dataRepository.unsaved': 'Sie haben nicht gespeicherte Änderungen.',
  'dataRepository.saved': 'Einstellungen des Datenspeichers gespeichert. Sie gelten für alle Unternehmen.',
  'dataRepository.confirm.heading': (p) => `Daten in die Region ${p.region} verschieben?`,
  'dataRepository.confirm.body': (p) =>
    `Das Verschieben der Daten in die Region ${p.region} kann eine Weile dauern. Es betrifft alle Unternehmen Ihrer Organisation.`,
  'dataRepository.confirm.action': 'Daten verschieben und speichern',
};
