import type { DataRepositorySettings, DataRepositoryUpdate } from '../../src/api/types.js';
import { applyPatch, FieldValidator, type Untrusted } from '../validation.js';
import { requireOrganizationAccess } from './authorize.js';
import type { Actor } from './session.js';

export interface DataRepositoryOperations {
  getDataRepository(): DataRepositorySettings;
  updateDataRepository(update: Untrusted<DataRepositoryUpdate>): DataRepositorySettings;
}

export function dataRepositoryOperations(actor: Actor): DataRepositoryOperations {
  const settings = actor.tenant.dataRepository;
  return {
    getDataRepository() {
      requireOrganizationAccess(actor, 'organization/data-repository', 'view');
      return structuredClone(settings);
    },

    updateDataRepository(update) {
      requireOrganizationAccess(actor, 'organization/data-repository', 'manage');
      const v = new FieldValidator();
      const regionIds = settings.availableRegions.map((region) => region.id);
      const patch = {
        storageRegion: v.oneOf('storageRegion', update.storageRegion, regionIds, 'Choose one of the available regions.'),
        retentionDays: v.oneOf('retentionDays', update.retentionDays, settings.retentionOptions, 'Choose one of the offered retention periods.'),
        crossCompanySharing: v.optionalBoolean('crossCompanySharing', update.crossCompanySharing),
      };
      v.throwIfInvalid();
      applyPatch(settings, patch);
      return structuredClone(settings);
    },
  };
}
