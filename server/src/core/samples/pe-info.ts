/** Version-resource fields Sysmon copies from a binary: OriginalFileName, Description, Product, Company. */
export interface PeInfo {
  original: string;
  description: string;
  product: string;
  company: string;
  /** FileVersion; Windows binaries share the OS build, so only other products set it. */
  version?: string;
}

const WINDOWS = 'Microsoft® Windows® Operating System';
const MS = 'Microsoft Corporation';

const KNOWN: Record<string, PeInfo> = {
  'cmd.exe': { original: 'Cmd.Exe', description: 'Windows Command Processor', product: WINDOWS, company: MS },
  'powershell.exe': { original: 'PowerShell.EXE', description: 'Windows PowerShell', product: WINDOWS, company: MS },
  'pwsh.exe': { original: 'pwsh.dll', description: 'pwsh', product: 'PowerShell', company: MS, version: '7.4.6.500' },
  'certutil.exe': { original: 'CertUtil.exe', description: 'CertUtil.exe', product: WINDOWS, company: MS },
  'rundll32.exe': { original: 'RUNDLL32.EXE', description: 'Windows host process (Rundll32)', product: WINDOWS, company: MS },
  'regsvr32.exe': { original: 'REGSVR32.EXE', description: 'Microsoft(C) Register Server', product: WINDOWS, company: MS },
  'mshta.exe': { original: 'MSHTA.EXE', description: 'Microsoft (R) HTML Application host', product: 'Internet Explorer', company: MS },
  'msiexec.exe': { original: 'msiexec.exe', description: 'Windows® installer', product: 'Windows Installer - Unicode', company: MS },
  'schtasks.exe': { original: 'schtasks.exe', description: 'Task Scheduler Configuration Tool', product: WINDOWS, company: MS },
  'net.exe': { original: 'net.exe', description: 'Net Command', product: WINDOWS, company: MS },
  'net1.exe': { original: 'net1.exe', description: 'Net Command', product: WINDOWS, company: MS },
  'reg.exe': { original: 'reg.exe', description: 'Registry Console Tool', product: WINDOWS, company: MS },
  'wmic.exe': { original: 'wmic.exe', description: 'WMI Commandline Utility', product: WINDOWS, company: MS },
  'vssadmin.exe': { original: 'VSSADMIN.EXE', description: 'Command Line Interface for Microsoft® Volume Shadow Copy Service ', product: WINDOWS, company: MS },
  'wevtutil.exe': { original: 'wevtutil.exe', description: 'Eventing Command Line Utility', product: WINDOWS, company: MS },
  'bitsadmin.exe': { original: 'bitsadmin.exe', description: 'BITS administration utility', product: WINDOWS, company: MS },
  'nltest.exe': { original: 'nltestrk.exe', description: 'Microsoft® Logon Server Test Utility', product: WINDOWS, company: MS },
  'ntdsutil.exe': { original: 'ntdsutil.exe', description: 'NT5DS', product: WINDOWS, company: MS },
  'whoami.exe': { original: 'whoami.exe', description: 'whoami - displays logged on user information', product: WINDOWS, company: MS },
  'svchost.exe': { original: 'svchost.exe', description: 'Host Process for Windows Services', product: WINDOWS, company: MS },
  'explorer.exe': { original: 'EXPLORER.EXE', description: 'Windows Explorer', product: WINDOWS, company: MS },
  'conhost.exe': { original: 'CONHOST.EXE', description: 'Console Window Host', product: WINDOWS, company: MS },
  'taskhostw.exe': { original: 'taskhostw.exe', description: 'Host Process for Windows Tasks', product: WINDOWS, company: MS },
  'fodhelper.exe': { original: 'FodHelper.EXE', description: 'Features On Demand Helper', product: WINDOWS, company: MS },
  'wsmprovhost.exe': { original: 'wsmprovhost.exe', description: 'Host process for WinRM plug-ins', product: WINDOWS, company: MS },
  'w3wp.exe': { original: 'w3wp.exe', description: 'IIS Worker Process', product: 'Internet Information Services', company: MS, version: '10.0.20348.1 (WinBuild.160101.0800)' },
  'gpupdate.exe': { original: 'GPUpdate.exe', description: 'Microsoft® Windows Group Policy Update Utility', product: WINDOWS, company: MS },
  'ipconfig.exe': { original: 'ipconfig.exe', description: 'IP Configuration Utility', product: WINDOWS, company: MS },
  'mpcmdrun.exe': { original: 'MpCmdRun.exe', description: 'Microsoft Malware Protection Command Line Utility', product: WINDOWS, company: MS, version: '4.18.25090.3009' },
  'msmpeng.exe': { original: 'MsMpEng.exe', description: 'Antimalware Service Executable', product: WINDOWS, company: MS, version: '4.18.25090.3009' },
  'usoclient.exe': { original: 'UsoClient', description: 'UsoClient', product: WINDOWS, company: MS },
  'tiworker.exe': { original: 'TiWorker.exe', description: 'Windows Modules Installer Worker', product: WINDOWS, company: MS },
  'winword.exe': { original: 'WinWord.exe', description: 'Microsoft Word', product: 'Microsoft Office', company: MS, version: '16.0.18129.20158' },
  'excel.exe': { original: 'Excel.exe', description: 'Microsoft Excel', product: 'Microsoft Office', company: MS, version: '16.0.18129.20158' },
  'outlook.exe': { original: 'Outlook.exe', description: 'Microsoft Outlook', product: 'Microsoft Outlook', company: MS, version: '16.0.18129.20158' },
  'teams.exe': { original: 'msteams.exe', description: 'Microsoft Teams', product: 'Microsoft Teams', company: MS, version: '1.7.00.26062' },
  'onedrive.exe': { original: 'OneDrive.exe', description: 'Microsoft OneDrive', product: 'Microsoft OneDrive', company: MS, version: '24.211.1020.0001' },
  'msedge.exe': { original: 'msedge.exe', description: 'Microsoft Edge', product: 'Microsoft Edge', company: MS, version: '131.0.2903.70' },
  'chrome.exe': { original: 'chrome.exe', description: 'Google Chrome', product: 'Google Chrome', company: 'Google LLC', version: '131.0.6778.86' },
  'googleupdate.exe': { original: 'GoogleUpdate.exe', description: 'Google Installer', product: 'Google Update', company: 'Google LLC', version: '1.3.36.372' },
  'code.exe': { original: 'electron.exe', description: 'Visual Studio Code', product: 'Visual Studio Code', company: MS, version: '1.95.3' },
  'git.exe': { original: 'git.exe', description: 'Git for Windows', product: 'Git', company: 'The Git Development Community', version: '2.47.1.windows.1' },
  'procdump64.exe': { original: 'procdump', description: 'Sysinternals process dump utility', product: 'ProcDump', company: 'Sysinternals - www.sysinternals.com', version: '11.0' },
  'psexesvc.exe': { original: 'psexesvc.exe', description: 'PsExec Service', product: 'Sysinternals PsExec', company: 'Sysinternals - www.sysinternals.com', version: '2.43' },
  'rar.exe': { original: 'Rar.exe', description: 'Command line RAR', product: 'WinRAR', company: 'Alexander Roshal', version: '7.01.0' },
  'rclone.exe': { original: 'rclone.exe', description: 'Rsync for cloud storage', product: 'Rclone', company: 'https://rclone.org', version: '1.68.2' },
};

const UNKNOWN: PeInfo = { original: '-', description: '-', product: '-', company: '-' };

const WINDOWS_BUILD = '10.0.22621.1 (WinBuild.160101.0800)';

/** The FileVersion Sysmon reports: the OS build for Windows binaries, the product version otherwise. */
export function fileVersionOf(pe: PeInfo): string {
  if (pe.version) return pe.version;
  return pe.product === WINDOWS ? WINDOWS_BUILD : '-';
}

/** Looks the binary up by file name; unknown binaries get Sysmon's "-" placeholders. */
export function peInfoFor(image: string): PeInfo {
  const name = image.slice(image.lastIndexOf('\\') + 1).toLowerCase();
  return KNOWN[name] ?? UNKNOWN;
}
