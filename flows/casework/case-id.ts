// Case ids: 'LK-' + 5 symbols of Crockford base32, short enough to type on a phone. Crockford's
// alphabet leaves out I, L, O and U, and reads a typed O as 0 and I or L as 1, so ids survive being
// copied by hand.

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** How many random bytes generateCaseIdFromBytes needs. */
export const CASE_ID_RANDOM_BYTES = 5;

const CASE_ID_LENGTH = 5;
const CROCKFORD_ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * A loosely typed case id: optional WhatsApp markup or quotes around it, 'LK' in any case, then an
 * optional separator (hyphen or dash, underscore, dot, spaces), then five letters or digits.
 * Group 1 is the five symbols before Crockford normalisation.
 */
const LOOSE_CASE_ID = String.raw`[*_~\x60"'“‘(\[]*LK(?:\s*[-‐‑–—_.]\s*|\s*)([0-9A-Z]{5})[*_~\x60"'”’)\].,;:!?]*`;

/** The whole text is a case id. */
const WHOLE_CASE_ID = new RegExp(String.raw`^\s*${LOOSE_CASE_ID}\s*$`, 'i');
/** Text starts with a case id followed by whitespace or the end. */
export const LEADING_CASE_ID = new RegExp(String.raw`^\s*${LOOSE_CASE_ID}(?=\s|$)`, 'i');

/** Maps five typed symbols to canonical Crockford, or undefined when one is not Crockford (e.g. U). */
export function canonicalSymbols(typed: string): string | undefined {
  const symbols = [...typed.toUpperCase()].map((symbol) => CROCKFORD_ALIASES[symbol] ?? symbol);
  return symbols.every((symbol) => CROCKFORD_ALPHABET.includes(symbol)) ? symbols.join('') : undefined;
}

/** 'lk 7kq3m', 'LK7KQ3M', '*LK-7kq3m*' → 'LK-7KQ3M'; undefined when the text is not a case id. */
export function normaliseCaseId(text: string): string | undefined {
  const typed = WHOLE_CASE_ID.exec(text)?.[1];
  const symbols = typed === undefined ? undefined : canonicalSymbols(typed);
  return symbols === undefined ? undefined : `LK-${symbols}`;
}

/**
 * A case id from caller-supplied random bytes (crypto.randomBytes(CASE_ID_RANDOM_BYTES)). Each byte
 * gives one symbol from its low 5 bits, which keeps symbols uniform since 256 is a multiple of 32.
 * 32^5 ≈ 33.5 million ids: the store must still reject a collision and draw again.
 */
export function generateCaseIdFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CASE_ID_RANDOM_BYTES) {
    throw new RangeError(`a case id needs ${CASE_ID_RANDOM_BYTES} random bytes, got ${bytes.length}`);
  }
  const symbols = Array.from(bytes.subarray(0, CASE_ID_LENGTH), (byte) => CROCKFORD_ALPHABET.charAt(byte & 31));
  return `LK-${symbols.join('')}`;
}

/** Help requests (BT, "bantuan") and complaints (AD, "aduan") carry a reference shaped like a case id. */
export type TicketKind = 'help' | 'complaint';
export const TICKET_PREFIX: Readonly<Record<TicketKind, string>> = { help: 'BT', complaint: 'AD' };

const LOOSE_TICKET_REF = String.raw`[*_~\x60"'“‘(\[]*(BT|AD)(?:\s*[-‐‑–—_.]\s*|\s*)([0-9A-Z]{5})[*_~\x60"'”’)\].,;:!?]*`;
/** Text starts with a ticket reference followed by whitespace or the end. */
export const LEADING_TICKET_REF = new RegExp(String.raw`^\s*${LOOSE_TICKET_REF}(?=\s|$)`, 'i');

/** 'bt 7kq3m' → 'BT-7KQ3M'; undefined when not a ticket reference. */
export function normaliseTicketRef(prefix: string, symbols: string): string | undefined {
  const canonical = canonicalSymbols(symbols);
  return canonical === undefined ? undefined : `${prefix.toUpperCase()}-${canonical}`;
}

/** A ticket reference from caller-supplied random bytes, like a case id. */
export function generateTicketRefFromBytes(kind: TicketKind, bytes: Uint8Array): string {
  return `${TICKET_PREFIX[kind]}-${generateCaseIdFromBytes(bytes).slice(3)}`;
}
