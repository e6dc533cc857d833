import { describe, expect, it } from 'vitest';
import { isLoopback, parseRequestHost } from '../../src/server/request-host.ts';

describe('parseRequestHost', () => {
  it('reads names, IPv4 and bracketed IPv6 addresses with an optional port, lower-cased', () => {
    expect(parseRequestHost('VR.School.NL')).toEqual({ hostname: 'vr.school.nl', port: null });
    expect(parseRequestHost('192.168.1.20:8080')).toEqual({ hostname: '192.168.1.20', port: 8080 });
    expect(parseRequestHost('[FE80::1]:8443')).toEqual({ hostname: '[fe80::1]', port: 8443 });
  });

  it('is null for anything a device could not open', () => {
    for (const bad of [
      undefined,
      '',
      'a'.repeat(3000),
      `${'a'.repeat(64)}.nl`,
      'vr.school.nl:0',
      'vr.school.nl:65536',
      '[zz::1]',
      '[::1',
      '-vr.nl',
      'vr.nl/x',
      'vr.nl#x',
      'u@vr.nl',
      'vr .nl',
    ]) {
      expect(parseRequestHost(bad), String(bad).slice(0, 30)).toBeNull();
    }
  });

  it('knows loopback exactly, not by prefix', () => {
    expect(['localhost', '127.0.0.1:8080', '[::1]:8080'].map((h) => isLoopback(parseRequestHost(h)!))).toEqual([true, true, true]);
    expect(['localhost.evil.example', '127.evil.example', '192.168.1.20'].map((h) => isLoopback(parseRequestHost(h)!))).toEqual([false, false, false]);
  });
});
