import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { BASELINE_DIR, readEvents, readManifest, scenarios } from './sample-library';

/** Format checks over every sample event: GUIDs, SIDs, hashes, timestamps and addresses look like the real thing. */

const GUID = /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/i;
const SID = /^S-1-(0|5|16)(-\d+)*$/;
const DOMAIN_SID = /^S-1-5-21-\d+-\d+-\d+-\d+$/;
const SYSMON_HASHES = /^SHA1=[0-9A-F]{40},MD5=[0-9A-F]{32},SHA256=[0-9A-F]{64},IMPHASH=[0-9A-F]{32}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const SYSMON_UTC = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/;
const HEX_LOGON_ID = /^0x[0-9a-f]+$/;
const WINDOWS_PATH = /^"?([A-Z]:\\|\\\?\?\\|%)/i;
// Not after a slash or a dot: `Chrome/131.0.0.0` is a version, not an address.
const IPV4 = /(?<![\w/.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.])/g;

/** Private, loopback and documentation ranges: the only IPv4 addresses our samples may contain. */
function allowedIpv4(a: number, b: number, c: number): boolean {
  return a === 10 || a === 127 || (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113);
}

type Check = (key: string, value: unknown, where: string) => void;

const CHECKS: Check[] = [
  (key, value, where) => {
    if (/guid$/i.test(key) && typeof value === 'string' && value !== '') assert.match(value, GUID, `${where} ${key}`);
  },
  (key, value, where) => {
    if (/(Sid|UserID)$/.test(key) && typeof value === 'string') assert.match(value, SID, `${where} ${key}`);
    if (typeof value === 'string' && value.startsWith('S-1-5-21-') && /Sid$/.test(key)) assert.match(value, DOMAIN_SID, `${where} ${key}`);
  },
  (key, value, where) => {
    if (key === 'Hashes') assert.match(String(value), SYSMON_HASHES, `${where} ${key}`);
  },
  (key, value, where) => {
    if (['SystemTime', '@timestamp', 'timestamp', 'receiveTimestamp', 'eventTime', 'published', 'createdDateTime'].includes(key)) assert.match(String(value), ISO_UTC, `${where} ${key}`);
    if (key === 'UtcTime') assert.match(String(value), SYSMON_UTC, `${where} ${key}`);
  },
  (key, value, where) => {
    if (/LogonId$/.test(key) && typeof value === 'string') assert.match(value, HEX_LOGON_ID, `${where} ${key}`);
  },
  (key, value, where) => {
    if (typeof value !== 'string') return;
    for (const [address, a, b, c, d] of value.matchAll(IPV4)) {
      if ([a, b, c, d].some((part) => Number(part) > 255) || /version/i.test(key)) continue;
      assert.ok(allowedIpv4(Number(a), Number(b), Number(c)), `${where}: ${address} is outside private and documentation ranges`);
    }
  },
];

function walk(node: unknown, where: string, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, where, visit));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value);
      walk(value, where, visit);
    }
  }
}

function checkEvents(file: string, format: string): void {
  readEvents(file).forEach((event, index) => {
    const where = `${path.relative(process.cwd(), file)}#${index}`;
    walk(event, where, (key, value) => CHECKS.forEach((check) => check(key, value, where)));
    if (format === 'evtx-json') checkWindowsPaths(event, where);
  });
}

function checkWindowsPaths(event: Record<string, unknown>, where: string): void {
  const data = (event.Event as { EventData?: Record<string, unknown> }).EventData ?? {};
  for (const key of ['Image', 'ParentImage', 'SourceImage', 'TargetImage', 'NewProcessName', 'ParentProcessName', 'ImagePath']) {
    if (typeof data[key] === 'string') assert.match(data[key] as string, WINDOWS_PATH, `${where} ${key}`);
  }
}

describe('sample event realism', () => {
  for (const scenario of scenarios()) {
    it(`${scenario.platform}/${scenario.name}`, () => {
      for (const file of scenario.manifest.files) checkEvents(path.join(scenario.dir, file.path), file.format);
    });
  }

  it('the benign baseline', function () {
    this.timeout(20_000);
    for (const file of readManifest(BASELINE_DIR).files) checkEvents(path.join(BASELINE_DIR, file.path), file.format);
  });
});
