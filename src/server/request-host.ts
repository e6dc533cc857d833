/**
 * The Host header of a request, checked: a DNS name (labels of 1–63 letters, digits or hyphens,
 * 253 characters at most), an IPv4 address or a bracketed IPv6 address, with an optional port.
 * Anything else (a path, user info, spaces, an over-long name, a port past 65535) is null: it is
 * not a host a device could open, and must never end up in a join link or a QR code.
 */
export interface RequestHost {
  /** Lower-cased, IPv6 with its brackets: "vr.school.nl", "[fe80::1]". */
  hostname: string;
  port: number | null;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]{2,45}\\])(?::(\\d{1,5}))?$`, 'i');

export function parseRequestHost(header: string | undefined): RequestHost | null {
  if (header === undefined || header.length > 253 + 6) return null;
  const m = HOST.exec(header);
  if (!m) return null;
  const hostname = m[1]!.toLowerCase();
  if (!hostname.startsWith('[') && hostname.length > 253) return null;
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  if (hostname.startsWith('[') && !isIpv6(hostname.slice(1, -1))) return null;
  return { hostname, port };
}

export function isLoopback(host: RequestHost): boolean {
  return host.hostname === 'localhost' || /^127(\.\d{1,3}){3}$/.test(host.hostname) || host.hostname === '[::1]';
}

/** What the URL parser accepts as an IPv6 address (it checks the shape fully). */
function isIpv6(address: string): boolean {
  try {
    return new URL(`http://[${address}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}
