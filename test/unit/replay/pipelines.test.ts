import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadPipeline } from '../../../server/src/adapters/pipeline-files';
import { parsePipeline, pipelineEffect, type Pipeline } from '../../../server/src/core/replay/pipeline';
import { replay } from './replay-helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

function pipeline(text: string): Pipeline {
  const parsed = parsePipeline(text, { fallbackName: 'test' });
  assert.deepEqual(parsed.problems, []);
  return parsed.pipeline!;
}

const PROC_RULE = `title: Certutil
id: 33333333-3333-4333-8333-333333333333
logsource:
  product: windows
  category: process_creation
detection:
  selection:
    Image|endswith: '\\certutil.exe'
    CommandLine|contains: urlcache
  condition: selection
`;

describe('replay: field mapping pipelines', () => {
  it('field_name_mapping renames a field, and a list maps to alternatives', () => {
    const effect = pipelineEffect([pipeline('transformations:\n  - type: field_name_mapping\n    mapping:\n      Image: process.executable\n      User: [user.name, winlog.user.name]')], {});
    assert.deepEqual(effect.mapField('Image'), ['process.executable']);
    assert.deepEqual(effect.mapField('User'), ['user.name', 'winlog.user.name']);
    assert.deepEqual(effect.mapField('Other'), ['Other']);
  });
  it('rule_conditions of type logsource limit a transformation to matching rules', () => {
    const text = 'transformations:\n  - type: field_name_mapping\n    mapping: { Image: process.executable }\n    rule_conditions:\n      - type: logsource\n        category: process_creation';
    assert.deepEqual(pipelineEffect([pipeline(text)], { category: 'process_creation' }).mapField('Image'), ['process.executable']);
    assert.deepEqual(pipelineEffect([pipeline(text)], { category: 'file_event' }).mapField('Image'), ['Image']);
  });
  it('field_name_prefix and suffix, with field_name_conditions', () => {
    const text = 'transformations:\n  - type: field_name_prefix\n    prefix: "data."\n    field_name_conditions:\n      - type: exclude_fields\n        fields: [EventID]\n  - type: field_name_suffix\n    suffix: ".keyword"';
    const effect = pipelineEffect([pipeline(text)], {});
    assert.deepEqual(effect.mapField('Image'), ['data.Image.keyword']);
    assert.deepEqual(effect.mapField('EventID'), ['EventID.keyword']);
  });
  it('add_condition ANDs field conditions to the rules it applies to', () => {
    const added = pipeline('transformations:\n  - type: add_condition\n    conditions:\n      source.type: edr');
    const events = [{ Image: 'C:\\certutil.exe', CommandLine: '-urlcache', 'source.type': 'edr' }, { Image: 'C:\\certutil.exe', CommandLine: '-urlcache', 'source.type': 'av' }];
    assert.deepEqual(replay(PROC_RULE, events, { pipelines: [added] })[0].matches.map((m) => m.event), [0]);
  });
  it('pipelines apply by priority, lowest first', () => {
    const first = pipeline('name: a\npriority: 1\ntransformations:\n  - type: field_name_mapping\n    mapping: { Image: exe }');
    const second = pipeline('name: b\npriority: 2\ntransformations:\n  - type: field_name_mapping\n    mapping: { exe: process.exe }');
    assert.deepEqual(pipelineEffect([second, first], {}).mapField('Image'), ['process.exe']);
  });
  it('reports what it cannot read and ignores unsupported transformations with a warning', () => {
    assert.equal(parsePipeline('not: [valid', { fallbackName: 'x' }).problems[0].severity, 'error');
    assert.equal(parsePipeline('name: x', { fallbackName: 'x' }).problems[0].severity, 'error');
    const parsed = parsePipeline('transformations:\n  - type: drop_detection_item', { fallbackName: 'x' });
    assert.equal(parsed.pipeline?.transformations.length, 0);
    assert.match(parsed.problems[0].message, /not supported/);
  });
  it('the bundled ecs-windows pipeline replays Sysmon-named rules over ECS events', async () => {
    const loaded = await loadPipeline('ecs-windows');
    assert.ok('pipeline' in loaded);
    const ecs = [
      { '@timestamp': '2026-03-04T10:00:00Z', winlog: { channel: 'Microsoft-Windows-Sysmon/Operational', event_id: 1 }, process: { executable: 'C:\\Windows\\System32\\certutil.exe', command_line: 'certutil -urlcache -f http://x' } },
      { '@timestamp': '2026-03-04T10:00:01Z', winlog: { channel: 'Microsoft-Windows-Sysmon/Operational', event_id: 1 }, process: { executable: 'C:\\Windows\\System32\\cmd.exe', command_line: 'cmd -urlcache' } },
    ];
    assert.deepEqual(replay(PROC_RULE, ecs, { pipelines: [loaded.pipeline] })[0].matches.map((m) => m.event), [0]);
    assert.equal(replay(PROC_RULE, ecs)[0].matchCount, 0);
  });
  it('the bundled sysmon pipeline and a pipeline file load by name and path', async () => {
    const byName = await loadPipeline('sysmon');
    assert.ok('pipeline' in byName && byName.pipeline.name === 'sysmon');
    const byPath = await loadPipeline(path.join(ROOT, 'pipelines', 'ecs-windows.yml'));
    assert.ok('pipeline' in byPath && byPath.pipeline.name === 'ecs-windows');
    assert.ok('error' in (await loadPipeline('no-such-pipeline')));
    assert.match(readFileSync(path.join(ROOT, 'pipelines', 'sysmon.yml'), 'utf8'), /field_name_mapping/);
  });
});
