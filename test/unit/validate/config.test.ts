import { strict as assert } from 'node:assert';
import { configuredSeverities, isPathExcluded, readValidationConfig } from '../../../server/src/core/validate/config';

describe('validation configuration', () => {
  it('reads severities, exclusions and toggles', () => {
    const { config, errors } = readValidationConfig({ severities: { 'single-element-list': 'off', 'duplicate-id': 'warn', 'all-of-them': 'info' }, exclude: ['deprecated'], sigmahqFilename: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(configuredSeverities(config), { 'single-element-list': 'off', 'duplicate-id': 'warning', 'all-of-them': 'information', 'sigmahq-filename': 'warning' });
    assert.deepEqual(config.exclude, ['deprecated']);
  });

  it('reports unknown keys and bad severities without throwing', () => {
    const { config, errors } = readValidationConfig({ severity: {}, severities: { 'duplicate-id': 'loud' }, sigmahqFilename: 'yes' });
    assert.equal(errors.length, 3);
    assert.deepEqual(config.severities, {});
    assert.deepEqual(readValidationConfig([1, 2]).errors, ['the configuration must be a map']);
  });

  it('matches exclusion globs against whole paths or their tails', () => {
    assert.ok(isPathExcluded('rules/deprecated/windows/a.yml', ['deprecated']));
    assert.ok(isPathExcluded('rules/windows/a.yml', ['**/windows/*.yml']));
    assert.ok(isPathExcluded('/abs/rules/windows/a.yml', ['rules/windows']));
    assert.ok(isPathExcluded('rules\\windows\\a.yml', ['rules/*/a.yml']));
    assert.ok(!isPathExcluded('rules/windows/a.yml', ['rules/linux/**']));
    assert.ok(!isPathExcluded('rules/windows_x/a.yml', ['windows']));
  });
});
