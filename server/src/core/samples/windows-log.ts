import type { Rng } from './prng';
import type { EvtxEvent, ProviderKey } from './evtx-event';
import { evtxEvent, PROVIDERS } from './evtx-event';
import { fakeLogonId } from './fake-values';
import type { WinProcess } from './windows-process';
import { logonGuid, processGuid } from './windows-process';
import { DOMAIN } from './windows-pool';

/** Emits records for one computer, numbering each channel's EventRecordID the way Windows does. */
export interface WindowsLog {
  computer: string;
  emit(provider: ProviderKey, eventId: number, timeMs: number, body: { data?: Record<string, string | number>; userData?: Record<string, unknown>; userSid?: string; version?: number; task?: number }): EvtxEvent;
}

export function createWindowsLog(rng: Rng, computer: string): WindowsLog {
  const nextRecord = new Map<string, number>();
  // Each provider logs from one long-running process (LSASS for Security, the Sysmon service...).
  const writerPid = new Map<ProviderKey, number>();
  return {
    computer,
    emit(provider, eventId, timeMs, body) {
      const channel = PROVIDERS[provider].channel;
      const recordId = nextRecord.get(channel) ?? rng.int(20000, 900000);
      nextRecord.set(channel, recordId + 1);
      if (!writerPid.has(provider)) writerPid.set(provider, rng.int(150, 2500) * 4);
      return evtxEvent({ provider, eventId, computer, timeMs, recordId, processId: writerPid.get(provider), ...body }, rng);
    },
  };
}

/** The long-lived processes every host has, for parents of the interesting ones. */
export interface HostProcesses {
  services: WinProcess;
  svchost: WinProcess;
  explorer: WinProcess;
  wmiPrvSe: WinProcess;
}

/** Builds the standing processes of a host with `user` logged on interactively. */
export function hostProcesses(rng: Rng, computer: string, user: string): HostProcesses {
  const system = systemProcess(rng, computer, 'C:\\Windows\\System32\\services.exe', 'C:\\Windows\\system32\\services.exe');
  const logonId = fakeLogonId(rng);
  const explorer: WinProcess = {
    guid: processGuid(rng, computer), pid: rng.int(1000, 2000) * 4, image: 'C:\\Windows\\explorer.exe', commandLine: 'C:\\Windows\\Explorer.EXE',
    user: `${DOMAIN}\\${user}`, logonId, logonGuid: logonGuid(computer, logonId), integrity: 'Medium', cwd: 'C:\\Windows\\system32\\', session: 1,
  };
  return {
    services: system,
    svchost: systemProcess(rng, computer, 'C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule'),
    explorer,
    wmiPrvSe: systemProcess(rng, computer, 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe', 'C:\\Windows\\system32\\wbem\\wmiprvse.exe -secured -Embedding'),
  };
}

/** A process running as LocalSystem in session 0. */
export function systemProcess(rng: Rng, computer: string, image: string, commandLine: string): WinProcess {
  return {
    guid: processGuid(rng, computer), pid: rng.int(100, 1500) * 4, image, commandLine, user: 'NT AUTHORITY\\SYSTEM',
    logonId: '0x3e7', logonGuid: logonGuid(computer, '0x3e7'), integrity: 'System', cwd: 'C:\\Windows\\system32\\', session: 0,
  };
}
