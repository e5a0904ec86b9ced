// What a data key must be: 32 random bytes, written as 64 hex characters or 44 base64 characters.
// A passphrase is refused even when it happens to decode to 32 bytes: keys are made with
// `openssl rand -hex 32`, not typed.

export const DATA_KEY_BYTES = 32;

/** Random 32 bytes have about 30 distinct values; a typed phrase or a pattern has far fewer. */
const MIN_DISTINCT_BYTES = 16;

const HEX = /^[0-9a-fA-F]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/** The key's bytes, or undefined when the text is not a key in one of the two accepted forms. */
export function decodeDataKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (HEX.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (!BASE64.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed, 'base64');
  return key.length === DATA_KEY_BYTES && key.toString('base64') === trimmed ? key : undefined;
}

/** Why the text cannot be a data key, or undefined when it can. */
export function dataKeyProblem(text: string): string | undefined {
  const key = decodeDataKey(text);
  if (key === undefined) return 'must be 32 random bytes written as 64 hex characters or 44 base64 characters (openssl rand -hex 32); a passphrase is not accepted';
  return new Set(key).size < MIN_DISTINCT_BYTES ? 'does not look random: make one with openssl rand -hex 32' : undefined;
}
