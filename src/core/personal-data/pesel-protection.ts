import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { maskPesel, peselProblem } from '../pesel.js';

/**
 * How the hub keeps a PESEL: never in clear text. A keyed hash (HMAC-SHA-256) finds a person by
 * PESEL without revealing it; authenticated encryption (AES-256-GCM) lets the roles that may read
 * it display it. A database dump alone reveals no PESEL, and a tampered ciphertext is refused.
 * The two keys are derived from one data key (HKDF), so that neither use weakens the other.
 */
export interface ProtectedPesel {
  /** HMAC-SHA-256 of the PESEL under the look-up key, hex. Equal PESELs give equal hashes. */
  lookupHash: string;
  /** `v1:` + base64url(nonce ‖ ciphertext ‖ tag) under the encryption key. */
  ciphertext: string;
  /** What roles without the right to the full number see: `*******1234`. */
  masked: string;
}

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class PeselProtection {
  // KeyObjects, not Buffers: with a Buffer, Node 24 imports the key into OpenSSL on every call, which
  // made the 10,000 hashes of a cross-check batch five times slower.
  private readonly lookupKey: KeyObject;
  private readonly encryptionKey: KeyObject;

  /** `dataKey`: 32 random bytes. */
  constructor(dataKey: Buffer) {
    if (dataKey.length !== 32) throw new Error('The data key must be 32 bytes');
    this.lookupKey = createSecretKey(Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'splot pesel lookup', 32)));
    this.encryptionKey = createSecretKey(Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'splot pesel encryption', 32)));
  }

  /** The keyed hash alone, for look-ups (a batch of cross-checks hashes its PESELs and queries by hash). */
  lookupHash(pesel: string): string {
    return createHmac('sha256', this.lookupKey).update(pesel, 'utf8').digest('hex');
  }

  /** Protects a valid PESEL; validate first (an invalid one is refused here too). */
  protect(pesel: string): ProtectedPesel {
    const problem = peselProblem(pesel);
    if (problem) throw new Error(problem.en);
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, nonce);
    // The look-up hash is bound as associated data: a ciphertext moved to another person's row fails.
    const lookupHash = this.lookupHash(pesel);
    cipher.setAAD(Buffer.from(lookupHash, 'hex'));
    const body = Buffer.concat([cipher.update(pesel, 'utf8'), cipher.final()]);
    return { lookupHash, ciphertext: `${VERSION}:${Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url')}`, masked: maskPesel(pesel) };
  }

  /** The PESEL in clear, for roles that may read it; throws if the ciphertext or its row was tampered with. */
  reveal(stored: Pick<ProtectedPesel, 'lookupHash' | 'ciphertext'>): string {
    const [version, payload] = stored.ciphertext.split(':');
    if (version !== VERSION || !payload) throw new Error('Unknown PESEL ciphertext format');
    const raw = Buffer.from(payload, 'base64url');
    const nonce = raw.subarray(0, NONCE_BYTES);
    const tag = raw.subarray(raw.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, nonce);
    decipher.setAAD(Buffer.from(stored.lookupHash, 'hex'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

/**
 * The data key: `HUB_DATA_KEY` (64 hex characters or base64 of 32 bytes), or, in the embedded mode,
 * a key generated on first start into a file readable by the owner only (mode 0600). Losing it
 * makes every stored PESEL unreadable and unfindable: back it up with the database.
 */
export function loadDataKey(configured: string | null, keyFile: string): Buffer {
  if (configured) return parseKey(configured, 'HUB_DATA_KEY');
  if (existsSync(keyFile)) return parseKey(readFileSync(keyFile, 'utf8').trim(), keyFile);
  mkdirSync(dirname(keyFile), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(keyFile, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(keyFile, 0o600);
  return key;
}

function parseKey(text: string, where: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold a 32-byte key (64 hex characters or base64)`);
  return key;
}
