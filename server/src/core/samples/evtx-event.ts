import type { Rng } from './prng';
import { isoMicros } from './fake-values';

/** An event in the JSON shape `evtx_dump` prints for one EVTX record. */
export interface EvtxEvent {
  Event: {
    '#attributes': { xmlns: string };
    System: Record<string, unknown>;
    EventData?: Record<string, string | number>;
    UserData?: Record<string, unknown>;
  };
}

/** The event providers our samples use, with the GUID and channel Windows gives them. */
export const PROVIDERS = {
  sysmon: { name: 'Microsoft-Windows-Sysmon', guid: '{5770385F-C22A-43E0-BF4C-06F5698FFBD9}', channel: 'Microsoft-Windows-Sysmon/Operational' },
  security: { name: 'Microsoft-Windows-Security-Auditing', guid: '{54849625-5478-4994-A5BA-3E3B0328C30D}', channel: 'Security' },
  eventlog: { name: 'Microsoft-Windows-Eventlog', guid: '{FC65DDD8-D6EF-4962-83D5-6E5CFE9CE148}', channel: 'Security' },
  powershell: { name: 'Microsoft-Windows-PowerShell', guid: '{A0C1853B-5C40-4B15-8766-3CF1C58F985A}', channel: 'Microsoft-Windows-PowerShell/Operational' },
  scm: { name: 'Service Control Manager', guid: '{555908D1-A6D7-4695-8E1E-26931D2012F4}', channel: 'System' },
  taskScheduler: { name: 'Microsoft-Windows-TaskScheduler', guid: '{DE7B24EA-73C8-4A09-985D-5BDADCFA9017}', channel: 'Microsoft-Windows-TaskScheduler/Operational' },
} as const;

export type ProviderKey = keyof typeof PROVIDERS;

/** What varies between two records; the rest of the System block is derived. */
export interface EvtxSpec {
  provider: ProviderKey;
  eventId: number;
  computer: string;
  timeMs: number;
  recordId: number;
  data?: Record<string, string | number>;
  userData?: Record<string, unknown>;
  /** The SID in System/Security; Security-channel events carry none. */
  userSid?: string;
  version?: number;
  task?: number;
  /** The writing process (Execution/ProcessID); random when absent. */
  processId?: number;
}

/** Builds one record; the provider's process id and thread id are random but plausible. */
export function evtxEvent(spec: EvtxSpec, rng: Rng): EvtxEvent {
  const provider = PROVIDERS[spec.provider];
  const system: Record<string, unknown> = {
    Provider: { '#attributes': providerAttributes(spec.provider) },
    // Classic event-message providers such as the Service Control Manager carry Qualifiers, which evtx_dump keeps.
    EventID: spec.provider === 'scm' ? { '#attributes': { Qualifiers: 16384 }, '#text': spec.eventId } : spec.eventId,
    Version: spec.version ?? 0,
    Level: 4,
    Task: spec.task ?? 0,
    Opcode: 0,
    Keywords: spec.provider === 'security' || spec.provider === 'eventlog' ? '0x8020000000000000' : '0x8000000000000000',
    TimeCreated: { '#attributes': { SystemTime: isoMicros(spec.timeMs, rng) } },
    EventRecordID: spec.recordId,
    Correlation: null,
    Execution: { '#attributes': { ProcessID: spec.processId ?? rng.int(600, 9000), ThreadID: rng.int(100, 12000) } },
    Channel: provider.channel,
    Computer: spec.computer,
    Security: spec.userSid ? { '#attributes': { UserID: spec.userSid } } : null,
  };
  const event: EvtxEvent['Event'] = { '#attributes': { xmlns: 'http://schemas.microsoft.com/win/2004/08/events/event' }, System: system };
  if (spec.data) event.EventData = spec.data;
  if (spec.userData) event.UserData = spec.userData;
  return { Event: event };
}

function providerAttributes(key: ProviderKey): Record<string, string> {
  const provider = PROVIDERS[key];
  if (key === 'scm') return { Name: provider.name, Guid: provider.guid, EventSourceName: 'Service Control Manager' };
  return { Name: provider.name, Guid: provider.guid };
}
