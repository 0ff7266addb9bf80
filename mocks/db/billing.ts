import type { Address, Billing, BillingProfile, BillingProfileUpdate } from '../../src/api/types.js';
import { conflict } from '../errors.js';
import { applyPatch, FieldValidator, type Untrusted } from '../validation.js';
import { requireOrganizationAccess } from './authorize.js';
import type { Actor } from './session.js';

export interface BillingOperations {
  getBilling(): Billing;
  /** 409 `billing_profile_not_set_up` while the profile is `null`: support sets it up. */
  updateBillingProfile(update: Untrusted<BillingProfileUpdate>): BillingProfile;
}

export function billingOperations(actor: Actor): BillingOperations {
  const billing = actor.tenant.billing;
  return {
    getBilling() {
      requireOrganizationAccess(actor, 'organization/billing', 'view');
      return structuredClone(billing);
    },

    updateBillingProfile(update) {
      requireOrganizationAccess(actor, 'organization/billing', 'manage');
      const profile = billing.profile;
      if (!profile) {
        throw conflict('billing_profile_not_set_up', 'The billing profile is not set up yet. Email support to set it up.');
      }
      const v = new FieldValidator();
      const patch = {
        companyName: update.companyName === undefined ? undefined : v.requiredText('companyName', update.companyName, 'the company name'),
        billingEmail: update.billingEmail === undefined ? undefined : v.email('billingEmail', update.billingEmail),
        taxId: v.optionalText('taxId', update.taxId, 40),
      };
      const address = addressOf(v, update.address);
      v.throwIfInvalid();
      applyPatch(profile, patch);
      applyPatch(profile.address, address);
      return structuredClone(profile);
    },
  };
}

/** The sent address fields, validated; errors are reported as `address.<field>`. */
function addressOf(v: FieldValidator, value: unknown): Partial<Address> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) {
    v.fail('address', 'Enter the billing address.');
    return {};
  }
  const input: Untrusted<Address> = value;
  const address: Partial<Address> = {};
  const required = { line1: 'the street address', city: 'the city', postalCode: 'the postal code' } as const;
  for (const [field, label] of Object.entries(required) as [keyof typeof required, string][]) {
    if (input[field] !== undefined) address[field] = v.requiredText(`address.${field}`, input[field], label);
  }
  for (const field of ['line2', 'region'] as const) {
    const text = v.optionalText(`address.${field}`, input[field]);
    if (text !== undefined) address[field] = text;
  }
  if (input.country !== undefined) {
    if (typeof input.country === 'string' && /^[A-Z]{2}$/.test(input.country)) address.country = input.country;
    else v.fail('address.country', 'Choose a country.');
  }
  return address;
}
