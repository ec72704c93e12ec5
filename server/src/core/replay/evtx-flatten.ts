import type { ReplayEvent } from './event-context';
import { isRecord } from '../common/is-record';

type Json = Record<string, unknown>;

/**
 * Flattens an evtx_dump-shaped event (`{"Event":{"System":{...},"EventData":{...}}}`) so that Sigma
 * field names line up: EventData and UserData fields at top level, and from System the EventID,
 * Channel, Computer, Provider_Name and the time. Any other object is returned unchanged.
 */
export function flattenEvtxEvent(record: ReplayEvent): ReplayEvent {
  const event = record.Event;
  if (!isRecord(event) || !isRecord(event.System)) return record;
  // Fields are written straight into one object: no intermediate object per section on the read path.
  const flat: Json = {};
  addSystemFields(event.System, flat);
  if (event.EventData !== undefined) addDataFields(event.EventData, flat);
  if (isRecord(event.UserData)) for (const inner of Object.values(event.UserData)) addDataFields(inner, flat);
  if (event.RenderingInfo !== undefined && isRecord(event.RenderingInfo)) flat.RenderingInfo = event.RenderingInfo;
  // V8 turns an object grown key by key past about 19 properties (most Sysmon and Security events) into a
  // slow dictionary; a spread copy is allocated at its final size with fast properties. The copy costs about
  // 1 µs per event on the read path and saves about 4 µs in evaluation (replay bench: 53,600 -> 67,600 events/s).
  return { ...flat };
}

function addSystemFields(system: Json, out: Json): void {
  const provider = attributes(system.Provider);
  if (provider.Name !== undefined) out.Provider_Name = provider.Name;
  if (provider.Guid !== undefined) out.Provider_Guid = provider.Guid;
  if (provider.EventSourceName !== undefined) out.EventSourceName = provider.EventSourceName;
  for (const key of ['EventID', 'Version', 'Level', 'Task', 'Opcode', 'Keywords', 'EventRecordID', 'Channel', 'Computer']) {
    const value = textOf(system[key]);
    if (value !== undefined) out[key] = key === 'EventID' && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  }
  const time = attributes(system.TimeCreated).SystemTime ?? textOf(system.TimeCreated);
  if (time !== undefined) out.TimeCreated = time;
  const execution = attributes(system.Execution);
  if (execution.ProcessID !== undefined) out.ExecutionProcessID = execution.ProcessID;
  if (execution.ThreadID !== undefined) out.ExecutionThreadID = execution.ThreadID;
  const security = attributes(system.Security);
  if (security.UserID !== undefined) out.SecurityUserID = security.UserID;
}

/** EventData as a map of names, as `Data` items with `Name` attributes, or as unnamed `Data` values. */
function addDataFields(data: unknown, out: Json): void {
  if (!isRecord(data)) {
    if (data !== undefined && data !== null) out.Data = textOf(data);
    return;
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === '#attributes') continue;
    if (key === 'Data') addNamedData(value, out);
    else out[key] = textOf(value);
  }
}

function addNamedData(value: unknown, out: Json): void {
  const items = Array.isArray(value) ? value : [value];
  const unnamed: unknown[] = [];
  for (const item of items) {
    const name = attributes(item).Name;
    if (typeof name === 'string') out[name] = textOf(item);
    else unnamed.push(textOf(item));
  }
  if (unnamed.length) out.Data = unnamed.length === 1 ? unnamed[0] : unnamed;
}

function attributes(value: unknown): Json {
  return isRecord(value) && isRecord(value['#attributes']) ? value['#attributes'] : {};
}

/** `{"#text": v}` or `{"#attributes":..., "#text": v}` becomes v; a plain value stays; an element without text becomes null. */
function textOf(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if ('#text' in value) {
    const text = value['#text'];
    return Array.isArray(text) ? text.join('') : text;
  }
  const keys = Object.keys(value).filter((key) => key !== '#attributes');
  return keys.length === 0 ? null : value;
}
