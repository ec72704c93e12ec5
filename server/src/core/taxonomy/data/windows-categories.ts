import type { LogsourceSpec, WindowsEventSource } from '../model';

// Windows categories: the generic logsources that Sysmon (and, for some, other channels) feed.
// Field lists follow the Sysmon schema (v15); `enriched` lists fields that EDR-backed pipelines add.

const SYSMON = { service: 'sysmon', provider: 'Microsoft-Windows-Sysmon', channel: 'Microsoft-Windows-Sysmon/Operational' };

function sysmon(eventIds: number[]): WindowsEventSource {
  return { ...SYSMON, eventIds, sameFields: true };
}

const PROCESS = ['RuleName', 'UtcTime', 'ProcessGuid', 'ProcessId', 'Image', 'User'];
const PE_INFO = ['FileVersion', 'Description', 'Product', 'Company', 'OriginalFileName'];
const HASH_ENRICHMENT = ['Imphash', 'md5', 'sha1', 'sha256'];
const PARENT_ENRICHMENT = ['CommandLine', 'ParentImage', 'ParentCommandLine'];
const REGISTRY = [...PROCESS, 'EventType', 'TargetObject'];
const ETW_FILE = ['FileName', 'FileObject', 'Irp', 'IssuingThreadId', 'CreateOptions', 'CreateAttributes', 'ShareAccess', 'ProcessId', 'ThreadId'];

export const WINDOWS_CATEGORIES: LogsourceSpec[] = [
  {
    product: 'windows',
    category: 'process_creation',
    description: 'A process started: Sysmon event 1, or Security event 4688 with its own field names.',
    fields: [...PROCESS, ...PE_INFO, 'CommandLine', 'CurrentDirectory', 'LogonGuid', 'LogonId', 'TerminalSessionId', 'IntegrityLevel', 'Hashes', 'ParentProcessGuid', 'ParentProcessId', 'ParentImage', 'ParentCommandLine', 'ParentUser'],
    enriched: ['GrandParentImage', 'GrandparentImage', 'GrandparentCommandLine', 'GrandparentProcessId', 'FileAge', 'FileCreationDate', 'ParentSpoofed', 'ProcessTree', 'Winversion', ...HASH_ENRICHMENT],
    events: [sysmon([1]), { service: 'security', provider: 'Microsoft-Windows-Security-Auditing', channel: 'Security', eventIds: [4688], sameFields: false }],
  },
  {
    product: 'windows',
    category: 'process_termination',
    description: 'A process ended: Sysmon event 5 (or Security 4689).',
    fields: [...PROCESS],
    events: [sysmon([5]), { service: 'security', provider: 'Microsoft-Windows-Security-Auditing', channel: 'Security', eventIds: [4689], sameFields: false }],
  },
  {
    product: 'windows',
    category: 'file_change',
    description: 'A process changed the creation time of a file: Sysmon event 2.',
    fields: [...PROCESS, 'TargetFilename', 'CreationUtcTime', 'PreviousCreationUtcTime'],
    events: [sysmon([2])],
  },
  {
    product: 'windows',
    category: 'network_connection',
    description: 'A TCP or UDP connection: Sysmon event 3.',
    fields: [...PROCESS, 'Protocol', 'Initiated', 'SourceIsIpv6', 'SourceIp', 'SourceHostname', 'SourcePort', 'SourcePortName', 'DestinationIsIpv6', 'DestinationIp', 'DestinationHostname', 'DestinationPort', 'DestinationPortName'],
    enriched: ['CommandLine', 'ParentImage'],
    events: [sysmon([3])],
  },
  {
    product: 'windows',
    category: 'sysmon_status',
    description: 'Sysmon service state changed (event 4) or its configuration changed (event 16).',
    fields: ['UtcTime', 'State', 'Version', 'SchemaVersion', 'Configuration', 'ConfigurationFileHash'],
    events: [sysmon([4, 16])],
  },
  {
    product: 'windows',
    category: 'driver_load',
    description: 'A kernel driver was loaded: Sysmon event 6.',
    fields: ['RuleName', 'UtcTime', 'ImageLoaded', 'Hashes', 'Signed', 'Signature', 'SignatureStatus'],
    enriched: [...HASH_ENRICHMENT],
    events: [sysmon([6])],
  },
  {
    product: 'windows',
    category: 'image_load',
    description: 'A DLL or other image was loaded into a process: Sysmon event 7.',
    fields: [...PROCESS, 'ImageLoaded', ...PE_INFO, 'Hashes', 'Signed', 'Signature', 'SignatureStatus'],
    enriched: ['CommandLine', ...HASH_ENRICHMENT],
    events: [sysmon([7])],
  },
  {
    product: 'windows',
    category: 'create_remote_thread',
    description: 'A process created a thread in another process: Sysmon event 8.',
    fields: ['RuleName', 'UtcTime', 'SourceProcessGuid', 'SourceProcessId', 'SourceImage', 'TargetProcessGuid', 'TargetProcessId', 'TargetImage', 'NewThreadId', 'StartAddress', 'StartModule', 'StartFunction', 'SourceUser', 'TargetUser'],
    enriched: ['User', 'SourceCommandLine', 'SourceParentProcessId', 'SourceParentImage', 'SourceParentCommandLine', 'TargetCommandLine', 'TargetParentProcessId', 'TargetParentImage', 'TargetParentCommandLine', 'IsInitialThread', 'RemoteCreation'],
    events: [sysmon([8])],
  },
  {
    product: 'windows',
    category: 'raw_access_thread',
    description: 'A process read a drive directly (\\\\.\\ device): Sysmon event 9.',
    fields: [...PROCESS, 'Device'],
    events: [sysmon([9])],
  },
  {
    product: 'windows',
    category: 'process_access',
    description: 'A process opened another process (OpenProcess): Sysmon event 10.',
    fields: ['RuleName', 'UtcTime', 'SourceProcessGUID', 'SourceProcessId', 'SourceThreadId', 'SourceImage', 'TargetProcessGUID', 'TargetProcessId', 'TargetImage', 'GrantedAccess', 'CallTrace', 'SourceUser', 'TargetUser'],
    enriched: ['SourceCommandLine', 'CallTraceExtended', 'SourceParentImage'],
    events: [sysmon([10])],
  },
  {
    product: 'windows',
    category: 'file_event',
    description: 'A file was created or overwritten: Sysmon event 11.',
    fields: [...PROCESS, 'TargetFilename', 'CreationUtcTime'],
    enriched: ['CommandLine', 'ParentImage', 'ParentCommandLine', 'IntegrityLevel', 'MagicHeader'],
    events: [sysmon([11])],
  },
  {
    product: 'windows',
    category: 'registry_add',
    description: 'A registry key was created: Sysmon event 12 with EventType CreateKey.',
    fields: [...REGISTRY],
    events: [sysmon([12])],
  },
  {
    product: 'windows',
    category: 'registry_delete',
    description: 'A registry key or value was deleted: Sysmon event 12 with EventType DeleteKey or DeleteValue.',
    fields: [...REGISTRY, 'Details'],
    events: [sysmon([12])],
  },
  {
    product: 'windows',
    category: 'registry_set',
    description: 'A registry value was set: Sysmon event 13.',
    fields: [...REGISTRY, 'Details'],
    events: [sysmon([13])],
  },
  {
    product: 'windows',
    category: 'registry_rename',
    description: 'A registry key or value was renamed: Sysmon event 14.',
    fields: [...REGISTRY, 'NewName'],
    events: [sysmon([14])],
  },
  {
    product: 'windows',
    category: 'registry_event',
    description: 'Any registry event: Sysmon events 12, 13 and 14.',
    fields: [...REGISTRY, 'Details', 'NewName'],
    events: [sysmon([12, 13, 14])],
  },
  {
    product: 'windows',
    category: 'create_stream_hash',
    description: 'An alternate data stream was created: Sysmon event 15.',
    fields: [...PROCESS, 'TargetFilename', 'CreationUtcTime', 'Hash', 'Contents'],
    enriched: [...HASH_ENRICHMENT],
    events: [sysmon([15])],
  },
  {
    product: 'windows',
    category: 'pipe_created',
    description: 'A named pipe was created (event 17) or connected (event 18).',
    fields: [...PROCESS, 'EventType', 'PipeName'],
    events: [sysmon([17, 18])],
  },
  {
    product: 'windows',
    category: 'wmi_event',
    description: 'A WMI event filter (19), consumer (20) or binding (21) was registered.',
    fields: ['RuleName', 'UtcTime', 'EventType', 'Operation', 'User', 'EventNamespace', 'Name', 'Query', 'Type', 'Destination', 'Consumer', 'Filter'],
    events: [sysmon([19, 20, 21])],
  },
  {
    product: 'windows',
    category: 'dns_query',
    description: 'A process made a DNS query: Sysmon event 22.',
    fields: [...PROCESS, 'QueryName', 'QueryStatus', 'QueryResults'],
    events: [sysmon([22])],
  },
  {
    product: 'windows',
    category: 'file_delete',
    description: 'A file was deleted: Sysmon event 23 (archived) or 26 (logged).',
    fields: [...PROCESS, 'TargetFilename', 'Hashes', 'IsExecutable', 'Archived'],
    enriched: [...PARENT_ENRICHMENT, ...HASH_ENRICHMENT],
    events: [sysmon([23, 26])],
  },
  {
    product: 'windows',
    category: 'clipboard_capture',
    description: 'The clipboard content changed: Sysmon event 24.',
    fields: [...PROCESS, 'Session', 'ClientInfo', 'Hashes', 'Archived'],
    events: [sysmon([24])],
  },
  {
    product: 'windows',
    category: 'process_tampering',
    description: 'A process image was changed (hollowing, herpaderping): Sysmon event 25.',
    fields: [...PROCESS, 'Type'],
    events: [sysmon([25])],
  },
  {
    product: 'windows',
    category: 'file_block_executable',
    description: 'Sysmon blocked the creation of an executable: event 27.',
    fields: [...PROCESS, 'TargetFilename', 'Hashes'],
    events: [sysmon([27])],
  },
  {
    product: 'windows',
    category: 'file_block_shredding',
    description: 'Sysmon blocked file shredding: event 28.',
    fields: [...PROCESS, 'TargetFilename', 'Hashes', 'IsExecutable'],
    events: [sysmon([28])],
  },
  {
    product: 'windows',
    category: 'file_executable_detected',
    description: 'Sysmon detected the creation of an executable file: event 29.',
    fields: [...PROCESS, 'TargetFilename', 'Hashes'],
    enriched: [...HASH_ENRICHMENT],
    events: [sysmon([29])],
  },
  {
    product: 'windows',
    category: 'sysmon_error',
    description: 'Sysmon reported an internal error: event 255.',
    fields: ['UtcTime', 'ID', 'Description'],
    events: [sysmon([255])],
  },
  {
    product: 'windows',
    category: 'file_access',
    description: 'A file was opened: the Microsoft-Windows-Kernel-File ETW provider (events 10, 12), not Sysmon.',
    fields: [...ETW_FILE],
    enriched: ['Image', 'User', 'TargetFilename', 'CommandLine', 'ParentImage', 'ParentCommandLine'],
  },
  {
    product: 'windows',
    category: 'file_rename',
    description: 'A file was renamed: the Microsoft-Windows-Kernel-File ETW provider (event 27), not Sysmon.',
    fields: [...ETW_FILE, 'ExtraInformation', 'FileKey', 'FilePath', 'InfoClass'],
    enriched: ['Image', 'User', 'SourceFilename', 'TargetFilename', 'CommandLine', 'ParentImage', 'ParentCommandLine', 'OriginalFileName', 'MagicHeader'],
  },
  {
    product: 'windows',
    category: 'ps_script',
    description: 'PowerShell script block logging: Microsoft-Windows-PowerShell/Operational event 4104.',
    fields: ['ScriptBlockText', 'ScriptBlockId', 'MessageNumber', 'MessageTotal', 'Path'],
    events: [{ service: 'powershell', provider: 'Microsoft-Windows-PowerShell', channel: 'Microsoft-Windows-PowerShell/Operational', eventIds: [4104], sameFields: true }],
  },
  {
    product: 'windows',
    category: 'ps_module',
    description: 'PowerShell module logging: Microsoft-Windows-PowerShell/Operational event 4103.',
    fields: ['ContextInfo', 'UserData', 'Payload'],
    events: [{ service: 'powershell', provider: 'Microsoft-Windows-PowerShell', channel: 'Microsoft-Windows-PowerShell/Operational', eventIds: [4103], sameFields: true }],
  },
  {
    product: 'windows',
    category: 'ps_classic_start',
    description: 'Windows PowerShell engine started: the classic "Windows PowerShell" channel, event 400.',
    fields: ['Data', 'NewEngineState', 'PreviousEngineState', 'SequenceNumber', 'HostName', 'HostVersion', 'HostApplication', 'EngineVersion', 'RunspaceId', 'CommandLine'],
    events: [{ service: 'powershell-classic', provider: 'PowerShell', channel: 'Windows PowerShell', eventIds: [400], sameFields: true }],
  },
  {
    product: 'windows',
    category: 'ps_classic_provider_start',
    description: 'A PowerShell provider started: the classic "Windows PowerShell" channel, event 600.',
    fields: ['Data', 'ProviderName', 'NewProviderState', 'SequenceNumber', 'HostName', 'HostVersion', 'HostApplication', 'EngineVersion', 'RunspaceId', 'CommandLine'],
    events: [{ service: 'powershell-classic', provider: 'PowerShell', channel: 'Windows PowerShell', eventIds: [600], sameFields: true }],
  },
  {
    product: 'windows',
    category: 'ps_classic_script',
    description: 'A PowerShell pipeline ran: the classic "Windows PowerShell" channel, event 800.',
    fields: ['Data', 'UserId', 'HostName', 'HostApplication', 'CommandLine', 'ScriptName', 'CommandPath', 'CommandType'],
    events: [{ service: 'powershell-classic', provider: 'PowerShell', channel: 'Windows PowerShell', eventIds: [800], sameFields: true }],
  },
];
