// Email addresses as people type them in chat, typo suggestions for the big free providers, and the
// "I have no email" answer (many applicants have none; the operator can help create one).
import { distance } from 'fastest-levenshtein';
import { fail, ok, type Validation } from './result.js';
import { CHAT_FILLERS, squeezedWords, vocabulary } from './text.js';

export type EmailReason = 'invalid_format' | 'missing_at';

/** RFC 5321 limits: 64 characters before the @, 254 in all. */
const MAX_LOCAL_LENGTH = 64;
const MAX_EMAIL_LENGTH = 254;

/** A practical subset of RFC 5322: dot-separated atoms, then a domain with a letters-only TLD. */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** Returns the address trimmed and lower-cased (mailbox names are case-insensitive at these providers). */
export function parseEmail(text: string): Validation<string, EmailReason> {
  const email = tidyEmail(text);
  if (!email.includes('@')) return fail('missing_at');
  const local = email.slice(0, email.lastIndexOf('@'));
  const fits = local.length <= MAX_LOCAL_LENGTH && email.length <= MAX_EMAIL_LENGTH;
  return fits && EMAIL.test(email) ? ok(email) : fail('invalid_format');
}

/** Undoes chat habits: "mailto:", <brackets>, a full stop after the address, spaces around @ and dots. */
function tidyEmail(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\uff20/g, '@')
    .replace(/^mailto:/, '')
    .replace(/^<(.*)>$/, '$1')
    .replace(/[.,;:!?)]+$/, '')
    .replace(/\s*([@.])\s*/g, '$1');
}

/** Real mail domains that look like typos of each other ("mail.com", "ymail.com"): never "corrected". */
const KNOWN_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'rocketmail.com', 'hotmail.com',
  'hotmail.co.id', 'outlook.com', 'outlook.co.id', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'mail.com', 'email.com', 'gmx.com', 'protonmail.com', 'proton.me', 'zoho.com', 'yandex.com',
]);

/** The providers Indonesian applicants actually use; typos are matched against these by edit distance. */
const POPULAR_DOMAINS = ['gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'hotmail.com', 'outlook.com', 'icloud.com'];

/** Typos too far from their target for the edit-distance rule. */
const DOMAIN_TYPOS: ReadonlyMap<string, string> = new Map([
  ['gmail', 'gmail.com'], ['gmail.co.id', 'gmail.com'], ['gmail.id', 'gmail.com'], ['gmail.com.com', 'gmail.com'],
  ['yahoo', 'yahoo.com'], ['yahoo.id', 'yahoo.co.id'], ['yahoo.com.id', 'yahoo.co.id'],
  ['hotmail', 'hotmail.com'], ['outlook', 'outlook.com'], ['icloud', 'icloud.com'], ['ymail', 'ymail.com'],
]);

/** Two edits cover a swapped pair ("gmial.com") or a dropped letter plus a dropped TLD letter ("yaho.co"). */
const MAX_EDITS = 2;

/**
 * Yahoo, Hotmail, Outlook and Live have real country domains ("yahoo.fr", "hotmail.co.uk") that sit two
 * edits from the .com: never "correct" those. Gmail has none, so "gmail.co" stays a typo.
 */
const COUNTRY_PROVIDER_DOMAIN =
  /^(?:yahoo|hotmail|outlook|live)\.(?:co\.|com\.)?(?:uk|fr|de|es|it|nl|be|at|ch|ie|se|dk|fi|gr|pt|pl|jp|kr|tw|hk|sg|my|ph|th|vn|in|au|nz|ca|br|mx|ar|za)$/;

/** The address with its provider's domain corrected ("budi@gmial.com" → "budi@gmail.com"), if it looks mistyped. */
export function suggestEmailFix(email: string): string | undefined {
  const cleaned = tidyEmail(email);
  const at = cleaned.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = cleaned.slice(at + 1);
  if (KNOWN_DOMAINS.has(domain) || COUNTRY_PROVIDER_DOMAIN.test(domain)) return undefined;
  const fixed = DOMAIN_TYPOS.get(domain) ?? closestPopularDomain(domain);
  return fixed === undefined ? undefined : `${cleaned.slice(0, at)}@${fixed}`;
}

/** The single nearest popular domain within reach; a tie ("xmail.com") suggests nothing. */
function closestPopularDomain(domain: string): string | undefined {
  const near = POPULAR_DOMAINS.map((candidate) => ({ candidate, edits: distance(domain, candidate) }))
    .filter(({ edits }) => edits > 0 && edits <= MAX_EDITS)
    .sort((a, b) => a.edits - b.edits);
  const [best, second] = near;
  if (best === undefined || (second !== undefined && second.edits === best.edits)) return undefined;
  return best.candidate;
}

const NEGATIONS = vocabulary(
  'tidak', 'tdk', 'tak', 'gak', 'ga', 'g', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'ndak', 'nda', 'kagak',
  'belum', 'blm', 'blum', 'blom', 'no', 'none', 'nope', 'not', "don't", 'dont', "haven't", 'havent', "doesn't", 'never',
  'mboten', 'boten', 'ora', 'ra', 'dereng', 'durung', 'drg',
);

const POSSESSION = vocabulary(
  'punya', 'pny', 'py', 'ada', 'ad', 'memiliki', 'mempunyai', 'pakai', 'pake', 'have', 'got', 'gadhah', 'gadah', 'nduwe', 'duwe',
  'kagungan', 'wonten', 'ono', 'enek', 'yet',
);

/** Words around "no email" that do not change its meaning ("belum punya email, tolong dibuatkan"). */
const EMAIL_FILLERS = new Set([
  ...CHAT_FILLERS,
  ...vocabulary(
    'email', 'e', 'mail', 'imel', 'emel', 'surel', 'alamat', 'akun', 'account', 'an', 'any', 'i', 'do', 'the',
    'sama', 'sekali', 'apapun', 'tolong', 'bantu', 'dibantu', 'buatkan', 'buatin', 'bikinin', 'dibuatkan', 'bisa',
  ),
]);

/** "gapunya", "gakada", "blmpunya": a negation glued to a possession verb. */
const GLUED_NO_EMAIL = vocabulary(...[...NEGATIONS].flatMap((no) => [...POSSESSION].map((verb) => no + verb)));

/** True for "tidak punya email", "ga ada email", "belum punya", "no email", "tidak ada", a bare "tidak". */
export function isNoEmailAnswer(text: string): boolean {
  if (text.includes('@')) return false;
  const tokens = squeezedWords(text).filter((token) => !EMAIL_FILLERS.has(token));
  const allowed = (token: string): boolean => NEGATIONS.has(token) || POSSESSION.has(token) || GLUED_NO_EMAIL.has(token);
  const negated = tokens.some((token) => NEGATIONS.has(token) || GLUED_NO_EMAIL.has(token));
  return negated && tokens.every(allowed);
}
