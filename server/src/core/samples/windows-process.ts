import type { Rng } from './prng';
import { createRng, seedFromText } from './prng';
import { sysmonHashes, sysmonUtc } from './fake-values';
import { fileVersionOf, peInfoFor } from './pe-info';

/** A running Windows process as Sysmon identifies it. */
export interface WinProcess {
  guid: string;
  pid: number;
  image: string;
  commandLine: string;
  user: string;
  logonId: string;
  logonGuid: string;
  integrity: 'System' | 'High' | 'Medium' | 'Low';
  cwd: string;
  session: number;
}

/** What a caller chooses when it starts a process; the ids are generated. */
export interface SpawnSpec {
  image: string;
  commandLine: string;
  cwd?: string;
  integrity?: WinProcess['integrity'];
}

/** Sysmon process GUIDs start with a segment derived from the machine GUID, constant per host. */
export function hostGuidPrefix(computer: string): string {
  return createRng(seedFromText(computer)).hex(8).toUpperCase();
}

export function processGuid(rng: Rng, computer: string): string {
  const h = rng.hex(24).toUpperCase();
  return `{${hostGuidPrefix(computer)}-${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8, 12)}-${h.slice(12)}}`;
}

/** A new process started by `parent`, inheriting its logon session unless the spec says otherwise. */
export function spawn(rng: Rng, computer: string, parent: WinProcess, spec: SpawnSpec): WinProcess {
  return {
    ...parent,
    guid: processGuid(rng, computer),
    pid: rng.int(1, 4000) * 4,
    image: spec.image,
    commandLine: spec.commandLine,
    cwd: spec.cwd ?? parent.cwd,
    integrity: spec.integrity ?? parent.integrity,
  };
}

/** EventData of Sysmon event 1 (process creation). */
export function processCreateData(child: WinProcess, parent: WinProcess, timeMs: number): Record<string, string | number> {
  const pe = peInfoFor(child.image);
  return {
    RuleName: '-',
    UtcTime: sysmonUtc(timeMs),
    ProcessGuid: child.guid,
    ProcessId: child.pid,
    Image: child.image,
    FileVersion: fileVersionOf(pe),
    Description: pe.description,
    Product: pe.product,
    Company: pe.company,
    OriginalFileName: pe.original,
    CommandLine: child.commandLine,
    CurrentDirectory: child.cwd,
    User: child.user,
    LogonGuid: child.logonGuid,
    LogonId: child.logonId,
    TerminalSessionId: child.session,
    IntegrityLevel: child.integrity,
    Hashes: sysmonHashes(child.image),
    ParentProcessGuid: parent.guid,
    ParentProcessId: parent.pid,
    ParentImage: parent.image,
    ParentCommandLine: parent.commandLine,
    ParentUser: parent.user,
  };
}

/** The LogonGuid Sysmon reports: a per-host prefix, then the logon id's bytes little-endian. */
export function logonGuid(computer: string, logonId: string): string {
  const id = parseInt(logonId, 16).toString(16).toUpperCase().padStart(8, '0');
  const littleEndian = id.match(/../g)!.reverse().join('');
  const boot = createRng(seedFromText(`${computer}/boot`)).hex(8).toUpperCase();
  return `{${hostGuidPrefix(computer)}-${boot.slice(0, 4)}-${boot.slice(4)}-${littleEndian.slice(0, 4)}-${littleEndian.slice(4)}00000000}`;
}
