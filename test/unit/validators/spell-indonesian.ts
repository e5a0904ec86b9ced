// Test helper: spells a whole number the way Indonesians write amounts out in words ("terbilang"),
// written independently of the parser so the property tests compare two implementations.
const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

const SCALES: Array<[number, string, string]> = [
  [1e9, 'miliar', 'semiliar'],
  [1e6, 'juta', 'sejuta'],
  [1e3, 'ribu', 'seribu'],
];

function below1000(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? [] : hundreds === 1 ? ['seratus'] : [UNITS[hundreds]!, 'ratus'];
  return [...head, ...below100(rest)];
}

function below100(n: number): string[] {
  if (n === 0) return [];
  if (n < 10) return [UNITS[n]!];
  if (n === 10) return ['sepuluh'];
  if (n === 11) return ['sebelas'];
  if (n < 20) return [UNITS[n - 10]!, 'belas'];
  const tens = Math.floor(n / 10);
  return [UNITS[tens]!, 'puluh', ...below100(n % 10)];
}

/** `useSe` picks "sejuta" over "satu juta" for a leading one (both are correct Indonesian). */
export function spellIndonesian(n: number, useSe = false): string {
  if (n === 0) return 'nol';
  const words: string[] = [];
  let rest = n;
  for (const [scale, word, seWord] of SCALES) {
    const count = Math.floor(rest / scale);
    rest %= scale;
    if (count === 0) continue;
    if (count === 1 && (useSe || scale === 1e3)) words.push(seWord);
    else words.push(...below1000(count), word);
  }
  words.push(...below1000(rest));
  return words.join(' ');
}
