import type { Taxonomy } from '../model';
import { APPLICATION_LOGSOURCES } from './applications';
import { CLOUD_LOGSOURCES } from './cloud';
import { FIELD_DOCS } from './field-docs';
import { NETWORK_LOGSOURCES } from './network';
import { PRODUCTS } from './products';
import { UNIX_LOGSOURCES } from './unix';
import { WINDOWS_CATEGORIES } from './windows-categories';
import { WINDOWS_SERVICES } from './windows-services';

/** Our own taxonomy, bundled with the server: the default when no other taxonomy is configured. */
export const BUNDLED_TAXONOMY: Taxonomy = {
  source: 'bundled',
  products: PRODUCTS,
  logsources: [...WINDOWS_CATEGORIES, ...WINDOWS_SERVICES, ...UNIX_LOGSOURCES, ...CLOUD_LOGSOURCES, ...NETWORK_LOGSOURCES, ...APPLICATION_LOGSOURCES],
  fieldInfo: FIELD_DOCS,
};
