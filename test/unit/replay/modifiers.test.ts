import * as assert from 'node:assert/strict';
import { matchedEvents, replay, ruleWith } from './replay-helpers';

/** The ordinals of `events` that `Field|mods: value` (written as YAML) matches. */
function hits(selection: string, events: Record<string, unknown>[], options: Parameters<typeof matchedEvents>[2] = {}): number[] {
  return matchedEvents(ruleWith(`selection:\n${selection.split('\n').map((line) => `  ${line}`).join('\n')}\ncondition: selection`), events, options);
}

describe('replay: value modifiers (Sigma v2.1)', () => {
  it('plain values match whole values, case-insensitively', () => {
    assert.deepEqual(hits("Image: 'C:\\Windows\\cmd.exe'", [{ Image: 'c:\\windows\\CMD.EXE' }, { Image: 'C:\\Windows\\cmd.exe2' }]), [0]);
  });
  it('contains', () => {
    assert.deepEqual(hits("CommandLine|contains: 'urlcache'", [{ CommandLine: 'certutil -URLCACHE -f' }, { CommandLine: 'certutil -hashfile' }]), [0]);
  });
  it('startswith', () => {
    assert.deepEqual(hits("CommandLine|startswith: 'powershell'", [{ CommandLine: 'PowerShell -enc' }, { CommandLine: 'cmd /c powershell' }]), [0]);
  });
  it('endswith', () => {
    assert.deepEqual(hits("Image|endswith: '\\rundll32.exe'", [{ Image: 'C:\\Windows\\System32\\rundll32.exe' }, { Image: 'C:\\rundll32.exe.bak' }]), [0]);
  });
  it('all links list values with AND', () => {
    const events = [{ CommandLine: 'net user admin /add' }, { CommandLine: 'net user admin' }];
    assert.deepEqual(hits("CommandLine|contains|all:\n  - 'net user'\n  - '/add'", events), [0]);
    assert.deepEqual(hits("CommandLine|contains:\n  - 'net user'\n  - '/add'", events), [0, 1]);
  });
  it('exists: true needs the field, false needs it absent', () => {
    const events = [{ Signed: 'false' }, { Image: 'x' }];
    assert.deepEqual(hits('Signed|exists: true', events), [0]);
    assert.deepEqual(hits('Signed|exists: false', events), [1]);
  });
  it('cased matches case-sensitively', () => {
    assert.deepEqual(hits("CommandLine|cased|contains: 'FromBase64String'", [{ CommandLine: 'x FromBase64String(' }, { CommandLine: 'x frombase64string(' }]), [0]);
  });
  it('neq matches values different from every listed value, and absent fields', () => {
    assert.deepEqual(hits("User|neq:\n  - 'SYSTEM'\n  - 'LOCAL SERVICE'", [{ User: 'alice' }, { User: 'system' }, { User: 'LOCAL SERVICE' }, {}]), [0, 3]);
  });
  it('windash matches every dash variant, and slashes', () => {
    const events = ['-urlcache', '/urlcache', '\u2013urlcache', '\u2014urlcache', '\u2015urlcache', 'urlcache'].map((flag) => ({ CommandLine: `certutil ${flag} -f` }));
    assert.deepEqual(hits("CommandLine|windash|contains: ' -urlcache '", events), [0, 1, 2, 3, 4]);
  });
  it('re searches with RE2, case-sensitive unless i', () => {
    const events = [{ CommandLine: 'cmd /c whoami' }, { CommandLine: 'CMD /C WHOAMI' }];
    assert.deepEqual(hits("CommandLine|re: 'cmd /c \\w+'", events), [0]);
    assert.deepEqual(hits("CommandLine|re|i: 'cmd /c \\w+'", events), [0, 1]);
  });
  it('re flags m and s', () => {
    const events = [{ Text: 'first\nsecond' }];
    assert.deepEqual(hits("Text|re: '^second'", events), []);
    assert.deepEqual(hits("Text|re|m: '^second'", events), [0]);
    assert.deepEqual(hits("Text|re: 'first.second'", events), []);
    assert.deepEqual(hits("Text|re|s: 'first.second'", events), [0]);
  });
  it('base64 matches the encoded value', () => {
    // 'http://' in base64 is aHR0cDovLw==
    assert.deepEqual(hits("CommandLine|base64|contains: 'http://'", [{ CommandLine: 'powershell -e aHR0cDovLw==' }, { CommandLine: 'http://' }]), [0]);
  });
  it('base64offset matches the value at any of the three byte offsets', () => {
    const encode = (text: string): string => Buffer.from(text).toString('base64');
    const events = ['IEX ', 'xIEX ', 'xxIEX ', 'nothing here'].map((prefix) => ({ CommandLine: `powershell -e ${encode(`${prefix}(New-Object Net.WebClient)`)}` }));
    assert.deepEqual(hits("CommandLine|base64offset|contains: 'New-Object Net.WebClient'", events), [0, 1, 2, 3]);
    assert.deepEqual(hits("CommandLine|base64offset|contains: 'DownloadString'", events), []);
  });
  it('utf16le / wide with base64offset match PowerShell -EncodedCommand payloads', () => {
    const encoded = Buffer.from('IEX (New-Object Net.WebClient).DownloadString', 'utf16le').toString('base64');
    const events = [{ CommandLine: `powershell -enc ${encoded}` }, { CommandLine: `powershell -enc ${Buffer.from('DownloadString').toString('base64')}` }];
    assert.deepEqual(hits("CommandLine|wide|base64offset|contains: 'DownloadString'", events), [0]);
    assert.deepEqual(hits("CommandLine|utf16le|base64offset|contains: 'DownloadString'", events), [0]);
  });
  it('utf16be and utf16 (with byte order mark) before base64', () => {
    const be = Buffer.from('ping', 'utf16le').swap16().toString('base64');
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ping', 'utf16le')]).toString('base64');
    assert.deepEqual(hits("Payload|utf16be|base64: 'ping'", [{ Payload: be }, { Payload: bom }]), [0]);
    assert.deepEqual(hits("Payload|utf16|base64: 'ping'", [{ Payload: be }, { Payload: bom }]), [1]);
  });
  it('lt, lte, gt, gte compare numbers and numeric strings', () => {
    const events = [{ Port: 22 }, { Port: '443' }, { Port: 8080 }, { Port: 'n/a' }];
    assert.deepEqual(hits('Port|lt: 443', events), [0]);
    assert.deepEqual(hits('Port|lte: 443', events), [0, 1]);
    assert.deepEqual(hits('Port|gt: 443', events), [2]);
    assert.deepEqual(hits('Port|gte: 443', events), [1, 2]);
  });
  it('minute, hour, day, week, month, year compare parts of a timestamp (UTC)', () => {
    const events = [{ When: '2026-03-04T10:15:22Z' }, { When: '2025-12-31 23:59:00' }];
    assert.deepEqual(hits('When|minute: 15', events), [0]);
    assert.deepEqual(hits('When|hour: 23', events), [1]);
    assert.deepEqual(hits('When|day: 4', events), [0]);
    assert.deepEqual(hits('When|week: 10', events), [0]);
    assert.deepEqual(hits('When|week: 1', events), [1]);
    assert.deepEqual(hits('When|month: 12', events), [1]);
    assert.deepEqual(hits('When|year: 2026', events), [0]);
  });
  it('cidr matches IPv4 and IPv6 networks', () => {
    const events = [{ Ip: '10.1.2.3' }, { Ip: '192.168.1.1' }, { Ip: 'fe80::1c2b:3a4d' }, { Ip: '2001:db8::1' }, { Ip: '::ffff:10.9.9.9' }, { Ip: 'not an ip' }];
    assert.deepEqual(hits("Ip|cidr:\n  - '10.0.0.0/8'\n  - 'fe80::/10'", events), [0, 2, 4]);
    assert.deepEqual(hits("Ip|cidr: '2001:db8::/32'", events), [3]);
    // OR'ed networks are tested together; `all` still needs every network.
    assert.deepEqual(hits("Ip|cidr:\n  - '192.168.0.0/16'\n  - '2001:db8::/32'\n  - '10.0.0.0/8'", events), [0, 1, 3, 4]);
    assert.deepEqual(hits("Ip|cidr|all:\n  - '10.0.0.0/8'\n  - '10.1.0.0/16'", events), [0]);
  });
  it('expand replaces placeholders with the values the user gives', () => {
    const events = [{ User: 'CORP\\adm_bob' }, { User: 'CORP\\alice' }];
    assert.deepEqual(hits("User|expand: '%admins%'", events, { placeholders: { admins: ['corp\\adm_bob', 'corp\\adm_carol'] } }), [0]);
    assert.deepEqual(hits("User|expand|contains: '%domain%\\adm_'", events, { placeholders: { domain: ['CORP'] } }), [0]);
  });
  it('expand without a value for the placeholder is reported and never matches', () => {
    const result = replay(ruleWith("selection:\n  User|expand: '%admins%'\ncondition: selection"), [{ User: '%admins%' }])[0];
    assert.equal(result.matchCount, 0);
    assert.equal(result.diagnostics[0].code, 'replay-unknown-placeholder');
  });
  it('fieldref compares with another field of the same event', () => {
    const events = [{ SourceUser: 'alice', TargetUser: 'ALICE' }, { SourceUser: 'alice', TargetUser: 'bob' }];
    assert.deepEqual(hits('TargetUser|fieldref: SourceUser', events), [0]);
    assert.deepEqual(hits('TargetUser|fieldref|neq: SourceUser', events), [1]);
  });
  it('an unknown modifier is reported and the item never matches', () => {
    const result = replay(ruleWith("selection:\n  Image|sparkle: 'x'\ncondition: selection"), [{ Image: 'x' }])[0];
    assert.equal(result.matchCount, 0);
    assert.equal(result.diagnostics[0].code, 'replay-unsupported-modifier');
  });
});

describe('replay: values', () => {
  it('wildcards * and ? with escapes', () => {
    const events = [{ F: 'abcXd' }, { F: 'ab*d' }, { F: 'abd' }, { F: 'a?d' }];
    assert.deepEqual(hits("F: 'ab*d'", events), [0, 1, 2]);
    assert.deepEqual(hits("F: 'ab\\*d'", events), [1]);
    assert.deepEqual(hits("F: 'a?d'", events), [2, 3]);
    assert.deepEqual(hits("F: 'a\\?d'", events), [3]);
    assert.deepEqual(hits("F: '?b*'", events), [0, 1, 2]);
  });
  it('a backslash before an ordinary character stays a backslash', () => {
    // `\W` and `\n` are plain backslashes; only `\*`, `\?` and `\\` are escapes.
    assert.deepEqual(hits("Image: 'C:\\Windows\\n*'", [{ Image: 'C:\\Windows\\notepad.exe' }, { Image: 'C:\\Program Files\\x' }]), [0]);
    assert.deepEqual(hits("Image: 'C:\\Windows\\*'", [{ Image: 'C:\\Windows*' }, { Image: 'C:\\Windows\\notepad.exe' }]), [0]);
  });
  it('lists OR their values', () => {
    assert.deepEqual(hits("Image|endswith:\n  - '\\cmd.exe'\n  - '\\powershell.exe'", [{ Image: 'a\\cmd.exe' }, { Image: 'b\\powershell.exe' }, { Image: 'c\\x.exe' }]), [0, 1]);
  });
  it('null matches an absent or null field; empty string matches an empty value only', () => {
    const events = [{ F: null }, {}, { F: '' }, { F: 'x' }];
    assert.deepEqual(hits('F: null', events), [0, 1]);
    assert.deepEqual(hits("F: ''", events), [2]);
  });
  it('numbers match numbers and numeric strings; booleans match booleans and their strings', () => {
    assert.deepEqual(hits('EventID: 4688', [{ EventID: 4688 }, { EventID: '4688' }, { EventID: 4689 }]), [0, 1]);
    assert.deepEqual(hits("EventID: '4688'", [{ EventID: 4688 }]), [0]);
    assert.deepEqual(hits('Initiated: true', [{ Initiated: true }, { Initiated: 'true' }, { Initiated: 'false' }]), [0, 1]);
  });
  it('dotted field names reach into nested objects, and flat dotted keys work too', () => {
    const events = [{ userIdentity: { type: 'Root' } }, { 'userIdentity.type': 'Root' }, { userIdentity: { type: 'IAMUser' } }];
    assert.deepEqual(hits("userIdentity.type: 'Root'", events), [0, 1]);
  });
  it('dotted field names reach into lists of objects: any element may match (Okta targets)', () => {
    const events = [
      { target: [{ type: 'User', alternateId: 'alice@corp.example' }, { type: 'AppInstance', alternateId: 'admin-console' }] },
      { target: [{ type: 'User', alternateId: 'bob@corp.example' }] },
      { target: [] },
    ];
    assert.deepEqual(hits("target.alternateId: 'admin-console'", events), [0]);
    assert.deepEqual(hits("target.alternateId|endswith: '@corp.example'", events), [0, 1]);
    assert.deepEqual(hits('target.alternateId|exists: false', events), [2]);
  });
  it('array values match when any element matches', () => {
    assert.deepEqual(hits("Tags|contains: 'admin'", [{ Tags: ['user', 'Administrators'] }, { Tags: ['user'] }]), [0]);
  });
});
