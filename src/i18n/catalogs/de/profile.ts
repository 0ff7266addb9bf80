import { formatNumber } from '../../localize.js';
import { plural } from '../../plural.js';
import type { profileMessages } from '../en/profile.js';
import type { AreaTranslation } from '../../translation.js';

/** Strings of the profile panel, Persönlich > Allgemein (German). */
export const profileDe: AreaTranslation<typeof profileMessages> = {
  'profile.heading': 'Profil',
  'profile.avatar.alt': (p) => `Profilbild von ${p.name}`,
  'profile.name': 'Name',
  'profile.name.required': 'Geben Sie Ihren Namen ein.',
  'profile.jobTitle': 'Position',
  'profile.avatarUrl': 'URL des Profilbilds',
  'profile.avatarUrl.hint':
    'Optional: die Webadresse eines Bildes, beginnend mit https://. Lassen Sie das Feld leer, um Ihre Initialen anzuzeigen.',
  'profile.email': 'E-Mail',
  'profile.email.hint': 'Mit dieser E-Mail-Adresse melden Sie sich an. Sie kann hier nicht geändert werden.',
  'profile.email.sso': (p) => `Ihre E-Mail-Adresse wird von ${p.provider} verwaltet.`,
  'profile.save': 'Speichern',
  'profile.saving': 'Wird gespeichert…',
  'profile.cancel': 'Abbrechen',
  'profile.saved': 'Ihr Profil wurde gespeichert.',

  'profile.password.heading': 'Passwort',
  'profile.password.intro': 'Sie erhalten eine E-Mail mit einem Link, über den Sie ein neues Passwort festlegen können.',
  'profile.password.send': 'E-Mail zum Zurücksetzen senden',
  'profile.password.sending': 'Wird gesendet…',
  'profile.password.sent': (p) => `Wir haben eine E-Mail mit einem Link zum Festlegen eines neuen Passworts an ${p.email} gesendet.`,
  'profile.password.wait': (p) =>
    plural(p.seconds, {
      one: `Sie können in ${formatNumber(p.seconds)} Sekunde eine weitere E-Mail anfordern.`,
      other: `Sie können in ${formatNumber(p.seconds)} Sekunden eine weitere E-Mail anfordern.`,
    }),
  'profile.password.sso': (p) => `Das Zurücksetzen von Passwörtern übernimmt Ihre IT-Administration über ${p.provider}.`,
  'profile.password.ssoUnnamed': 'Das Zurücksetzen von Passwörtern übernimmt Ihre IT-Administration.',
};
