/**
 * The built-in Windows logsource mapping: which channel is which Sigma `service`, which channel and
 * event ID is which `category`, and the Security 4688 field names under their Sysmon names.
 * SigmaHQ's rules and pySigma's Windows pipelines use the same table.
 */
export const WINDOWS_SERVICE_CHANNELS: Readonly<Record<string, readonly string[]>> = {
  security: ['Security'],
  system: ['System'],
  application: ['Application'],
  sysmon: ['Microsoft-Windows-Sysmon/Operational'],
  powershell: ['Microsoft-Windows-PowerShell/Operational', 'PowerShellCore/Operational'],
  'powershell-classic': ['Windows PowerShell'],
  taskscheduler: ['Microsoft-Windows-TaskScheduler/Operational'],
  wmi: ['Microsoft-Windows-WMI-Activity/Operational'],
  windefend: ['Microsoft-Windows-Windows Defender/Operational'],
  'dns-server': ['DNS Server'],
  'dns-server-analytic': ['Microsoft-Windows-DNS-Server/Analytical'],
  'dns-client': ['Microsoft-Windows-DNS Client Events/Operational'],
  'driver-framework': ['Microsoft-Windows-DriverFrameworks-UserMode/Operational'],
  'firewall-as': ['Microsoft-Windows-Windows Firewall With Advanced Security/Firewall'],
  'bits-client': ['Microsoft-Windows-Bits-Client/Operational'],
  'codeintegrity-operational': ['Microsoft-Windows-CodeIntegrity/Operational'],
  applocker: ['Microsoft-Windows-AppLocker/MSI and Script', 'Microsoft-Windows-AppLocker/EXE and DLL', 'Microsoft-Windows-AppLocker/Packaged app-Deployment', 'Microsoft-Windows-AppLocker/Packaged app-Execution'],
  ntlm: ['Microsoft-Windows-NTLM/Operational'],
  'printservice-admin': ['Microsoft-Windows-PrintService/Admin'],
  'printservice-operational': ['Microsoft-Windows-PrintService/Operational'],
  'smbclient-security': ['Microsoft-Windows-SmbClient/Security'],
  'smbclient-connectivity': ['Microsoft-Windows-SmbClient/Connectivity'],
  'terminalservices-localsessionmanager': ['Microsoft-Windows-TerminalServices-LocalSessionManager/Operational'],
  openssh: ['OpenSSH/Operational'],
  'security-mitigations': ['Microsoft-Windows-Security-Mitigations/Kernel Mode', 'Microsoft-Windows-Security-Mitigations/User Mode'],
  'msexchange-management': ['MSExchange Management'],
  ldap_debug: ['Microsoft-Windows-LDAP-Client/Debug'],
  dhcp: ['Microsoft-Windows-DHCP-Server/Operational'],
  vhdmp: ['Microsoft-Windows-VHDMP/Operational'],
  'appxdeployment-server': ['Microsoft-Windows-AppXDeploymentServer/Operational'],
  'appxpackaging-om': ['Microsoft-Windows-AppxPackaging/Operational'],
  'lsa-server': ['Microsoft-Windows-LSA/Operational'],
  capi2: ['Microsoft-Windows-CAPI2/Operational'],
  'certificateservicesclient-lifecycle-system': ['Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational'],
  'appmodel-runtime': ['Microsoft-Windows-AppModel-Runtime/Admin'],
  'diagnosis-scripted': ['Microsoft-Windows-Diagnosis-Scripted/Operational'],
  'shell-core': ['Microsoft-Windows-Shell-Core/Operational'],
  'kernel-shimengine': ['Microsoft-Windows-Kernel-ShimEngine/Operational'],
  'iis-configuration': ['Microsoft-IIS-Configuration/Operational'],
  'hyper-v-worker': ['Microsoft-Windows-Hyper-V-Worker'],
  'microsoft-servicebus-client': ['Microsoft-ServiceBus-Client'],
};

const SYSMON_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  '1': ['process_creation'],
  '2': ['file_change'],
  '3': ['network_connection'],
  '4': ['sysmon_status'],
  '5': ['process_termination'],
  '6': ['driver_load'],
  '7': ['image_load'],
  '8': ['create_remote_thread'],
  '9': ['raw_access_thread'],
  '10': ['process_access'],
  '11': ['file_event'],
  '12': ['registry_add', 'registry_delete', 'registry_event'],
  '13': ['registry_set', 'registry_event'],
  '14': ['registry_rename', 'registry_event'],
  '15': ['create_stream_hash'],
  '16': ['sysmon_status'],
  '17': ['pipe_created'],
  '18': ['pipe_created'],
  '19': ['wmi_event'],
  '20': ['wmi_event'],
  '21': ['wmi_event'],
  '22': ['dns_query'],
  '23': ['file_delete'],
  '24': ['clipboard_capture'],
  '25': ['process_tampering'],
  '26': ['file_delete'],
  '27': ['file_block_executable'],
  '28': ['file_block_shredding'],
  '29': ['file_executable_detected'],
  '255': ['sysmon_error'],
};

const OTHER_CATEGORIES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  security: { '4688': ['process_creation'] },
  powershell: { '4103': ['ps_module'], '4104': ['ps_script'] },
  'powershell-classic': { '400': ['ps_classic_start'], '403': ['ps_classic_start'], '600': ['ps_classic_provider_start'], '800': ['ps_classic_script'] },
};

const SERVICE_BY_CHANNEL = new Map<string, string>(
  Object.entries(WINDOWS_SERVICE_CHANNELS).flatMap(([service, channels]) => channels.map((channel) => [channel.toLowerCase(), service] as [string, string])),
);

const SERVICE_BY_EXACT_CHANNEL = new Map<string, string>(Object.entries(WINDOWS_SERVICE_CHANNELS).flatMap(([service, channels]) => channels.map((channel) => [channel, service] as [string, string])));

/** The Sigma service of a Windows channel, if the mapping knows it (exact spelling first: it is the common case and needs no lowercasing). */
export function windowsServiceOf(channel: string): string | undefined {
  return SERVICE_BY_EXACT_CHANNEL.get(channel) ?? SERVICE_BY_CHANNEL.get(channel.toLowerCase());
}

/** The Sigma categories of a Windows event; empty when the event belongs to none. */
export function windowsCategoriesOf(service: string | undefined, eventId: string): readonly string[] {
  if (service === 'sysmon') return SYSMON_CATEGORIES[eventId] ?? [];
  return (service && OTHER_CATEGORIES[service]?.[eventId]) || [];
}

const INTEGRITY_BY_SID: Record<string, string> = { 'S-1-16-0': 'Untrusted', 'S-1-16-4096': 'Low', 'S-1-16-8192': 'Medium', 'S-1-16-8448': 'Medium', 'S-1-16-12288': 'High', 'S-1-16-16384': 'System' };

/**
 * Security 4688 under the Sysmon field names that process_creation rules use; the original
 * fields stay, so rules written for 4688 keep matching too.
 */
export function securityProcessAliases(event: Record<string, unknown>): Record<string, unknown> {
  const aliases: Record<string, unknown> = {};
  const copy = (from: string, to: string): void => {
    if (event[to] === undefined && event[from] !== undefined) aliases[to] = event[from];
  };
  copy('NewProcessName', 'Image');
  copy('ParentProcessName', 'ParentImage');
  copy('SubjectLogonId', 'LogonId');
  copy('ProcessId', 'ParentProcessId');
  if (event.User === undefined && typeof event.SubjectUserName === 'string') {
    aliases.User = typeof event.SubjectDomainName === 'string' && event.SubjectDomainName ? `${event.SubjectDomainName}\\${event.SubjectUserName}` : event.SubjectUserName;
  }
  if (event.IntegrityLevel === undefined && typeof event.MandatoryLabel === 'string') aliases.IntegrityLevel = INTEGRITY_BY_SID[event.MandatoryLabel] ?? event.MandatoryLabel;
  return aliases;
}
