import type { WinProcess } from './windows-process';

/** EventData builders for the Security, System, PowerShell and Task Scheduler channels. */

/** The subject block most Security events start with. */
export interface Subject {
  sid: string;
  name: string;
  domain: string;
  logonId: string;
}

function subjectFields(subject: Subject): Record<string, string> {
  return { SubjectUserSid: subject.sid, SubjectUserName: subject.name, SubjectDomainName: subject.domain, SubjectLogonId: subject.logonId };
}

/** Security 4624: an account logged on. */
export function logonData(target: Subject, logon: { type: number; ip: string; workstation: string; process: string; package: string; logonGuid: string; elevated: boolean }): Record<string, string | number> {
  const computerSubject: Subject = { sid: 'S-1-5-18', name: `${logon.workstation}$`, domain: target.domain, logonId: '0x3e7' };
  return {
    ...subjectFields(logon.type === 3 ? { sid: 'S-1-0-0', name: '-', domain: '-', logonId: '0x0' } : computerSubject),
    TargetUserSid: target.sid, TargetUserName: target.name, TargetDomainName: target.domain, TargetLogonId: target.logonId,
    LogonType: logon.type, LogonProcessName: logon.type === 3 ? 'Kerberos' : 'User32 ', AuthenticationPackageName: logon.package,
    WorkstationName: logon.type === 3 ? '-' : logon.workstation, LogonGuid: logon.logonGuid, TransmittedServices: '-',
    LmPackageName: '-', KeyLength: 0, ProcessId: logon.type === 3 ? '0x0' : '0x2d4', ProcessName: logon.type === 3 ? '-' : logon.process,
    IpAddress: logon.ip, IpPort: logon.type === 3 ? '0' : '0', ImpersonationLevel: '%%1833', RestrictedAdminMode: '-',
    RemoteCredentialGuard: '-', TargetOutboundUserName: '-', TargetOutboundDomainName: '-', VirtualAccount: '%%1843',
    TargetLinkedLogonId: '0x0', ElevatedToken: logon.elevated ? '%%1842' : '%%1843',
  };
}

/** Security 4634: a logon session ended. */
export function logoffData(target: Subject, logonType: number): Record<string, string | number> {
  return { TargetUserSid: target.sid, TargetUserName: target.name, TargetDomainName: target.domain, TargetLogonId: target.logonId, LogonType: logonType };
}

/** Security 4672: special privileges assigned to a new logon. */
export function specialPrivilegesData(subject: Subject): Record<string, string | number> {
  const privileges = ['SeSecurityPrivilege', 'SeBackupPrivilege', 'SeRestorePrivilege', 'SeTakeOwnershipPrivilege', 'SeDebugPrivilege', 'SeSystemEnvironmentPrivilege', 'SeLoadDriverPrivilege', 'SeImpersonatePrivilege', 'SeDelegateSessionUserImpersonatePrivilege'];
  return { ...subjectFields(subject), PrivilegeList: privileges.join('\n\t\t\t') };
}

/** Security 4625: a logon failed. */
export function logonFailedData(target: { name: string; domain: string }, failure: { type: number; status: string; subStatus: string; ip: string; workstation: string }): Record<string, string | number> {
  return {
    ...subjectFields({ sid: 'S-1-0-0', name: '-', domain: '-', logonId: '0x0' }), TargetUserSid: 'S-1-0-0', TargetUserName: target.name, TargetDomainName: target.domain,
    Status: failure.status, FailureReason: '%%2313', SubStatus: failure.subStatus, LogonType: failure.type, LogonProcessName: 'NtLmSsp ',
    AuthenticationPackageName: 'NTLM', WorkstationName: failure.workstation, TransmittedServices: '-', LmPackageName: '-', KeyLength: 0,
    ProcessId: '0x0', ProcessName: '-', IpAddress: failure.ip, IpPort: '0',
  };
}

/** Security 4688: a process was created (command-line auditing on). */
export function securityProcessCreateData(subject: Subject, child: WinProcess, parent: WinProcess): Record<string, string | number> {
  return {
    ...subjectFields(subject), NewProcessId: `0x${child.pid.toString(16)}`, NewProcessName: child.image, TokenElevationType: '%%1937',
    ProcessId: `0x${parent.pid.toString(16)}`, CommandLine: child.commandLine, TargetUserSid: 'S-1-0-0', TargetUserName: '-', TargetDomainName: '-',
    TargetLogonId: '0x0', ParentProcessName: parent.image, MandatoryLabel: child.integrity === 'High' ? 'S-1-16-12288' : 'S-1-16-8192',
  };
}

/** Security 4769: a Kerberos service ticket was requested. */
export function serviceTicketData(account: { name: string; domain: string }, ticket: { serviceName: string; serviceSid: string; encryptionType: string; ip: string; options: string }): Record<string, string | number> {
  return {
    TargetUserName: `${account.name}@${account.domain}`, TargetDomainName: account.domain, ServiceName: ticket.serviceName, ServiceSid: ticket.serviceSid,
    TicketOptions: ticket.options, TicketEncryptionType: ticket.encryptionType, IpAddress: `::ffff:${ticket.ip}`, IpPort: String(49152 + (ticket.serviceName.length * 977) % 16000),
    Status: '0x0', LogonGuid: '{00000000-0000-0000-0000-000000000000}', TransmittedServices: '-',
  };
}

/** Security 4720/4732 style account-management fields. */
export function accountChangeData(subject: Subject, target: { sid: string; name: string; domain: string }, extra: Record<string, string | number> = {}): Record<string, string | number> {
  return { TargetUserName: target.name, TargetDomainName: target.domain, TargetSid: target.sid, ...subjectFields(subject), PrivilegeList: '-', ...extra };
}

/** Security 4698: a scheduled task was created, with its XML definition. */
export function taskCreatedData(subject: Subject, task: { name: string; command: string; arguments: string; author: string }): Record<string, string | number> {
  const xml = `<?xml version="1.0" encoding="UTF-16"?>\r\n<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\r\n  <RegistrationInfo>\r\n    <Author>${task.author}</Author>\r\n    <URI>${task.name}</URI>\r\n  </RegistrationInfo>\r\n  <Triggers>\r\n    <LogonTrigger>\r\n      <Enabled>true</Enabled>\r\n    </LogonTrigger>\r\n  </Triggers>\r\n  <Actions Context="Author">\r\n    <Exec>\r\n      <Command>${task.command}</Command>\r\n      <Arguments>${task.arguments}</Arguments>\r\n    </Exec>\r\n  </Actions>\r\n</Task>`;
  return { ...subjectFields(subject), TaskName: task.name, TaskContent: xml, ClientProcessStartKey: '0', ClientProcessId: 0, ParentProcessId: 0, RpcCallClientLocality: '0', FQDN: '-' };
}

/** System 7045: a service was installed. */
export function serviceInstalledData(service: { name: string; imagePath: string; startType: string; account: string }): Record<string, string | number> {
  return { ServiceName: service.name, ImagePath: service.imagePath, ServiceType: 'user mode service', StartType: service.startType, AccountName: service.account };
}

/** System 7036: a service changed state. */
export function serviceStateData(displayName: string, state: 'running' | 'stopped'): Record<string, string | number> {
  return { param1: displayName, param2: state, Binary: '' };
}

/** PowerShell 4104: a script block was logged. */
export function scriptBlockData(text: string, scriptBlockId: string, path: string): Record<string, string | number> {
  return { MessageNumber: 1, MessageTotal: 1, ScriptBlockText: text, ScriptBlockId: scriptBlockId.slice(1, -1).toLowerCase(), Path: path };
}

/** PowerShell 4103: a pipeline command was logged by module logging. */
export function moduleLogData(proc: WinProcess, command: string, payload: string, runspace: string): Record<string, string | number> {
  const contextInfo = [
    '        Severity = Informational', '        Host Name = ConsoleHost', '        Host Version = 5.1.22621.4249', `        Host ID = ${runspace.slice(1, -1).toLowerCase()}`,
    `        Host Application = ${proc.commandLine}`, '        Engine Version = 5.1.22621.4249', `        Runspace ID = ${runspace.slice(1, -1).toLowerCase()}`,
    '        Pipeline ID = 1', `        Command Name = ${command}`, '        Command Type = Cmdlet', '        Script Name = ', '        Command Path = ',
    '        Sequence Number = 17', `        User = ${proc.user}`, `        Connected User = `, '        Shell ID = Microsoft.PowerShell',
  ].join('\r\n');
  return { ContextInfo: contextInfo, UserData: '', Payload: payload };
}

/** Task Scheduler operational events carry the task name and user context. */
export function taskSchedulerData(taskName: string, extra: Record<string, string | number>): Record<string, string | number> {
  return { TaskName: taskName, ...extra };
}
