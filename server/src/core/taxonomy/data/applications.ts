import type { LogsourceSpec } from '../model';

// Application logs. Most SigmaHQ application rules match keywords in the log line, so the lists are short
// and open (unknown names pass); the structured ones (RPC Firewall, OpenCanary) list their fields.

function application(product: string, description: string, fields: string[] = [], extra: Partial<LogsourceSpec> = {}): LogsourceSpec {
  return { product, category: 'application', description, fields, open: fields.length === 0 || undefined, ...extra };
}

export const APPLICATION_LOGSOURCES: LogsourceSpec[] = [
  application('python', 'Python application logs and tracebacks; rules match keywords.'),
  application('ruby_on_rails', 'Ruby on Rails application logs; rules match keywords.'),
  application('spring', 'Spring Framework application logs; rules match keywords.'),
  application('jvm', 'Java virtual machine application logs and stack traces; rules match keywords.'),
  application('nodejs', 'Node.js application logs; rules match keywords.'),
  application('sql', 'SQL database server logs; rules match keywords.'),
  application('django', 'Django application logs; rules match keywords.'),
  application('velocity', 'Apache Velocity template engine logs; rules match keywords.'),
  application('opencanary', 'OpenCanary honeypot events.', ['logtype', 'src_host', 'src_port', 'dst_host', 'dst_port', 'node_id', 'utc_time', 'local_time', 'logdata', 'logdata.*']),
  application('rpc_firewall', 'RPC Firewall (zeronetworks) audit events in the Application log.', ['EventLog', 'EventID', 'InterfaceUuid', 'OpNum', 'Protocol', 'SourceNetworkAddress', 'ClientNetworkAddress', 'ProcessID', 'ProcessName', 'Endpoint', 'AuthenticationLevel', 'AuthenticationService']),
  application('kubernetes', 'Kubernetes application logs.', [], { open: true }),
];
