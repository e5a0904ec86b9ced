// Text normalisation shared by the KBLI search: owners write informally, so both the catalogue and the
// query are folded to the same canonical tokens before they are compared.

/** Chatter and function words that say nothing about the activity. */
const STOPWORDS: ReadonlySet<string> = new Set([
  'saya', 'sy', 'aku', 'ak', 'gw', 'gue', 'kami', 'kita', 'mau', 'mo', 'ingin', 'pengen', 'pingin', 'pgn', 'punya',
  'usaha', 'usahanya', 'bisnis', 'nib', 'izin', 'ijin', 'daftar', 'mendaftar', 'buka', 'membuka', 'kak', 'kakak',
  'mas', 'mbak', 'mba', 'pak', 'bu', 'ibu', 'bapak', 'bang', 'gan', 'min', 'admin', 'ya', 'yg', 'dan', 'di', 'ke',
  'dari', 'untuk', 'utk', 'atau', 'dengan', 'dgn', 'serta', 'yang', 'itu', 'ini', 'adalah', 'sih', 'dong', 'deh',
  'kok', 'lah', 'aja', 'saja', 'juga', 'jg', 'ada', 'kecil', 'kecilan', 'lainnya', 'ytdl', 'ybdi', 'sejenisnya',
  'sejenis', 'dsb', 'dll', 'gimana', 'gmn', 'bagaimana', 'apa', 'kode', 'kbli', 'halo', 'hai', 'tolong', 'bantu',
  'nya', 'lagi', 'sudah', 'udah', 'belum', 'rumah', 'sendiri', 'sama', 'bukan', 'tanpa', 'atas', 'dasar', 'melalui',
  'berbagai', 'macam', 'utamanya', 'khusus', 'terima', 'kasih', 'makasih', 'terimakasih', 'trims', 'thanks', 'ok', 'oke',
]);

/** Word families folded to one token so "jualan", "dagang" and "Perdagangan" meet "jual". */
export const CANONICAL: ReadonlyMap<string, string> = new Map([
  ...['jualan', 'berjualan', 'menjual', 'jualin', 'dagang', 'berdagang', 'dagangan', 'pedagang', 'perdagangan'].map(
    (w) => [w, 'jual'] as const,
  ),
  ...['service', 'servise', 'serpis', 'servic', 'reparasi', 'perbaikan', 'benerin'].map((w) => [w, 'servis'] as const),
  ...['membuat', 'buat', 'pembuatan', 'produksi', 'memproduksi', 'industri', 'pabrik'].map((w) => [w, 'bikin'] as const),
  ...['beternak', 'peternakan', 'peternak', 'piara', 'pelihara', 'memelihara', 'budidaya', 'pembesaran'].map(
    (w) => [w, 'ternak'] as const,
  ),
  ...['bertani', 'petani', 'pertanian', 'nanam', 'menanam', 'tanam', 'bercocok'].map((w) => [w, 'tani'] as const),
  ...['menjahit', 'penjahit', 'jahitan', 'penjahitan'].map((w) => [w, 'jahit'] as const),
  ...['kost', 'kosan', 'kostan', 'indekos', 'koskosan'].map((w) => [w, 'kos'] as const),
  ...['penyewaan', 'persewaan', 'menyewakan', 'rental', 'rent', 'sewain'].map((w) => [w, 'sewa'] as const),
]);

/** Lower case, accents and punctuation removed, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function canonicalToken(token: string): string {
  const mapped = CANONICAL.get(token);
  if (mapped !== undefined) return mapped;
  // "usahanya", "jualannya": the possessive suffix carries no meaning here.
  if (token.length > 5 && token.endsWith('nya')) return canonicalToken(token.slice(0, -3));
  return token;
}

/** Meaningful canonical tokens of a phrase or a message, in order. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of foldText(text).split(' ')) {
    if (raw === '' || STOPWORDS.has(raw)) continue;
    tokens.push(canonicalToken(raw));
  }
  return tokens;
}
