/** Strings of the data-repository panel (English). */
export const dataRepositoryMessages = {
  'dataRepository.intro': 'These controls decide where and how long the data of every company in your organization is kept.',
  'dataRepository.region': 'Storage region',
  'dataRepository.regionHint': 'Where the data of all companies is stored.',
  'dataRepository.retention': 'Retention period',
  'dataRepository.retentionHint': 'How long data is kept before it is deleted, in all companies.',
  'dataRepository.keepIndefinitely': 'Keep indefinitely',
  'dataRepository.sharing': 'Cross-company data sharing',
  'dataRepository.sharingHint': 'When on, data from all companies can be combined in reports. When off, each company’s data stays separate.',
  'dataRepository.on': 'On',
  'dataRepository.off': 'Off',
  'dataRepository.save': 'Save',
  'dataRepository.saving': 'Saving…',
  'dataRepository.cancel': 'Cancel',
  'dataRepository.unsaved': 'You have unsaved changes.',
  'dataRepository.saved': 'Data repository settings saved. They apply to all companies.',
  'dataRepository.confirm.heading': (p: { region: string }) => `Move data to ${p.region}?`,
  'dataRepository.confirm.body': (p: { region: string }) =>
    `Moving data to ${p.region} may take a while. The move applies to all companies in your organization.`,
  'dataRepository.confirm.action': 'Move data and save',
};
