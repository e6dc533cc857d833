import { networkInterfaces } from 'node:os';

/** IPv4 addresses other devices on the LAN can reach this machine on (no loopback, no link-local). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) out.push(a.address);
    }
  }
  return out;
}

/**
 * The addresses to give devices (join QR code, dashboard, terminal) for a server listening on
 * `listenHost`:`port`: every LAN address when it listens on all interfaces, that address when it
 * listens on one of them, and none when it listens on loopback only (devices could not reach it).
 * `port` is the port actually bound (with --port 0, the one the system chose).
 */
export function publicUrls(scheme: 'http' | 'https', listenHost: string, port: number, lan: readonly string[]): string[] {
  const all = listenHost === '0.0.0.0' || listenHost === '::' || listenHost === '';
  return lan.filter((a) => all || a === listenHost).map((a) => `${scheme}://${a}:${port}/`);
}
