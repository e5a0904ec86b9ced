// WhatsApp bubbles: a message longer than a screenful is read as a page, not a chat. Long replies (the
// summary, a copy of the applicant's data) are cut into bubbles at line ends.

/** The most a bubble holds (the catalogue's rule for every message). */
export const BUBBLE_CHARS = 500;

/** Lines packed into bubbles of at most BUBBLE_CHARS; a longer single line is cut. */
export function bubbles(lines: readonly string[], max = BUBBLE_CHARS): string[] {
  const packed: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
    if (current !== '' && current.length + 1 + line.length > max) {
      packed.push(current);
      current = line;
    } else current = current === '' ? line : `${current}\n${line}`;
  }
  return current === '' ? packed : [...packed, current];
}
