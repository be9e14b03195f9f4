import type { Catalogue } from './catalogue';
import { en } from './en';

export { fill, type Catalogue } from './catalogue';

/** The template wording by language code; English is complete, more languages plug in here. */
export const catalogues = { en } as const satisfies Record<string, Catalogue>;
export type CatalogueLanguage = keyof typeof catalogues;
export const catalogueLanguages = Object.keys(catalogues) as CatalogueLanguage[];
