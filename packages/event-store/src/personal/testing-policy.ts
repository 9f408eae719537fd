import type { Json } from '../port';
import type { PersonalDataPolicy } from './protected-store';

/** The shape casebook's domain gives (customers and interactions), for the store's own tests. */
export const testPolicy: PersonalDataPolicy = {
  fields: { Registered: ['name', 'email', 'address'], Ended: ['summary'] },
  subjectOf: (data: Json) => {
    const id =
      typeof data === 'object' && data !== null ? (data as Record<string, Json>).customerId : undefined;
    return typeof id === 'string' ? id : undefined;
  },
  erased: '[erased]',
};
