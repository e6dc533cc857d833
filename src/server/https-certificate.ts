import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
  /** Where it came from, for the start-up message. */
  source: string;
}

/**
 * A given certificate and key, or a self-signed one kept in DATA_DIR/tls so a headset that has
 * accepted it once is not asked again at the next start (unless the LAN address changes).
 */
export async function loadOrCreateCertificate(opts: { certFile?: string; keyFile?: string; dataDir: string; hosts: string[] }): Promise<Certificate> {
  if (opts.certFile || opts.keyFile) {
    if (!opts.certFile || !opts.keyFile) throw new Error('--cert and --key go together: give both files (PEM), or neither for a self-signed certificate');
    for (const f of [opts.certFile, opts.keyFile]) if (!existsSync(f)) throw new Error(`${f}: file not found`);
    return { cert: readFileSync(opts.certFile, 'utf8'), key: readFileSync(opts.keyFile, 'utf8'), source: opts.certFile };
  }
  const dir = join(opts.dataDir, 'tls');
  const certFile = join(dir, 'self-signed-cert.pem');
  const keyFile = join(dir, 'self-signed-key.pem');
  const hostsFile = join(dir, 'hosts.json');
  const hosts = ['localhost', '127.0.0.1', ...opts.hosts];
  if (existsSync(certFile) && existsSync(keyFile) && existsSync(hostsFile) && readFileSync(hostsFile, 'utf8') === JSON.stringify(hosts)) {
    return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), source: `${certFile} (self-signed)` };
  }
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: 'Beroepsbeeld VR (lokaal)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 365 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: hosts.map((h) => (/^[\d.]+$/.test(h) ? { type: 7 as const, ip: h } : { type: 2 as const, value: h })) },
    ],
  });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(certFile, pems.cert);
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(hostsFile, JSON.stringify(hosts));
  return { cert: pems.cert, key: pems.private, source: `${certFile} (self-signed, new)` };
}
