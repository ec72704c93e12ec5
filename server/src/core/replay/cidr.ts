/** IPv4 and IPv6 addresses and networks for the `cidr` modifier, as bigints so both families share one path. */
export interface CidrNetwork {
  family: 4 | 6;
  base: bigint;
  mask: bigint;
}

/** Parses `10.0.0.0/8` or `fe80::/10` (a bare address is a /32 or /128); undefined when malformed. */
export function parseCidr(text: string): CidrNetwork | undefined {
  const [address, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const parsed = parseIp(address);
  if (!parsed) return undefined;
  const bits = parsed.family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits || (prefixText !== undefined && !/^\d+$/.test(prefixText))) return undefined;
  const all = (1n << BigInt(bits)) - 1n;
  const mask = prefix === 0 ? 0n : (all >> BigInt(bits - prefix)) << BigInt(bits - prefix);
  return { family: parsed.family, base: parsed.value & mask, mask };
}

export function cidrContains(network: CidrNetwork, addressText: string): boolean {
  return addressIn(network, parseIp(addressText));
}

/** `cidrContains` for an address parsed once, when many networks are tested against it. */
export function addressIn(network: CidrNetwork, parsed: { family: 4 | 6; value: bigint } | undefined): boolean {
  if (!parsed) return false;
  if (parsed.family !== network.family) {
    // An IPv4-mapped IPv6 address (::ffff:10.1.2.3) belongs to the IPv4 network it maps.
    const mapped = parsed.family === 6 && parsed.value >> 32n === 0xffffn ? parsed.value & 0xffffffffn : undefined;
    return network.family === 4 && mapped !== undefined && (mapped & network.mask) === network.base;
  }
  return (parsed.value & network.mask) === network.base;
}

export function parseIp(text: string): { family: 4 | 6; value: bigint } | undefined {
  const trimmed = text.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (trimmed.includes(':')) {
    const value = parseIpv6(trimmed);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(trimmed);
  return value === undefined ? undefined : { family: 4, value };
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const groups = embeddedIpv4AsHex(text);
  if (groups === undefined) return undefined;
  const halves = groups.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = 8 - head.length - rest.length;
  if (halves.length === 1 ? fill !== 0 : fill < 1) return undefined;
  const words = [...head, ...Array<string>(halves.length === 2 ? fill : 0).fill('0'), ...rest];
  if (!words.every((word) => /^[0-9a-f]{1,4}$/i.test(word))) return undefined;
  return words.reduce((value, word) => (value << 16n) | BigInt(parseInt(word, 16)), 0n);
}

/** `::ffff:10.1.2.3` becomes `::ffff:a01:203`, so one parser handles both spellings. */
function embeddedIpv4AsHex(text: string): string | undefined {
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (!last.includes('.')) return text;
  const v4 = parseIpv4(last);
  if (v4 === undefined) return undefined;
  return `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
}
