import { strict as assert } from 'node:assert';
import { buildNearMissTable, findNearMisses } from '../../../server/src/core/taxonomy/near-miss';
import { editDistance } from '../../../server/src/core/text/edit-distance';

describe('near-miss search', () => {
  const table = buildNearMissTable(['CommandLine', 'Image', 'ImageLoaded', 'ParentImage', 'User', 'TargetFilename']);

  it('finds substitutions, insertions, deletions and transpositions', () => {
    assert.deepEqual(findNearMisses(table, 'CommandLime'), ['CommandLine']);
    assert.deepEqual(findNearMisses(table, 'CommandLinee'), ['CommandLine']);
    assert.deepEqual(findNearMisses(table, 'CommndLine'), ['CommandLine']);
    assert.deepEqual(findNearMisses(table, 'CommadnLine'), ['CommandLine']);
    assert.deepEqual(findNearMisses(table, 'Usre'), ['User']);
  });

  it('allows two edits for long names only, when one deletion on each side meets', () => {
    assert.deepEqual(findNearMisses(table, 'TargetFilenmxe'), ['TargetFilename']);
    assert.deepEqual(findNearMisses(table, 'Uxxr'), []);
  });

  it('suggests the single name a truncated query starts', () => {
    assert.deepEqual(findNearMisses(buildNearMissTable(['ImageLoaded', 'Hashes']), 'Image'), ['ImageLoaded']);
    assert.deepEqual(findNearMisses(buildNearMissTable(['ImageLoaded', 'ImagePath']), 'Image'), []);
  });

  it('computes the optimal string alignment distance', () => {
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('abc', 'acb'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});
