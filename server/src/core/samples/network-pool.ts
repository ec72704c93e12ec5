/** Value pools for benign web and DNS traffic of the office network. */

export const CLIENT_IPS: readonly string[] = Array.from({ length: 12 }, (_, i) => `10.20.1.${i + 21}`);

/** Sites staff visit, with paths typical for each. */
export const SITES: readonly { host: string; paths: readonly string[]; type: string }[] = [
  { host: 'www.google.com', paths: ['/search?q=quarterly+report+template', '/complete/search?client=chrome-omni&q=weather', '/gen_204?atyp=i'], type: 'text/html' },
  { host: 'outlook.office365.com', paths: ['/owa/', '/mail/inbox', '/api/v2.0/me/mailfolders'], type: 'application/json' },
  { host: 'teams.microsoft.com', paths: ['/api/mt/emea/beta/users/me', '/_#/conversations'], type: 'application/json' },
  { host: 'github.com', paths: ['/corp-example/app/pulls', '/corp-example/app/actions', '/login'], type: 'text/html' },
  { host: 'objects.githubusercontent.com', paths: ['/github-production-release-asset-2e65be/123456/node-v22.11.0-x64.msi'], type: 'application/octet-stream' },
  { host: 'download.windowsupdate.com', paths: ['/c/msdownload/update/software/secu/2026/11/windows11.0-kb5046633-x64_5a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3.cab'], type: 'application/vnd.ms-cab-compressed' },
  { host: 'ctldl.windowsupdate.com', paths: ['/msdownload/update/v3/static/trustedr/en/authrootstl.cab', '/msdownload/update/v3/static/trustedr/en/disallowedcertstl.cab'], type: 'application/vnd.ms-cab-compressed' },
  { host: 'definitionupdates.microsoft.com', paths: ['/download/DefinitionUpdates/versionedsignatures/am/1.421.1284.0/x64/mpam-fe.exe'], type: 'application/octet-stream' },
  { host: 'www.linkedin.com', paths: ['/feed/', '/in/corp-example/'], type: 'text/html' },
  { host: 'en.wikipedia.org', paths: ['/wiki/Sigma_(rule_format)', '/wiki/Kerberos_(protocol)'], type: 'text/html' },
  { host: 'registry.npmjs.org', paths: ['/yaml', '/typescript/-/typescript-5.9.3.tgz'], type: 'application/json' },
  { host: 'corp-example.slack.com', paths: ['/api/conversations.history', '/api/users.counts'], type: 'application/json' },
  { host: 'intranet.corp.example.com', paths: ['/', '/hr/holidays', '/it/status'], type: 'text/html' },
  { host: 'pki.corp.example.com', paths: ['/CertEnroll/CORP-ROOT-CA.crl'], type: 'application/pkix-crl' },
];

export const WEB_UAS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Microsoft-CryptoAPI/10.0',
  'Microsoft-Delivery-Optimization/10.0',
  'Windows-Update-Agent/1023.1020.2192.0 Client-Protocol/2.71',
];

/** Names resolved all day by the office resolver, with the records they return. */
export const DNS_NAMES: readonly { query: string; type: string; answer: string }[] = [
  { query: 'www.google.com', type: 'A', answer: '198.51.100.10' },
  { query: 'outlook.office365.com', type: 'CNAME', answer: 'outlook.ha.office365.com' },
  { query: 'teams.microsoft.com', type: 'A', answer: '198.51.100.12' },
  { query: 'github.com', type: 'A', answer: '198.51.100.13' },
  { query: 'login.microsoftonline.com', type: 'A', answer: '198.51.100.14' },
  { query: 'ctldl.windowsupdate.com', type: 'CNAME', answer: 'ctldl.windowsupdate.com.delivery.microsoft.com' },
  { query: 'dc01.corp.example.com', type: 'A', answer: '10.20.0.10' },
  { query: 'fs01.corp.example.com', type: 'A', answer: '10.20.0.12' },
  { query: '_ldap._tcp.dc._msdcs.corp.example.com', type: 'SRV', answer: '0 100 389 dc01.corp.example.com' },
  { query: 'intranet.corp.example.com', type: 'A', answer: '10.20.0.13' },
  { query: 'wpad.corp.example.com', type: 'A', answer: 'NXDOMAIN' },
  { query: 'corp-example.slack.com', type: 'A', answer: '198.51.100.18' },
  { query: 'www.linkedin.com', type: 'AAAA', answer: '2001:db8:100::18' },
  { query: 'corp.example.com', type: 'TXT', answer: 'v=spf1 include:spf.protection.outlook.com -all' },
  { query: 'registry.npmjs.org', type: 'A', answer: '198.51.100.19' },
];
