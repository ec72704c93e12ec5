import type { ReplayEvent } from './event-context';

type Json = Record<string, unknown>;

/**
 * Flattens an evtx_dump-shaped event (`{"Event":{"System":{...},"EventData":{...}}}`) so that Sigma
 * field names line up: EventData and UserData fields at top level, and from System the EventID,
 * Channel, Computer, Provider_Name and the time. Any other object is returned unchanged.
 */
export function flattenEvtxEvent(record: ReplayEvent): ReplayEvent {
  const event = record.Event;
  if (!isObject(event) || !isObject(event.System)) return record;
  const flat: Json = {};
  Object.assign(flat, systemFields(event.System));
  if (event.EventData !== undefined) Object.assign(flat, dataFields(event.EventData));
  if (isObject(event.UserData)) for (const inner of Object.values(event.UserData)) Object.assign(flat, dataFields(inner));
  if (event.RenderingInfo !== undefined && isObject(event.RenderingInfo)) flat.RenderingInfo = event.RenderingInfo;
  return flat;
}

function systemFields(system: Json): Json {
  const out: Json = {};
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
  return out;
}

/** EventData as a map of names, as `Data` items with `Name` attributes, or as unnamed `Data` values. */
function dataFields(data: unknown): Json {
  if (!isObject(data)) return data === undefined || data === null ? {} : { Data: textOf(data) };
  const out: Json = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === '#attributes') continue;
    if (key === 'Data') Object.assign(out, namedData(value));
    else out[key] = textOf(value);
  }
  return out;
}

function namedData(value: unknown): Json {
  const items = Array.isArray(value) ? value : [value];
  const named: Json = {};
  const unnamed: unknown[] = [];
  for (const item of items) {
    const name = attributes(item).Name;
    if (typeof name === 'string') named[name] = textOf(item);
    else unnamed.push(textOf(item));
  }
  if (unnamed.length) named.Data = unnamed.length === 1 ? unnamed[0] : unnamed;
  return named;
}

function attributes(value: unknown): Json {
  return isObject(value) && isObject(value['#attributes']) ? value['#attributes'] : {};
}

/** `{"#text": v}` or `{"#attributes":..., "#text": v}` becomes v; a plain value stays; an element without text becomes null. */
function textOf(value: unknown): unknown {
  if (!isObject(value)) return value;
  if ('#text' in value) {
    const text = value['#text'];
    return Array.isArray(text) ? text.join('') : text;
  }
  const keys = Object.keys(value).filter((key) => key !== '#attributes');
  return keys.length === 0 ? null : value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
