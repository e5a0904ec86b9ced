// An answer inside chatter: "maaf br bales, modal sktr 15 juta", "Dapurnya kira kira 4 x 6 meter",
// "Saya sama istri, jadi 2 orang". The whole text is read first; then each clause; then every run of
// consecutive words, longest first, so the figure is found wherever it stands. Only runs that hold a
// number are tried: a parser is never handed words alone.
import type { Validation } from './result.js';

const MAX_RUN_WORDS = 6;

/** Words that say a number without digits, so "lima juta rupiah" is tried as well. */
const NUMBER_WORD = /^(?:se|nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta|setengah|one|two|three|four|five|six|seven|eight|nine|ten|siji|loro|telu|papat|limo|enem|pitu|wolu|songo)\w*$/i;

function holdsNumber(words: readonly string[]): boolean {
  return words.some((word) => /\d/.test(word) || NUMBER_WORD.test(word));
}

/** Word runs of the text, longest first, left to right. */
function runs(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const found: string[] = [];
  for (let size = Math.min(MAX_RUN_WORDS, words.length - 1); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const run = words.slice(start, start + size);
      if (holdsNumber(run)) found.push(run.join(' ').replace(/^[,.;:!?]+|[,.;:!?]+$/g, ''));
    }
  }
  return found;
}

/** The first reading of the whole, a clause, or a word run that the parser accepts; else the whole's reason. */
export function readWithin<T, R extends string>(text: string, parse: (text: string) => Validation<T, R>): Validation<T, R> {
  const whole = parse(text);
  if (whole.ok) return whole;
  const clauses = text.split(/[,;\n]+/).map((c) => c.trim()).filter((c) => c !== '' && c !== text.trim());
  for (const candidate of [...clauses, ...runs(text)]) {
    const read = parse(candidate);
    if (read.ok) return read;
  }
  return whole;
}
