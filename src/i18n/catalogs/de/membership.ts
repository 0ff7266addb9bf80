import type { membershipMessages } from '../en/membership.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the membership panel, Persönlich > Mitgliedschaft (German). */
export const membershipDe: AreaTranslation<typeof membershipMessages> = {
  'membership.organization.heading': 'Organisation',
  'membership.organization.name': 'Name',
  'membership.role': 'Ihre Rolle',
  'membership.companyAccess': 'Unternehmenszugriff',
  'membership.companyAccess.all': 'Alle Unternehmen',
  'membership.companyAccess.none': 'Keine Unternehmen',
  'membership.companyAccess.many': (p) => `${p.count} ausgewählte Unternehmen`,

  'membership.companies.heading': 'Unternehmen',
  'membership.companies.empty':
    'Sie sind noch kein Mitglied eines Unternehmens. Bitten Sie einen Admin Ihrer Organisation oder Ihres Unternehmens, Sie hinzuzufügen.',
  'membership.company': 'Unternehmen',
  'membership.grantedBy': 'Gewährt über',
  'membership.grantedBy.organization': 'Admin-Team der Organisation',
  'membership.grantedBy.company': 'Unternehmensmitgliedschaft',
  'membership.filter': 'Unternehmen suchen',
  'membership.count': (p) => `${p.shown} von ${p.total} werden angezeigt.`,
  'membership.showAll': (p) => `Alle ${p.total} anzeigen`,
  'membership.noMatch': (p) => `Kein Unternehmen passt zu „${p.query}“.`,
};
