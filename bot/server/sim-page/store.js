// The page's memory in localStorage: the phones, their outbox cursors and what each phone sent (the
// outbox only holds what Loket sent, so the phone's own side of the thread is kept here).

const KEY = 'loket-sim:v1';
const MAX_LOG = 400;

export const DEFAULT_PHONES = [
  { label: 'Pemohon', kind: 'direct', number: '6281200000001' },
  { label: 'Operator desa', kind: 'direct', number: '6281200000101' },
  { label: 'Grup koordinator', kind: 'group', number: 'koordinator@g.us', member: '6281200000101' },
];

/** A random id usable as a message id (crypto.randomUUID needs a secure context; a training room's LAN may not be one). */
export function randomId(prefix) {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function newPhone(fields) {
  return { id: randomId('hp-'), label: fields.label, kind: fields.kind, number: fields.number, member: fields.member, after: 0, base: 0, log: [] };
}

export function loadState() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (saved && Array.isArray(saved.phones)) return { selected: saved.selected, phones: saved.phones.filter(isPhone).map(reviveSending) };
  } catch {
    // A damaged entry is replaced by the defaults below.
  }
  const phones = DEFAULT_PHONES.map(newPhone);
  return { selected: phones[0].id, phones };
}

function isPhone(p) {
  return p && typeof p.id === 'string' && typeof p.number === 'string' && (p.kind === 'direct' || p.kind === 'group') && Array.isArray(p.log);
}

// A send interrupted by a reload has an unknown fate: show it as failed so it can be sent again.
function reviveSending(phone) {
  for (const entry of phone.log) {
    if (entry.t === 'out' && entry.status === 'sending') {
      entry.status = 'failed';
      entry.error = 'Halaman dimuat ulang sebelum pesan terkirim.';
    }
  }
  return phone;
}

export function saveState(state) {
  for (const phone of state.phones) phone.log = phone.log.slice(-MAX_LOG);
  const write = () => localStorage.setItem(KEY, JSON.stringify({ selected: state.selected, phones: state.phones }));
  try {
    write();
  } catch {
    // Over quota: the photo thumbnails are the bulk; drop them and keep the thread.
    for (const phone of state.phones) for (const entry of phone.log) delete entry.thumb;
    try { write(); } catch { /* storage unavailable (private mode): the page still works, unsaved */ }
  }
}

/** "0812-0000-0001" or "+62 812 0000 0001" become "6281200000001"; returns null when it is not a phone number. */
export function normalizePhone(input) {
  let digits = input.replace(/[\s().+-]/g, '');
  if (!/^[0-9]+$/.test(digits)) return null;
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  return digits.length >= 6 && digits.length <= 15 ? digits : null;
}

/** "koordinator" or "koordinator@g.us" become "koordinator@g.us"; null when not a valid group id. */
export function normalizeGroup(input) {
  const id = input.trim().replace(/@g\.us$/, '');
  return /^[A-Za-z0-9._-]{1,64}$/.test(id) ? `${id}@g.us` : null;
}
