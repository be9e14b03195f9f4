import { type PartnershipType, partnershipTypes } from './domain';

/**
 * Reads the `card_types` summary ("training,hr_talent") into types in catalogue order. A few
 * dozen distinct combinations cover thousands of partners, so each is parsed once; the lists
 * answered are shared and must not be changed.
 */
export function createStoredTypesReader(): (stored: string) => readonly PartnershipType[] {
  const typeLists = new Map<string, readonly PartnershipType[]>();
  return (stored) => {
    let types = typeLists.get(stored);
    if (!types) {
      const keys = new Set(stored.split(','));
      types = partnershipTypes.filter((t) => keys.has(t));
      typeLists.set(stored, types);
    }
    return types;
  };
}
