import type { Rng } from './prng';
import { DOMAIN_SID } from './windows-pool';

/** Benign Windows behaviour the baseline draws from: applications, jobs, scripts, services and tasks. */

type Line = (rng: Rng, user: string) => string;

export interface UserApp {
  image: string;
  commandLine: Line;
  children: { image: string; commandLine: Line }[];
  connects?: string;
}

const doc = (rng: Rng): string => rng.pick(['Team offsite.docx', 'Vendor contract v2.docx', 'Onboarding checklist.docx', 'Security awareness notes.docx']);
const sheet = (rng: Rng): string => rng.pick(['Q3 budget.xlsx', 'Capacity plan.xlsx', 'Travel expenses 2026.xlsx']);
const CHROME = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
const EDGE = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
const OFFICE = 'C:\\Program Files\\Microsoft Office\\root\\Office16';

export const USER_APPS: readonly UserApp[] = [
  {
    image: CHROME, commandLine: () => `"${CHROME}" `, connects: 'www.google.com',
    children: [
      { image: CHROME, commandLine: (rng) => `"${CHROME}" --type=renderer --display-capture-permissions-policy-allowed --lang=en-US --renderer-client-id=${rng.int(5, 90)} --launch-time-ticks=${rng.int(1e9, 9e9)} --mojo-platform-channel-handle=${rng.int(3000, 9000)} /prefetch:1` },
      { image: CHROME, commandLine: (rng) => `"${CHROME}" --type=utility --utility-sub-type=network.mojom.NetworkService --lang=en-US --service-sandbox-type=none --mojo-platform-channel-handle=${rng.int(2000, 3000)} /prefetch:8` },
    ],
  },
  { image: EDGE, commandLine: () => `"${EDGE}" --single-argument https://intranet.corp.example.com/`, connects: 'intranet.corp.example.com', children: [{ image: EDGE, commandLine: (rng) => `"${EDGE}" --type=renderer --instant-process --lang=en-US --renderer-client-id=${rng.int(5, 60)} /prefetch:1` }] },
  { image: `${OFFICE}\\WINWORD.EXE`, commandLine: (rng, user) => `"${OFFICE}\\WINWORD.EXE" /n "C:\\Users\\${user}\\OneDrive - Corp\\Documents\\${doc(rng)}" /o ""`, children: [] },
  { image: `${OFFICE}\\EXCEL.EXE`, commandLine: (rng, user) => `"${OFFICE}\\EXCEL.EXE" "C:\\Users\\${user}\\OneDrive - Corp\\Documents\\${sheet(rng)}"`, children: [] },
  { image: `${OFFICE}\\OUTLOOK.EXE`, commandLine: () => `"${OFFICE}\\OUTLOOK.EXE" `, connects: 'outlook.office365.com', children: [] },
  { image: 'C:\\Users\\{U}\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe', commandLine: (_rng, user) => `"C:\\Users\\${user}\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe" --system-initiated`, connects: 'teams.microsoft.com', children: [] },
  { image: 'C:\\Windows\\System32\\notepad.exe', commandLine: (_rng, user) => `"C:\\Windows\\system32\\NOTEPAD.EXE" C:\\Users\\${user}\\Desktop\\notes.txt`, children: [] },
  {
    image: 'C:\\Users\\{U}\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe', commandLine: (_rng, user) => `"C:\\Users\\${user}\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe" `, connects: 'marketplace.visualstudio.com',
    children: [
      { image: 'C:\\Program Files\\Git\\cmd\\git.exe', commandLine: () => 'git.exe fetch --all --prune' },
      { image: 'C:\\Program Files\\Git\\cmd\\git.exe', commandLine: () => 'git.exe status -z -uall' },
    ],
  },
  { image: 'C:\\Windows\\System32\\cmd.exe', commandLine: () => '"C:\\Windows\\system32\\cmd.exe" ', children: [{ image: 'C:\\Windows\\System32\\ipconfig.exe', commandLine: () => 'ipconfig  /all' }, { image: 'C:\\Windows\\System32\\net.exe', commandLine: () => 'net  use Z: \\\\FS01.corp.example.com\\Shares\\Finance /persistent:yes' }] },
  { image: 'C:\\Windows\\System32\\mmc.exe', commandLine: () => '"C:\\Windows\\system32\\mmc.exe" "C:\\Windows\\system32\\devmgmt.msc" ', children: [] },
];

export interface SystemJob {
  parent: 'services' | 'svchost' | 'wmi';
  image: string;
  commandLine: (rng: Rng) => string;
  conhost?: boolean;
  writes?: (rng: Rng) => string;
}

const defenderPlatform = 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25090.3009-0';

export const SYSTEM_JOBS: readonly SystemJob[] = [
  { parent: 'svchost', image: 'C:\\Windows\\System32\\taskhostw.exe', commandLine: () => 'taskhostw.exe -RegisterDevice -ProtectionStateChanged -FreeNetworkOnly' },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\taskhostw.exe', commandLine: () => 'taskhostw.exe Install $(Arg0)' },
  { parent: 'svchost', image: `${defenderPlatform}\\MpCmdRun.exe`, commandLine: () => `"${defenderPlatform}\\MpCmdRun.exe" -SignatureUpdate -ScheduleJob -RestrictPrivileges`, conhost: true, writes: (rng) => `C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\{${rng.hex(8).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(12).toUpperCase()}}\\mpavbase.vdm` },
  { parent: 'svchost', image: `${defenderPlatform}\\MpCmdRun.exe`, commandLine: () => `"${defenderPlatform}\\MpCmdRun.exe" Scan -ScheduleJob -ScanTrigger 55 -IdleScheduledJob`, conhost: true },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\UsoClient.exe', commandLine: () => 'C:\\Windows\\system32\\usoclient.exe StartScan' },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\MoUsoCoreWorker.exe', commandLine: () => 'C:\\Windows\\System32\\mousocoreworker.exe -Embedding' },
  { parent: 'services', image: 'C:\\Windows\\WinSxS\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.22621.4460_none_7c3e1f2e0f7a1b3d\\TiWorker.exe', commandLine: () => 'C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.22621.4460_none_7c3e1f2e0f7a1b3d\\TiWorker.exe -Embedding', writes: (rng) => `C:\\Windows\\SoftwareDistribution\\Download\\${rng.hex(32)}\\windows11.0-kb5046633-x64.cab` },
  { parent: 'services', image: 'C:\\Windows\\System32\\msiexec.exe', commandLine: (rng) => `C:\\Windows\\System32\\MsiExec.exe -Embedding ${rng.hex(32).toUpperCase()} C` },
  { parent: 'services', image: 'C:\\Windows\\System32\\svchost.exe', commandLine: () => 'C:\\Windows\\system32\\svchost.exe -k wsappx -p -s ClipSVC' },
  { parent: 'services', image: 'C:\\Windows\\System32\\svchost.exe', commandLine: () => 'C:\\Windows\\System32\\svchost.exe -k netsvcs -p -s BITS' },
  { parent: 'services', image: 'C:\\Windows\\System32\\SearchIndexer.exe', commandLine: () => 'C:\\Windows\\system32\\SearchIndexer.exe /Embedding' },
  { parent: 'services', image: 'C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe', commandLine: () => '"C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe" /svc' },
  { parent: 'services', image: 'C:\\Windows\\CCM\\CcmExec.exe', commandLine: () => 'C:\\Windows\\CCM\\CcmExec.exe' },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\gpupdate.exe', commandLine: () => 'gpupdate.exe /target:computer', conhost: true },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\sc.exe', commandLine: () => 'C:\\Windows\\system32\\sc.exe start wuauserv', conhost: true },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\schtasks.exe', commandLine: () => 'schtasks.exe /query /fo LIST /v', conhost: true },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\rundll32.exe', commandLine: () => 'C:\\Windows\\system32\\rundll32.exe C:\\Windows\\system32\\PcaSvc.dll,PcaPatchSdbTask' },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\rundll32.exe', commandLine: () => 'C:\\Windows\\System32\\rundll32.exe shell32.dll,SHCreateLocalServerRunDll {9aa46009-3ce0-458a-a354-715610a075e6} -Embedding' },
  { parent: 'wmi', image: 'C:\\Windows\\System32\\wbem\\WMIC.exe', commandLine: () => 'wmic.exe computersystem get model,manufacturer /format:list', conhost: true },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\vssadmin.exe', commandLine: () => 'C:\\Windows\\system32\\vssadmin.exe list shadows', conhost: true },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\regsvr32.exe', commandLine: () => 'C:\\Windows\\system32\\regsvr32.exe /s "C:\\Program Files\\Microsoft Office\\root\\vfs\\ProgramFilesCommonX64\\Microsoft Shared\\OFFICE16\\MSOXMLMF.DLL"' },
  { parent: 'svchost', image: 'C:\\Windows\\System32\\wevtutil.exe', commandLine: () => 'wevtutil.exe qe Application /c:20 /rd:true /f:text', conhost: true },
];

export interface AdminScript {
  text: string;
  command: string;
  payload: string;
  spawns?: { image: string; commandLine: string };
}

export const ADMIN_SCRIPTS: readonly AdminScript[] = [
  { text: 'Get-Service -Name Spooler, W32Time | Select-Object Name, Status, StartType', command: 'Get-Service', payload: 'CommandInvocation(Get-Service): "Get-Service"\r\nParameterBinding(Get-Service): name="Name"; value="Spooler, W32Time"' },
  { text: "Get-ADUser -Filter \"Department -eq 'Finance'\" -Properties LastLogonDate | Sort-Object LastLogonDate", command: 'Get-ADUser', payload: 'CommandInvocation(Get-ADUser): "Get-ADUser"\r\nParameterBinding(Get-ADUser): name="Filter"; value="Department -eq \'Finance\'"' },
  { text: "Get-WinEvent -LogName System -MaxEvents 50 | Where-Object LevelDisplayName -eq 'Error'", command: 'Get-WinEvent', payload: 'CommandInvocation(Get-WinEvent): "Get-WinEvent"\r\nParameterBinding(Get-WinEvent): name="LogName"; value="System"' },
  { text: 'Restart-Service -Name Spooler -Force', command: 'Restart-Service', payload: 'CommandInvocation(Restart-Service): "Restart-Service"\r\nParameterBinding(Restart-Service): name="Name"; value="Spooler"' },
  { text: 'Get-MpComputerStatus | Select-Object AMServiceEnabled, AntivirusSignatureLastUpdated, RealTimeProtectionEnabled', command: 'Get-MpComputerStatus', payload: 'CommandInvocation(Get-MpComputerStatus): "Get-MpComputerStatus"' },
  { text: 'Set-MpPreference -ScanScheduleDay 0 -ScanScheduleTime 02:00:00', command: 'Set-MpPreference', payload: 'CommandInvocation(Set-MpPreference): "Set-MpPreference"\r\nParameterBinding(Set-MpPreference): name="ScanScheduleDay"; value="0"' },
  { text: 'Test-NetConnection -ComputerName FS01.corp.example.com -Port 445', command: 'Test-NetConnection', payload: 'CommandInvocation(Test-NetConnection): "Test-NetConnection"' },
  { text: 'Invoke-WebRequest -Uri https://intranet.corp.example.com/status -UseBasicParsing | Select-Object StatusCode', command: 'Invoke-WebRequest', payload: 'CommandInvocation(Invoke-WebRequest): "Invoke-WebRequest"\r\nParameterBinding(Invoke-WebRequest): name="Uri"; value="https://intranet.corp.example.com/status"' },
  { text: 'Get-ChildItem -Path C:\\Windows\\Temp -Recurse | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item -Force', command: 'Remove-Item', payload: 'CommandInvocation(Remove-Item): "Remove-Item"' },
  { text: 'gpupdate /force', command: 'gpupdate', payload: 'CommandInvocation(gpupdate.exe): "gpupdate.exe"', spawns: { image: 'C:\\Windows\\System32\\gpupdate.exe', commandLine: '"C:\\Windows\\system32\\gpupdate.exe" /force' } },
  { text: 'whoami /groups', command: 'whoami', payload: 'CommandInvocation(whoami.exe): "whoami.exe"', spawns: { image: 'C:\\Windows\\System32\\whoami.exe', commandLine: '"C:\\Windows\\system32\\whoami.exe" /groups' } },
  { text: 'nltest /dsgetdc:corp.example.com', command: 'nltest', payload: 'CommandInvocation(nltest.exe): "nltest.exe"', spawns: { image: 'C:\\Windows\\System32\\nltest.exe', commandLine: '"C:\\Windows\\system32\\nltest.exe" /dsgetdc:corp.example.com' } },
  { text: 'schtasks /create /tn "Corp\\NightlyBackup" /tr "\\"C:\\Program Files\\Veeam\\Endpoint Backup\\Veeam.EndPoint.Manager.exe\\" /backup" /sc daily /st 01:30 /ru SYSTEM /f', command: 'schtasks', payload: 'CommandInvocation(schtasks.exe): "schtasks.exe"', spawns: { image: 'C:\\Windows\\System32\\schtasks.exe', commandLine: '"C:\\Windows\\system32\\schtasks.exe" /create /tn "Corp\\NightlyBackup" /tr "\\"C:\\Program Files\\Veeam\\Endpoint Backup\\Veeam.EndPoint.Manager.exe\\" /backup" /sc daily /st 01:30 /ru SYSTEM /f' } },
  { text: 'net localgroup administrators', command: 'net', payload: 'CommandInvocation(net.exe): "net.exe"', spawns: { image: 'C:\\Windows\\System32\\net.exe', commandLine: '"C:\\Windows\\system32\\net.exe" localgroup administrators' } },
];

export interface AgentPowerShell {
  parentImage: string;
  parentCommandLine: string;
  commandLine: string;
  cwd: string;
  scriptBlock: string;
  path: string;
}

export const AGENT_POWERSHELL: readonly AgentPowerShell[] = [
  {
    parentImage: 'C:\\Windows\\CCM\\CcmExec.exe', parentCommandLine: 'C:\\Windows\\CCM\\CcmExec.exe', cwd: 'C:\\Windows\\CCM\\',
    commandLine: '"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NoLogo -Noninteractive -NoProfile -ExecutionPolicy Bypass "& \'C:\\Windows\\CCM\\SystemTemp\\8f4a1c2e-3b5d-4e6f-9a7b-0c1d2e3f4a5b.ps1\'"',
    scriptBlock: "$ErrorActionPreference = 'Stop'\r\n$app = Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' | Where-Object DisplayName -like '7-Zip*'\r\nif ($app.DisplayVersion -ge [version]'24.8') { Write-Host 'Installed' }",
    path: 'C:\\Windows\\CCM\\SystemTemp\\8f4a1c2e-3b5d-4e6f-9a7b-0c1d2e3f4a5b.ps1',
  },
  {
    parentImage: 'C:\\Program Files (x86)\\Microsoft Intune Management Extension\\AgentExecutor.exe', parentCommandLine: '"C:\\Program Files (x86)\\Microsoft Intune Management Extension\\agentexecutor.exe" -powershell "C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Policies\\Scripts\\detect_bitlocker.ps1"', cwd: 'C:\\Program Files (x86)\\Microsoft Intune Management Extension\\',
    commandLine: '"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NoProfile -executionPolicy bypass -file "C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Policies\\Scripts\\detect_bitlocker.ps1"',
    scriptBlock: "$vol = Get-BitLockerVolume -MountPoint 'C:'\r\nif ($vol.ProtectionStatus -eq 'On') { exit 0 } else { exit 1 }",
    path: 'C:\\Program Files (x86)\\Microsoft Intune Management Extension\\Policies\\Scripts\\detect_bitlocker.ps1',
  },
  {
    parentImage: 'C:\\Program Files\\Microsoft Monitoring Agent\\Agent\\MonitoringHost.exe', parentCommandLine: '"C:\\Program Files\\Microsoft Monitoring Agent\\Agent\\MonitoringHost.exe" -Embedding', cwd: 'C:\\Program Files\\Microsoft Monitoring Agent\\Agent\\',
    commandLine: '"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NonInteractive -EncodedCommand RwBlAHQALQBDAG8AdQBuAHQAZQByACAAJwBcAFAAcgBvAGMAZQBzAHMAbwByACgAXwBUAG8AdABhAGwAKQBcACUAIABQAHIAbwBjAGUAcwBzAG8AcgAgAFQAaQBtAGUAJwA=',
    scriptBlock: "Get-Counter '\\Processor(_Total)\\% Processor Time'",
    path: '',
  },
  {
    parentImage: 'C:\\Windows\\System32\\svchost.exe', parentCommandLine: 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule', cwd: 'C:\\Windows\\system32\\',
    commandLine: 'powershell.exe -ExecutionPolicy Restricted -Command Write-Host \'Final result: 1\';',
    scriptBlock: "Write-Host 'Final result: 1';",
    path: '',
  },
];

export const KERBEROS_SERVICES: readonly { name: string; sid: string }[] = [
  { name: 'FS01$', sid: `${DOMAIN_SID}-1601` },
  { name: 'SQL01$', sid: `${DOMAIN_SID}-1602` },
  { name: 'WEB01$', sid: `${DOMAIN_SID}-1603` },
  { name: 'krbtgt', sid: `${DOMAIN_SID}-502` },
  { name: 'svc_sql', sid: `${DOMAIN_SID}-3101` },
  { name: 'svc_backup', sid: `${DOMAIN_SID}-3102` },
];

export const SERVICE_DISPLAY_NAMES: readonly string[] = [
  'Windows Update', 'Background Intelligent Transfer Service', 'Windows Modules Installer', 'Microsoft Defender Antivirus Service', 'Print Spooler',
  'Windows Error Reporting Service', 'Google Update Service (gupdate)', 'Microsoft Edge Update Service (edgeupdate)', 'Delivery Optimization', 'Connected Devices Platform User Service_4a1f2',
];

export const INSTALLED_SERVICES: readonly { name: string; imagePath: (rng: Rng) => string; startType: string; account: string }[] = [
  { name: 'Google Update Service (gupdatem)', imagePath: () => '"C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe" /medsvc', startType: 'demand start', account: 'LocalSystem' },
  { name: 'Microsoft Edge Elevation Service (MicrosoftEdgeElevationService)', imagePath: () => '"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\131.0.2903.70\\elevation_service.exe"', startType: 'demand start', account: 'LocalSystem' },
  { name: 'MpKslDrv', imagePath: (rng) => `\\??\\C:\\ProgramData\\Microsoft\\Windows Defender\\Definition Updates\\{${rng.hex(8).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(12).toUpperCase()}}\\MpKslDrv.sys`, startType: 'demand start', account: '' },
  { name: 'Veeam Agent for Microsoft Windows', imagePath: () => '"C:\\Program Files\\Veeam\\Endpoint Backup\\Veeam.EndPoint.Service.exe"', startType: 'auto start', account: 'LocalSystem' },
];

export const SCHEDULED_TASKS: readonly { name: string; action: string }[] = [
  { name: '\\Microsoft\\Windows\\UpdateOrchestrator\\Schedule Scan', action: 'C:\\Windows\\system32\\usoclient.exe' },
  { name: '\\Microsoft\\Windows\\Windows Defender\\Windows Defender Scheduled Scan', action: 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25090.3009-0\\MpCmdRun.exe' },
  { name: '\\Microsoft\\Windows\\Application Experience\\ProgramDataUpdater', action: '%windir%\\system32\\compattelrunner.exe' },
  { name: '\\GoogleUpdateTaskMachineUA{3A8F2C10-7B4E-4D21-9E55-1F0A6C2B9D34}', action: 'C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe' },
  { name: '\\Microsoft\\Windows\\Defrag\\ScheduledDefrag', action: '%windir%\\system32\\defrag.exe' },
];

export const UPDATER_TASKS: readonly { name: string; command: string; arguments: string; author: string }[] = [
  { name: '\\OneDrive Standalone Update Task-S-1-5-21-3623811015-3361044348-30300820-1104', command: '%localappdata%\\Microsoft\\OneDrive\\OneDriveStandaloneUpdater.exe', arguments: '/reporting', author: 'Microsoft Corporation' },
  { name: '\\MicrosoftEdgeUpdateTaskMachineCore{5B2E9A71-0C3D-4F8E-A1B2-6D7E8F9A0B1C}', command: 'C:\\Program Files (x86)\\Microsoft\\EdgeUpdate\\MicrosoftEdgeUpdate.exe', arguments: '/c', author: 'Microsoft Corporation' },
  { name: '\\Corp\\NightlyBackup', command: 'C:\\Program Files\\Veeam\\Endpoint Backup\\Veeam.EndPoint.Manager.exe', arguments: '/backup', author: 'CORP\\adm.jon.berg' },
];

export const REGISTRY_WRITES: readonly { image: string; key: string; details: string; perUser?: boolean }[] = [
  { image: 'C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe', key: 'HKU\\{SID}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\OneDrive', details: '"C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe" /background', perUser: true },
  { image: 'C:\\Users\\{USER}\\AppData\\Local\\Microsoft\\Teams\\Update.exe', key: 'HKU\\{SID}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\com.squirrel.Teams.Teams', details: 'C:\\Users\\{USER}\\AppData\\Local\\Microsoft\\Teams\\Update.exe --processStart "Teams.exe" --process-start-args "--system-initiated"', perUser: true },
  { image: 'C:\\Windows\\System32\\SecurityHealthService.exe', key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\SecurityHealth', details: '%windir%\\system32\\SecurityHealthSystray.exe' },
  { image: 'C:\\Windows\\System32\\svchost.exe', key: 'HKLM\\System\\CurrentControlSet\\Services\\bam\\State\\UserSettings\\{SID}\\\\Device\\HarddiskVolume3\\Windows\\System32\\notepad.exe', details: 'Binary Data' },
  { image: 'C:\\Windows\\explorer.exe', key: 'HKU\\{SID}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RecentDocs\\.docx\\MRUListEx', details: 'Binary Data', perUser: true },
  { image: 'C:\\Program Files (x86)\\Microsoft\\EdgeUpdate\\MicrosoftEdgeUpdate.exe', key: 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\EdgeUpdate\\Clients\\{56EB18F8-B008-4CBD-B6D2-8C97FE7E9062}\\pv', details: '131.0.2903.70' },
];

export const LSASS_READERS: readonly { image: string; access: string; callTrace: string }[] = [
  { image: `${defenderPlatform}\\MsMpEng.exe`, access: '0x1410', callTrace: 'C:\\Windows\\SYSTEM32\\ntdll.dll+9f5e4|C:\\Windows\\System32\\KERNELBASE.dll+2c0ee|C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25090.3009-0\\mpsvc.dll+4a1b2' },
  { image: 'C:\\Windows\\System32\\wbem\\WmiPrvSE.exe', access: '0x1000', callTrace: 'C:\\Windows\\SYSTEM32\\ntdll.dll+9f5e4|C:\\Windows\\System32\\KERNELBASE.dll+2c0ee|C:\\Windows\\system32\\wbem\\cimwin32.dll+2b6c1' },
  { image: 'C:\\Windows\\System32\\svchost.exe', access: '0x1000', callTrace: 'C:\\Windows\\SYSTEM32\\ntdll.dll+9f5e4|C:\\Windows\\System32\\KERNELBASE.dll+2c0ee|c:\\windows\\system32\\sysmain.dll+6d3a2' },
  { image: 'C:\\Windows\\System32\\csrss.exe', access: '0x1fffff', callTrace: 'C:\\Windows\\SYSTEM32\\ntdll.dll+9f5e4|C:\\Windows\\System32\\CSRSRV.dll+3a2b1' },
];
