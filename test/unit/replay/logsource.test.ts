import * as assert from 'node:assert/strict';
import { classifyEvent } from '../../../server/src/core/replay/logsource-scope';
import { replay } from './replay-helpers';

function rule(logsource: string, detection = "selection:\n    Image|endswith: '\\\\cmd.exe'\n  condition: selection"): string {
  return `title: Scoped\nid: 22222222-2222-4222-8222-222222222222\nlogsource:\n${logsource}\ndetection:\n  ${detection}\n`;
}

const SYSMON = 'Microsoft-Windows-Sysmon/Operational';
const CMD = 'C:\\Windows\\System32\\cmd.exe';

describe('replay: logsource scoping', () => {
  it('process_creation sees Sysmon 1 and Security 4688, not other event IDs', () => {
    const events = [
      { Channel: SYSMON, EventID: 1, Image: CMD },
      { Channel: 'Security', EventID: 4688, NewProcessName: CMD },
      { Channel: SYSMON, EventID: 11, Image: CMD },
      { Channel: 'Security', EventID: 4689, NewProcessName: CMD, Image: CMD },
    ];
    const result = replay(rule('  product: windows\n  category: process_creation'), events)[0];
    assert.deepEqual(result.matches.map((m) => m.event), [0, 1]);
    assert.equal(result.eventsInScope, 2);
  });
  it('Security 4688 fields get their Sysmon names', () => {
    const { event } = classifyEvent({ Channel: 'Security', EventID: 4688, NewProcessName: CMD, ParentProcessName: 'C:\\x\\p.exe', SubjectUserName: 'alice', SubjectDomainName: 'CORP', MandatoryLabel: 'S-1-16-12288', SubjectLogonId: '0x1' });
    assert.equal(event.Image, CMD);
    assert.equal(event.ParentImage, 'C:\\x\\p.exe');
    assert.equal(event.User, 'CORP\\alice');
    assert.equal(event.IntegrityLevel, 'High');
    assert.equal(event.LogonId, '0x1');
  });
  it('Sysmon event IDs map to their categories', () => {
    const categories = (id: number): readonly string[] | undefined => classifyEvent({ Channel: SYSMON, EventID: id }).source?.categories;
    assert.deepEqual(categories(3), ['network_connection']);
    assert.deepEqual(categories(7), ['image_load']);
    assert.deepEqual(categories(11), ['file_event']);
    assert.deepEqual(categories(13), ['registry_set', 'registry_event']);
    assert.deepEqual(categories(22), ['dns_query']);
    assert.deepEqual(categories(17), ['pipe_created']);
    assert.deepEqual(categories(8), ['create_remote_thread']);
    assert.deepEqual(categories(10), ['process_access']);
    assert.deepEqual(categories(6), ['driver_load']);
  });
  it('PowerShell script block, module and classic events map to ps_* categories', () => {
    const categoriesOf = (channel: string, id: number): readonly string[] | undefined => classifyEvent({ Channel: channel, EventID: id }).source?.categories;
    assert.deepEqual(categoriesOf('Microsoft-Windows-PowerShell/Operational', 4104), ['ps_script']);
    assert.deepEqual(categoriesOf('Microsoft-Windows-PowerShell/Operational', 4103), ['ps_module']);
    assert.deepEqual(categoriesOf('Windows PowerShell', 400), ['ps_classic_start']);
    assert.deepEqual(categoriesOf('Windows PowerShell', 600), ['ps_classic_provider_start']);
    assert.deepEqual(categoriesOf('Windows PowerShell', 800), ['ps_classic_script']);
  });
  it('service rules see their channel only', () => {
    const events = [{ Channel: 'Security', EventID: 1102 }, { Channel: 'System', EventID: 104 }];
    const result = replay(rule('  product: windows\n  service: system', 'selection:\n    EventID: [104, 1102]\n  condition: selection'), events)[0];
    assert.deepEqual(result.matches.map((m) => m.event), [1]);
  });
  it('a file labelled by a manifest or --logsource reaches the rules of that logsource only', () => {
    const events = [{ Image: '/usr/bin/curl', CommandLine: 'curl http://x | sh' }];
    const linux = rule('  product: linux\n  category: process_creation', "selection:\n    Image|endswith: '/curl'\n  condition: selection");
    assert.equal(replay(linux, events, { hint: { product: 'linux', category: 'process_creation' } })[0].matchCount, 1);
    assert.equal(replay(linux, events, { hint: { product: 'aws', service: 'cloudtrail' } })[0].matchCount, 0);
  });
  it('unlabelled flat events reach every rule, and well-known cloud logs are recognised', () => {
    const linux = rule('  product: linux\n  category: process_creation', "selection:\n    Image|endswith: '/curl'\n  condition: selection");
    assert.equal(replay(linux, [{ Image: '/usr/bin/curl' }])[0].matchCount, 1);
    assert.deepEqual(classifyEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', awsRegion: 'us-east-1' }).source, { product: 'aws', service: 'cloudtrail' });
    assert.deepEqual(classifyEvent({ eventType: 'user.session.start', actor: {}, published: '2026-01-01T00:00:00Z' }).source, { product: 'okta', service: 'okta' });
  });
  it('ECS events are classified by winlog.channel and winlog.event_id', () => {
    const { source } = classifyEvent({ winlog: { channel: SYSMON, event_id: 1 } });
    assert.deepEqual(source?.categories, ['process_creation']);
  });
});
