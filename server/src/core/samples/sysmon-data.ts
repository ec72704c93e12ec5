import { sysmonHashes, sysmonUtc } from './fake-values';
import type { WinProcess } from './windows-process';

/** EventData builders for the Sysmon events other than process creation (see windows-process.ts). */

/** Sysmon event 3: an outbound TCP connection. */
export function networkConnectData(proc: WinProcess, timeMs: number, dest: { ip: string; port: number; hostname?: string; sourceIp: string; sourcePort: number }): Record<string, string | number> {
  return {
    RuleName: '-', UtcTime: sysmonUtc(timeMs), ProcessGuid: proc.guid, ProcessId: proc.pid, Image: proc.image, User: proc.user,
    Protocol: 'tcp', Initiated: 'true', SourceIsIpv6: 'false', SourceIp: dest.sourceIp, SourceHostname: '-', SourcePort: dest.sourcePort, SourcePortName: '-',
    DestinationIsIpv6: dest.ip.includes(':') ? 'true' : 'false', DestinationIp: dest.ip, DestinationHostname: dest.hostname ?? '-', DestinationPort: dest.port,
    DestinationPortName: dest.port === 443 ? 'https' : dest.port === 80 ? 'http' : '-',
  };
}

/** Sysmon event 10: one process opened a handle to another. */
export function processAccessData(source: WinProcess, target: WinProcess, timeMs: number, access: { grantedAccess: string; callTrace: string; threadId: number }): Record<string, string | number> {
  return {
    RuleName: '-', UtcTime: sysmonUtc(timeMs), SourceProcessGUID: source.guid, SourceProcessId: source.pid, SourceThreadId: access.threadId,
    SourceImage: source.image, TargetProcessGUID: target.guid, TargetProcessId: target.pid, TargetImage: target.image,
    GrantedAccess: access.grantedAccess, CallTrace: access.callTrace, SourceUser: source.user, TargetUser: target.user,
  };
}

/** Sysmon event 8: a thread started in another process. */
export function createRemoteThreadData(source: WinProcess, target: WinProcess, timeMs: number, thread: { newThreadId: number; startAddress: string; startModule: string; startFunction: string }): Record<string, string | number> {
  return {
    RuleName: '-', UtcTime: sysmonUtc(timeMs), SourceProcessGuid: source.guid, SourceProcessId: source.pid, SourceImage: source.image,
    TargetProcessGuid: target.guid, TargetProcessId: target.pid, TargetImage: target.image, NewThreadId: thread.newThreadId,
    StartAddress: thread.startAddress, StartModule: thread.startModule, StartFunction: thread.startFunction, SourceUser: source.user, TargetUser: target.user,
  };
}

/** Sysmon event 11: a file was created. */
export function fileCreateData(proc: WinProcess, timeMs: number, targetFilename: string): Record<string, string | number> {
  return {
    RuleName: '-', UtcTime: sysmonUtc(timeMs), ProcessGuid: proc.guid, ProcessId: proc.pid, Image: proc.image,
    TargetFilename: targetFilename, CreationUtcTime: sysmonUtc(timeMs), User: proc.user,
  };
}

/** Sysmon event 13: a registry value was written. */
export function registrySetData(proc: WinProcess, timeMs: number, targetObject: string, details: string): Record<string, string | number> {
  return {
    RuleName: '-', EventType: 'SetValue', UtcTime: sysmonUtc(timeMs), ProcessGuid: proc.guid, ProcessId: proc.pid, Image: proc.image,
    TargetObject: targetObject, Details: details, User: proc.user,
  };
}

/** Sysmon event 7: a module was loaded. */
export function imageLoadData(proc: WinProcess, timeMs: number, imageLoaded: string, signed: { signature: string; status: string }): Record<string, string | number> {
  return {
    RuleName: '-', UtcTime: sysmonUtc(timeMs), ProcessGuid: proc.guid, ProcessId: proc.pid, Image: proc.image, ImageLoaded: imageLoaded,
    FileVersion: '-', Description: '-', Product: '-', Company: '-', OriginalFileName: '-', Hashes: sysmonHashes(imageLoaded),
    Signed: signed.status === 'Unavailable' ? 'false' : 'true', Signature: signed.signature, SignatureStatus: signed.status, User: proc.user,
  };
}
