import { BUNDLED_TAXONOMY } from './data/bundled-taxonomy';
import { buildTaxonomyIndex, type TaxonomyIndex } from './taxonomy-index';

// Indexing the bundled data takes a few milliseconds, too much to repeat per rule, so it happens once.
// The index is immutable (its near-miss memo only ever caches derived data), so sharing it is safe.
let bundledIndex: TaxonomyIndex | undefined;

/** The index of our bundled taxonomy, built on first use. */
export function bundledTaxonomyIndex(): TaxonomyIndex {
  bundledIndex ??= buildTaxonomyIndex([BUNDLED_TAXONOMY]);
  return bundledIndex;
}

/**
 * The taxonomy a check uses: `resources.taxonomy` when the caller loaded one, else the bundled default,
 * so the CLI works with no flags.
 */
export function taxonomyFrom(resources: { taxonomy?: unknown }): TaxonomyIndex {
  return (resources.taxonomy as TaxonomyIndex | undefined) ?? bundledTaxonomyIndex();
}
