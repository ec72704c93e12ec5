import type { LogsourceSpec } from '../model';

// Network devices, generic network categories and Zeek logs. Proxy and webserver fields follow the W3C
// extended log format that SigmaHQ uses (`c-` client, `s-` server, `cs-` client-to-server, `sc-` server-to-client).

const W3C_REQUEST = ['cs-method', 'cs-uri', 'cs-uri-stem', 'cs-uri-query', 'cs-uri-port', 'cs-uri-scheme', 'cs-host', 'cs-version', 'cs-cookie', 'cs-referrer', 'cs-referer', 'cs-user-agent', 'cs-bytes', 'cs-content-type', 'cs-username', 'cs-dns'];
const W3C_RESPONSE = ['sc-status', 'sc-bytes', 'sc-content-type', 'sc-win32-status', 'sc-substatus', 'time-taken'];
const PROXY = [...W3C_REQUEST, ...W3C_RESPONSE, 'c-uri', 'c-uri-extension', 'c-uri-query', 'c-uri-stem', 'c-useragent', 'c-ip', 'cs-auth-group', 'r-dns', 'r-ip', 's-ip', 'dst_ip', 'src_ip', 'dst_port', 'x-virus-id', 'x-exception-id'];
const WEBSERVER = [...W3C_REQUEST, ...W3C_RESPONSE, 'c-ip', 's-ip', 's-port', 's-sitename', 's-computername', 'date', 'time', 'cs-uri-extension'];
const ZEEK_CONN = ['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p'];

function zeek(service: string, description: string, fields: string[]): LogsourceSpec {
  return { product: 'zeek', service, description, fields: [...ZEEK_CONN, ...fields] };
}

function device(product: string, service: string, description: string, fields: string[] = []): LogsourceSpec {
  return { product, service, description, fields, open: fields.length === 0 || undefined };
}

export const NETWORK_LOGSOURCES: LogsourceSpec[] = [
  { category: 'proxy', description: 'Web proxy logs in W3C field names.', fields: PROXY },
  { category: 'webserver', description: 'Web server access logs in W3C field names.', fields: WEBSERVER },
  { category: 'firewall', description: 'Firewall connection logs.', fields: ['src_ip', 'src_port', 'dst_ip', 'dst_port', 'action', 'blocked', 'protocol', 'username', 'rule', 'bytes', 'packets'] },
  { category: 'dns', description: 'DNS query logs from resolvers or network sensors.', fields: ['query', 'answer', 'record_type', 'response_code', 'src_ip', 'dst_ip', 'parent_domain', 'qtype', 'rcode'] },
  { category: 'antivirus', description: 'Antivirus detections from any vendor.', fields: ['Signature', 'Filename', 'FileName', 'Path', 'Action', 'User', 'Computer', 'Hash'] },
  { category: 'database', description: 'Database audit logs; rules match keywords in the statement.', fields: ['query', 'statement', 'user', 'database'], open: true },
  { service: 'apache', description: 'Apache HTTP server error log; rules match keywords.', fields: [], open: true },
  { service: 'nginx', description: 'nginx error log; rules match keywords.', fields: [], open: true },
  { service: 'netflow', description: 'NetFlow records in ECS names.', fields: ['source.ip', 'source.port', 'destination.ip', 'destination.port', 'network.transport', 'network.bytes', 'network.packets'] },
  zeek('conn', 'Zeek connection log.', ['proto', 'service', 'duration', 'orig_bytes', 'resp_bytes', 'conn_state', 'local_orig', 'local_resp', 'missed_bytes', 'history', 'orig_pkts', 'resp_pkts']),
  zeek('dns', 'Zeek DNS log.', ['proto', 'trans_id', 'rtt', 'query', 'qclass', 'qclass_name', 'qtype', 'qtype_name', 'rcode', 'rcode_name', 'AA', 'TC', 'RD', 'RA', 'Z', 'answers', 'TTLs', 'rejected']),
  zeek('http', 'Zeek HTTP log.', ['trans_depth', 'method', 'host', 'uri', 'referrer', 'version', 'user_agent', 'origin', 'request_body_len', 'response_body_len', 'status_code', 'status_msg', 'username', 'password', 'orig_mime_types', 'resp_mime_types', 'client_header_names', 'server_header_names', 'c-uri', 'c-useragent', 'cs-method']),
  zeek('dce_rpc', 'Zeek DCE/RPC log.', ['rtt', 'named_pipe', 'endpoint', 'operation']),
  zeek('kerberos', 'Zeek Kerberos log.', ['request_type', 'client', 'service', 'success', 'error_msg', 'from', 'till', 'cipher', 'forwardable', 'renewable']),
  zeek('rdp', 'Zeek RDP log.', ['cookie', 'result', 'security_protocol', 'client_channels', 'keyboard_layout', 'client_build', 'client_name', 'client_dig_product_id', 'desktop_width', 'desktop_height', 'requested_color_depth', 'cert_type', 'cert_count', 'cert_permanent', 'encryption_level', 'encryption_method']),
  zeek('smb_files', 'Zeek SMB files log.', ['fuid', 'action', 'path', 'name', 'size', 'prev_name', 'times.modified', 'times.accessed', 'times.created', 'times.changed']),
  zeek('smb_mapping', 'Zeek SMB mapping log.', ['path', 'service', 'native_file_system', 'share_type']),
  zeek('x509', 'Zeek X.509 certificate log.', ['id', 'certificate.version', 'certificate.serial', 'certificate.subject', 'certificate.issuer', 'certificate.not_valid_before', 'certificate.not_valid_after', 'certificate.key_alg', 'certificate.sig_alg', 'certificate.key_type', 'certificate.key_length', 'san.dns', 'san.uri', 'san.email', 'san.ip', 'basic_constraints.ca']),
  zeek('ssl', 'Zeek TLS log.', ['version', 'cipher', 'curve', 'server_name', 'resumed', 'established', 'ja3', 'ja3s', 'subject', 'issuer', 'validation_status']),
  zeek('files', 'Zeek files log.', ['fuid', 'source', 'mime_type', 'filename', 'md5', 'sha1', 'sha256', 'total_bytes', 'seen_bytes']),
  device('cisco', 'aaa', 'Cisco IOS AAA accounting (commands run on the device); rules match keywords.'),
  device('cisco', 'bgp', 'Cisco IOS BGP messages; rules match keywords.'),
  device('cisco', 'ldp', 'Cisco IOS LDP messages; rules match keywords.'),
  device('cisco', 'syslog', 'Cisco IOS syslog; rules match keywords.'),
  device('juniper', 'bgp', 'Juniper BGP messages; rules match keywords.'),
  device('huawei', 'bgp', 'Huawei BGP messages; rules match keywords.'),
  device('fortigate', 'event', 'FortiGate event log.', ['action', 'cfgpath', 'cfgobj', 'cfgattr', 'logdesc', 'msg', 'user', 'ui', 'subtype', 'type', 'level', 'devname']),
  device('fortios', 'sslvpnd', 'FortiOS SSL VPN daemon messages; rules match keywords.'),
  { product: 'paloalto', category: 'appliance', service: 'globalprotect', description: 'Palo Alto GlobalProtect appliance logs; rules match keywords.', fields: [], open: true },
  { product: 'paloalto', category: 'file_event', service: 'globalprotect', description: 'Files written on a Palo Alto GlobalProtect appliance.', fields: ['TargetFilename', 'Image'] },
];
