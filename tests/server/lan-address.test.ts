import { describe, expect, it } from 'vitest';
import { publicUrls } from '../../src/server/lan-address.ts';

describe('publicUrls', () => {
  const lan = ['192.168.1.20', '10.0.0.5'];

  it('gives every LAN address with the port actually bound when listening on all interfaces', () => {
    expect(publicUrls('https', '0.0.0.0', 8080, lan)).toEqual(['https://192.168.1.20:8080/', 'https://10.0.0.5:8080/']);
    expect(publicUrls('http', '::', 41234, lan)).toEqual(['http://192.168.1.20:41234/', 'http://10.0.0.5:41234/']);
  });

  it('gives only the address listened on, and none on loopback (devices could not reach it)', () => {
    expect(publicUrls('http', '10.0.0.5', 8080, lan)).toEqual(['http://10.0.0.5:8080/']);
    expect(publicUrls('http', '127.0.0.1', 8080, lan)).toEqual([]);
    expect(publicUrls('http', 'localhost', 8080, lan)).toEqual([]);
  });
});
