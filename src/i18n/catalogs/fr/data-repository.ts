import type { dataRepositoryMessages } from '../en/data-repository.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the data-repository panel (French). */
export const dataRepositoryFr: AreaTranslation<typeof dataRepositoryMessages> = {
  'dataRepository.intro':
    'Ces réglages déterminent où et pendant combien de temps les données de toutes les entreprises de votre organisation sont conservées.',
  'dataRepository.region': 'Région de stockage',
  'dataRepository.regionHint': 'Emplacement où sont stockées les données de toutes les entreprises.',
  'dataRepository.retention': 'Durée de conservation',
  'dataRepository.retentionHint': 'Durée pendant laquelle les données sont conservées avant d’être supprimées, dans toutes les entreprises.',
  'dataRepository.keepIndefinitely': 'Conserver indéfiniment',
  'dataRepository.sharing': 'Partage des données entre entreprises',
  'dataRepository.sharingHint':
    'Si cette option est activée, les données de toutes les entreprises peuvent être combinées dans les rapports. Sinon, les données de chaque entreprise restent séparées.',
  'dataRepository.on': 'Activé',
  'dataRepository.off': 'Désactivé',
  'dataRepository.save': 'Enregistrer',
  'dataRepository.saving': 'Enregistrement…',
  'dataRepository.cancel': 'Annuler',
  'dataRepository.unsaved': 'Vous avez des modifications non enregistrées.',
  'dataRepository.saved': 'Paramètres du référentiel de données enregistrés. Ils s’appliquent à toutes les entreprises.',
  'dataRepository.confirm.heading': (p) => `Déplacer les données vers la région ${p.region}\u202f?`,
  'dataRepository.confirm.body': (p) =>
    `Le déplacement des données vers la région ${p.region} peut prendre un certain temps. Il concerne toutes les entreprises de votre organisation.`,
  'dataRepository.confirm.action': 'Déplacer les données et enregistrer',
};
