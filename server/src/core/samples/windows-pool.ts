/** Value pools for the synthetic Windows estate of CORP (corp.example.com). */

export const DOMAIN = 'CORP';
export const DNS_DOMAIN = 'corp.example.com';
/** The domain's SID prefix; account RIDs are appended. */
export const DOMAIN_SID = 'S-1-5-21-3623811015-3361044348-30300820';

export interface WinUser {
  name: string;
  sid: string;
  admin: boolean;
}

const userNames = ['alice.moreau', 'bob.nguyen', 'carla.diaz', 'dan.okafor', 'emma.schultz', 'farid.haddad', 'grace.lee', 'hiro.tanaka', 'ines.costa', 'jon.berg', 'kate.obrien', 'liam.walsh'];

/** Ordinary staff accounts, RIDs from 1104. */
export const USERS: readonly WinUser[] = userNames.map((name, i) => ({ name, sid: `${DOMAIN_SID}-${1104 + i}`, admin: false }));

/** Administrative accounts (separate admin identities, as tiering asks). */
export const ADMINS: readonly WinUser[] = [
  { name: 'adm.alice.moreau', sid: `${DOMAIN_SID}-2201`, admin: true },
  { name: 'adm.jon.berg', sid: `${DOMAIN_SID}-2202`, admin: true },
];

/** Workstations WS01..WS12 and a few servers. */
export const WORKSTATIONS: readonly string[] = Array.from({ length: 12 }, (_, i) => `WS${String(i + 1).padStart(2, '0')}.${DNS_DOMAIN}`);
export const SERVERS: readonly string[] = [`DC01.${DNS_DOMAIN}`, `DC02.${DNS_DOMAIN}`, `FS01.${DNS_DOMAIN}`, `WEB01.${DNS_DOMAIN}`, `SQL01.${DNS_DOMAIN}`];

/** Internal addresses: workstations 10.20.1.x, servers 10.20.0.x. */
export function internalIp(computer: string): string {
  const ws = WORKSTATIONS.indexOf(computer);
  if (ws >= 0) return `10.20.1.${ws + 21}`;
  return `10.20.0.${SERVERS.indexOf(computer) + 10}`;
}

export const SYSTEM_SID = 'S-1-5-18';
export const LOCAL_SERVICE_SID = 'S-1-5-19';
export const NETWORK_SERVICE_SID = 'S-1-5-20';
