// The simulator's HTTP API, relative to the page so it also works behind a path prefix.

export class SendError extends Error {}

/** POST sim/inbound; resolves with {id, duplicate} or rejects with a SendError whose message is for people. */
export async function sendInbound(body) {
  let res;
  try {
    res = await fetch('sim/inbound', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new SendError('Tidak dapat menghubungi server Loket. Periksa apakah layanannya berjalan, lalu kirim ulang.');
  }
  if (res.status === 202) return res.json();
  throw new SendError(await describeFailure(res));
}

async function describeFailure(res) {
  const reason = await res.json().then((b) => b.detail ?? b.message ?? b.error ?? '', () => '');
  if (res.status === 413) return 'File terlalu besar untuk dikirim lewat simulator.';
  if (res.status === 401) return 'Simulator ini dikunci: muat ulang halaman dan masukkan token simulator sebagai kata sandi.';
  if (res.status === 429) return 'Terlalu banyak pesan dalam semenit. Tunggu sebentar, lalu kirim ulang.';
  if (res.status === 400) return `Server menolak pesan (400)${reason ? `: ${reason}` : ''}.`;
  return `Server menjawab ${res.status}${reason ? `: ${reason}` : ''}. Coba kirim ulang.`;
}

/** GET sim/outbox: long-polls up to `wait` ms for messages after `after`. */
export async function fetchOutbox(chat, after, wait, signal) {
  const query = new URLSearchParams({ chat, after: String(after), wait: String(wait) });
  const res = await fetch(`sim/outbox?${query}`, { signal, cache: 'no-store' });
  if (!res.ok) throw new Error(`outbox answered ${res.status}`);
  return res.json();
}

export function readFileBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// What the page shows or opens in a tab: raster images and PDF. A blob: URL runs in this page's
// origin, so anything that a browser renders as a document with scripts (SVG, HTML, XML, …) is never
// shown or opened: it is offered as a download only, and its blob is typed as plain bytes so that
// even opening the download link in a tab cannot render it.
const VIEWABLE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/gif', 'image/webp', 'image/bmp', 'image/avif']);

/** `Image/PNG; x=1` → `image/png`. */
export function mediaType(mimetype) {
  return String(mimetype ?? '').split(';')[0].trim().toLowerCase();
}

/** A raster image the page may show in an <img> and open in a tab (never SVG). */
export function isViewableImage(mimetype) {
  return VIEWABLE_IMAGES.has(mediaType(mimetype));
}

/** May open in a new tab: a raster image or a PDF. */
export function isViewable(mimetype) {
  return isViewableImage(mimetype) || mediaType(mimetype) === 'application/pdf';
}

function safeType(mimetype) {
  return isViewable(mimetype) ? mediaType(mimetype) : 'application/octet-stream';
}

/** Bytes from base64, as a Blob URL (lighter than a data: URL for big PDFs and photos). */
export function blobUrl(base64, mimetype) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: safeType(mimetype) }));
}

/** A picked file as a Blob URL, typed as plain bytes unless it is viewable. */
export function fileUrl(file, mimetype) {
  return URL.createObjectURL(new Blob([file], { type: safeType(mimetype) }));
}

/** A small JPEG data URL of a photo, kept in localStorage so a reload still shows what was sent. */
export async function thumbnail(file, size = 240) {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return canvas.toDataURL('image/jpeg', 0.7);
  } catch {
    return undefined;
  }
}
