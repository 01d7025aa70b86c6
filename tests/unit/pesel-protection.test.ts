import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataKey, PeselProtection } from '../../src/core/personal-data/pesel-protection.js';

const key = Buffer.alloc(32, 7);
const vault = new PeselProtection(key);
const PESEL = '44051401359';

describe('PESEL protection', () => {
  it('reveals what it protected, and masks all but the last four digits', () => {
    const stored = vault.protect(PESEL);
    expect(vault.reveal(stored)).toBe(PESEL);
    expect(stored.masked).toBe('*******1359');
  });

  it('never stores the PESEL in clear, and encrypts it differently each time', () => {
    const a = vault.protect(PESEL);
    const b = vault.protect(PESEL);
    expect(JSON.stringify(a)).not.toContain(PESEL);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('finds the same person by the same keyed hash, which another key does not reproduce', () => {
    expect(vault.protect(PESEL).lookupHash).toBe(vault.lookupHash(PESEL));
    expect(new PeselProtection(Buffer.alloc(32, 8)).lookupHash(PESEL)).not.toBe(vault.lookupHash(PESEL));
    expect(vault.lookupHash(PESEL)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a tampered ciphertext, and one moved to another person’s row', () => {
    const stored = vault.protect(PESEL);
    const flipped = stored.ciphertext.slice(0, -2) + (stored.ciphertext.endsWith('A') ? 'BA' : 'AA');
    expect(() => vault.reveal({ ...stored, ciphertext: flipped })).toThrow();
    const other = vault.protect('02270803624');
    expect(() => vault.reveal({ lookupHash: other.lookupHash, ciphertext: stored.ciphertext })).toThrow();
  });

  it('refuses to protect an invalid PESEL', () => {
    expect(() => vault.protect('44051401358')).toThrow(/check digit/);
  });
});

describe('the data key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'splot-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated once into a file only its owner can read, and reused afterwards', () => {
    const file = join(dir, 'data.key');
    const first = loadDataKey(null, file);
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadDataKey(null, file).equals(first)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('hex'));
  });

  it('comes from HUB_DATA_KEY when set, in hex or base64', () => {
    const hex = 'ab'.repeat(32);
    expect(loadDataKey(hex, join(dir, 'unused.key')).toString('hex')).toBe(hex);
    expect(loadDataKey(Buffer.from(hex, 'hex').toString('base64'), join(dir, 'unused.key')).toString('hex')).toBe(hex);
    expect(() => loadDataKey('too-short', join(dir, 'unused.key'))).toThrow(/32-byte/);
  });
});
