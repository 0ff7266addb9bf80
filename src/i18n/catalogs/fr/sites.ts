import { plural } from '../../plural.js';
import type { sitesMessages } from '../en/sites.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the sites panel (French). */
export const sitesFr: AreaTranslation<typeof sitesMessages> = {
  'sites.heading': (p) => `Sites de l’entreprise ${p.company}`,
  'sites.search': 'Rechercher des sites',
  'sites.searchPlaceholder': 'Nom ou adresse',
  'sites.status': 'Statut',
  // Both a filter option under "Statut" and a row badge: singular.
  'sites.status.active': 'Actif',
  'sites.status.archived': 'Archivé',
  'sites.status.all': 'Tous',
  'sites.add': 'Ajouter un site',
  'sites.count': (p) =>
    plural(p.count, { one: `Site affiché\u202f: ${p.shown} sur ${p.total}`, other: `Sites affichés\u202f: ${p.shown} sur ${p.total}` }),
  'sites.name': 'Nom',
  'sites.address': 'Adresse',
  'sites.timeZone': 'Fuseau horaire',
  'sites.actions': 'Actions',
  'sites.actionsFor': (p) => `Actions pour ${p.name}`,
  'sites.edit': 'Modifier',
  'sites.archive': 'Archiver',
  'sites.restore': 'Restaurer',
  'sites.more': 'Afficher plus de sites',
  'sites.loadingMore': 'Chargement d’autres sites…',
  'sites.empty.all': (p) => `${p.company} n’a encore aucun site.`,
  'sites.empty.active': (p) => `${p.company} n’a aucun site actif.`,
  'sites.empty.archived': (p) => `${p.company} n’a aucun site archivé.`,
  'sites.empty.add': 'Cliquez sur «\u00a0Ajouter un site\u00a0» pour en créer un.',
  'sites.empty.search': (p) => `Aucun site ne correspond à «\u00a0${p.query}\u00a0». Essayez un autre nom ou une autre adresse.`,

  'sites.form.editHeading': (p) => `Modifier ${p.name}`,
  'sites.form.timeZoneHint': 'Commencez à saisir pour chercher dans la liste, par exemple Europe/Paris.',
  'sites.form.nameRequired': 'Saisissez un nom de site.',
  'sites.form.addressRequired': 'Saisissez l’adresse.',
  'sites.form.timeZoneInvalid': 'Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.',
  'sites.form.save': 'Enregistrer',
  'sites.form.saving': 'Enregistrement…',
  'sites.form.adding': 'Ajout…',
  'sites.cancel': 'Annuler',

  'sites.archive.heading': (p) => `Archiver ${p.name}\u202f?`,
  'sites.archive.body':
    'Un site archivé n’apparaît plus parmi les sites actifs. Son historique est conservé et vous pouvez le restaurer à tout moment.',
  'sites.archive.confirm': 'Archiver le site',
  'sites.archive.pending': 'Archivage…',
  'sites.restore.heading': (p) => `Restaurer ${p.name}\u202f?`,
  'sites.restore.body': 'Le site redevient actif et réapparaît parmi les sites actifs.',
  'sites.restore.confirm': 'Restaurer le site',
  'sites.restore.pending': 'Restauration…',

  'sites.added': (p) => `Le site ${p.name} a été ajouté.`,
  'sites.updated': (p) => `Le site ${p.name} a été enregistré.`,
  'sites.archived': (p) => `Le site ${p.name} a été archivé. Les sites archivés s’affichent avec le filtre Statut\u202f: Archivé.`,
  'sites.restored': (p) => `Le site ${p.name} a été restauré.`,
};
