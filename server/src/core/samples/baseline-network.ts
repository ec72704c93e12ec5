import type { Rng } from './prng';
import { CLIENT_IPS, DNS_NAMES, SITES, WEB_UAS } from './network-pool';
import type { BaselineWindow } from './baseline-types';

/** Benign proxy and DNS logs with the field names SigmaHQ proxy and dns rules use. */

function timeAt(rng: Rng, window: BaselineWindow): string {
  return new Date(window.startMs + Math.floor(rng.next() * window.spanMs)).toISOString();
}

function byTimestamp(events: { '@timestamp': string }[]): object[] {
  return events.sort((a, b) => (a['@timestamp'] < b['@timestamp'] ? -1 : a['@timestamp'] > b['@timestamp'] ? 1 : 0));
}

/** Web proxy access records (W3C-style names: cs-host, c-uri, c-useragent...). */
export function generateProxyBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: { '@timestamp': string; [field: string]: string | number }[] = [];
  for (let i = 0; i < count; i++) {
    const site = rng.pick(SITES);
    const uri = rng.pick(site.paths);
    const [stem, query = ''] = uri.split('?');
    const dot = stem.lastIndexOf('.');
    const extension = dot > stem.lastIndexOf('/') ? stem.slice(dot + 1) : '';
    const agent = site.host.includes('windowsupdate') ? WEB_UAS[4] : site.type === 'application/pkix-crl' ? WEB_UAS[2] : rng.pick(WEB_UAS.slice(0, 2));
    events.push({
      '@timestamp': timeAt(rng, window), src_ip: rng.pick(CLIENT_IPS), 'cs-method': rng.chance(0.9) ? 'GET' : 'POST', 'cs-host': site.host,
      'c-uri': `https://${site.host}${uri}`, 'c-uri-stem': stem, 'c-uri-query': query, 'c-uri-extension': extension, 'cs-version': 'HTTP/1.1',
      'c-useragent': agent, 'cs-referrer': '-', 'sc-status': rng.chance(0.95) ? 200 : 304, 'sc-bytes': rng.int(300, 900_000), 'cs-bytes': rng.int(200, 4000),
      'r-dns': site.host, dst_ip: site.host.endsWith('corp.example.com') ? '10.20.0.13' : `198.51.100.${rng.int(10, 99)}`, 'rs-content-type': site.type, action: 'allowed',
    });
  }
  return byTimestamp(events);
}

/** Resolver query logs: query, record_type, answer. */
export function generateDnsBaseline(rng: Rng, window: BaselineWindow, count: number): object[] {
  const events: { '@timestamp': string; [field: string]: string | number }[] = [];
  for (let i = 0; i < count; i++) {
    const name = rng.pick(DNS_NAMES);
    events.push({ '@timestamp': timeAt(rng, window), src_ip: rng.pick(CLIENT_IPS), query: name.query, record_type: name.type, answer: name.answer, rcode: name.answer === 'NXDOMAIN' ? 'NXDOMAIN' : 'NOERROR', resolver: '10.20.0.10' });
  }
  return byTimestamp(events);
}
