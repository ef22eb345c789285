/**
 * Hash functions and algorithms (design.md "Value classification" §3). Only SHA-256 counts as hashed
 * for Meta; the others are the wrong algorithm.
 */

export type HashAlgorithm = 'sha256' | 'md5' | 'sha1' | 'sha512' | 'sha3' | 'hmac' | 'passwordHash' | 'unknown';

export const HASH_ALGORITHM_LABELS: Readonly<Record<HashAlgorithm, string>> = Object.freeze({
  sha256: 'SHA-256',
  md5: 'MD5',
  sha1: 'SHA-1',
  sha512: 'SHA-384/512',
  sha3: 'SHA-3',
  hmac: 'HMAC (a keyed hash)',
  passwordHash: 'a password hash',
  unknown: 'an unknown hash',
});

/**
 * Reads an algorithm from a name or an algorithm argument: `'sha256'`, `'SHA-256'`, `CryptoJS.MD5`,
 * `sha3_256`, `hashSha1`. Returns undefined when the text names no algorithm.
 */
export function algorithmFromText(text: string): HashAlgorithm | undefined {
  const compact = text.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const [pattern, algorithm] of ALGORITHM_PATTERNS) {
    if (pattern.test(compact)) return algorithm;
  }
  return undefined;
}

/** A token that names an algorithm on its own: `sha256`, `SHA-1`, `md5`, `hmac` (a bare `sha` says nothing). */
const ALGORITHM_TOKEN = /^(?:sha-?\d|md\d|hmac|keccak)/i;

/**
 * The algorithm a hashed type or tag names (`Md5Digest` → md5, `EmailSha1` → sha1); SHA-256 when it
 * names none (`HashedValue`, `Hashed<…>`), since that is what a project hashing for Meta uses.
 */
export function hashAlgorithmOf(tokens: readonly string[]): HashAlgorithm {
  for (const token of tokens) {
    const algorithm = ALGORITHM_TOKEN.test(token) ? algorithmFromText(token) : undefined;
    if (algorithm) return algorithm;
  }
  return 'sha256';
}

// Checked in order: sha3-256 must not be read as sha256, hmacsha256 must not be read as sha256; sha384
// starts like sha3 but is SHA-2.
const ALGORITHM_PATTERNS: ReadonlyArray<readonly [RegExp, HashAlgorithm]> = [
  [/hmac/, 'hmac'],
  [/sha3(?!84)|keccak/, 'sha3'],
  [/sha256|sha2(?!\d)/, 'sha256'],
  [/sha512|sha384/, 'sha512'],
  [/sha1|sha(?!\d)/, 'sha1'],
  [/md5|md4/, 'md5'],
  [/bcrypt|argon|scrypt|pbkdf/, 'passwordHash'],
];

/** Names of calls whose result is a digest when their body is not visible (imported helpers, libraries). */
export const HASH_CALL_WORDS: ReadonlySet<string> = new Set([
  'hash', 'hashed', 'hasher', 'digest', 'sha256', 'sha', 'md5', 'sha1', 'sha512', 'sha384', 'sha3', 'sha224',
  'keccak', 'hmac',
]);

/** Calls that keep a digest a digest: encoding it as hex or base64 (`Buffer.from(d).toString('hex')`). */
export const DIGEST_ENCODERS: ReadonlySet<string> = new Set([
  'from', 'map', 'join', 'toString', 'padStart', 'hex', 'toHex', 'encode', 'slice', 'Uint8Array',
  'Buffer', 'Array', 'String',
]);

/** Matches literals that already are a lowercase hex SHA-256 digest, with Meta's optional `.<suffix>`. */
export const SHA256_LITERAL = /^[a-f0-9]{64}(?:\.[\w-]{2,8})?$/;
export const HEX_DIGEST_LENGTHS: Readonly<Record<number, HashAlgorithm>> = Object.freeze({
  32: 'md5',
  40: 'sha1',
  128: 'sha512',
});
