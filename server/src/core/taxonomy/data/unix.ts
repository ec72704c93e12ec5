import type { LogsourceSpec } from '../model';

// Linux and macOS. The categories follow Sysmon for Linux and the field names SigmaHQ pipelines map
// auditd, eBPF and EDR process events to; the services are syslog programs whose rules are mostly keywords.

const PROCESS = ['ProcessGuid', 'ProcessId', 'Image', 'User', 'UtcTime', 'RuleName'];
const PROCESS_CREATION = [...PROCESS, 'CommandLine', 'CurrentDirectory', 'LogonGuid', 'LogonId', 'TerminalSessionId', 'IntegrityLevel', 'Hashes', 'ParentProcessGuid', 'ParentProcessId', 'ParentImage', 'ParentCommandLine', 'ParentUser', 'FileVersion', 'Description', 'Product', 'Company', 'OriginalFileName'];
const NETWORK = [...PROCESS, 'Protocol', 'Initiated', 'SourceIsIpv6', 'SourceIp', 'SourceHostname', 'SourcePort', 'SourcePortName', 'DestinationIsIpv6', 'DestinationIp', 'DestinationHostname', 'DestinationPort', 'DestinationPortName'];
const FILE = [...PROCESS, 'TargetFilename', 'CreationUtcTime'];

// auditd record fields (linux-audit field dictionary); `a0`..`a9` are syscall or execve arguments.
const AUDITD = [
  'type', 'SYSCALL', 'syscall', 'key', 'success', 'exit', 'arch', 'pid', 'ppid', 'uid', 'gid', 'euid', 'egid', 'suid', 'sgid', 'fsuid', 'fsgid', 'auid', 'ses', 'tty', 'comm', 'exe', 'subj',
  'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'argc', 'items', 'name', 'nametype', 'inode', 'dev', 'mode', 'ouid', 'ogid', 'rdev', 'cap_fp', 'cap_fi', 'cap_fe', 'cap_fver',
  'cwd', 'proctitle', 'msg', 'unit', 'res', 'result', 'op', 'acct', 'exe', 'hostname', 'addr', 'terminal', 'saddr', 'fam', 'laddr', 'lport', 'daddr', 'dport', 'family', 'path', 'item', 'obj',
  'cmd', 'data', 'old', 'new', 'table', 'entries', 'list', 'perm', 'fd', 'flags', 'oflag', 'sig', 'sauid', 'kernel', 'uuid', 'vm', 'module', 'prom', 'old_prom', 'dir', 'file', 'format',
  'audit_enabled', 'audit_failure', 'audit_backlog_limit', 'audit_backlog_wait_time', 'old-auid', 'old-ses', 'reason', 'state', 'ver', 'grantors', 'id', 'user', 'direction', 'cipher', 'kind',
  'class', 'action', 'icmp_type', 'proto', 'src', 'dst', 'spid', 'sport', 'ocomm', 'opid', 'oauid', 'oses', 'obj_uid', 'obj_gid', 'tclass', 'scontext', 'tcontext', 'permissive', 'seperm',
];

const SYSLOG_FIELDS = ['message', 'msg', 'host', 'hostname', 'program', 'pid', 'facility', 'severity', 'priority', 'timestamp'];

function linuxService(name: string, description: string, fields: string[] = SYSLOG_FIELDS): LogsourceSpec {
  return { product: 'linux', service: name, description, fields, open: true };
}

export const UNIX_LOGSOURCES: LogsourceSpec[] = [
  { product: 'linux', category: 'process_creation', description: 'A process started (Sysmon for Linux event 1, auditd execve or an EDR).', fields: PROCESS_CREATION, enriched: ['Imphash', 'md5', 'sha1', 'sha256'] },
  { product: 'linux', category: 'network_connection', description: 'A network connection (Sysmon for Linux event 3).', fields: NETWORK },
  { product: 'linux', category: 'file_event', description: 'A file was created (Sysmon for Linux event 11).', fields: FILE },
  { product: 'linux', category: 'file_delete', description: 'A file was deleted (Sysmon for Linux event 23).', fields: [...FILE, 'IsExecutable', 'Archived', 'Hashes'] },
  { product: 'linux', category: 'process_termination', description: 'A process ended (Sysmon for Linux event 5).', fields: PROCESS },
  { product: 'linux', category: 'raw_access_thread', description: 'A raw disk read (Sysmon for Linux event 9).', fields: [...PROCESS, 'Device'] },
  { product: 'linux', category: 'sysmon_status', description: 'Sysmon for Linux state changes (events 4 and 16).', fields: ['UtcTime', 'State', 'Version', 'SchemaVersion', 'Configuration', 'ConfigurationFileHash'] },
  { product: 'linux', service: 'auditd', description: 'Linux audit daemon records (SYSCALL, EXECVE, PATH, USER_* ...).', fields: AUDITD },
  linuxService('syslog', 'Generic syslog messages; rules match keywords in the message.'),
  linuxService('auth', 'The authentication log (auth.log, secure): PAM, su, sshd and sudo messages.'),
  linuxService('sshd', 'OpenSSH server messages.'),
  linuxService('sudo', 'sudo messages.', [...SYSLOG_FIELDS, 'USER', 'COMMAND', 'PWD', 'TTY']),
  linuxService('cron', 'cron daemon messages.'),
  linuxService('clamav', 'ClamAV scanner messages.'),
  linuxService('vsftpd', 'vsftpd FTP server messages.'),
  linuxService('guacamole', 'Apache Guacamole remote desktop gateway messages.'),
  linuxService('auditd-execve', 'auditd EXECVE records only.', AUDITD),
  { product: 'macos', category: 'process_creation', description: 'A process started (ESF exec events as mapped by an EDR).', fields: PROCESS_CREATION, enriched: ['Imphash', 'md5', 'sha1', 'sha256'] },
  { product: 'macos', category: 'file_event', description: 'A file was created or written (ESF create and write events).', fields: FILE },
  { product: 'macos', category: 'network_connection', description: 'A network connection.', fields: NETWORK },
  { product: 'macos', category: 'process_termination', description: 'A process ended.', fields: PROCESS },
];
