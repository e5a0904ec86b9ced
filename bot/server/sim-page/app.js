// The simulator page: several fake phones talking to Loket through the simulator API. Each phone has
// a tab and a conversation panel; each long-polls its own outbox. Message text only ever reaches the
// DOM as text nodes (see format.js), never as HTML.
import { SendError, blobUrl, fetchOutbox, fileUrl, isViewable, isViewableImage, readFileBase64, sendInbound, thumbnail } from './api.js';
import { formatDay, formatSize, formatTime, renderText } from './format.js';
import { DEFAULT_PHONES, loadState, newPhone, normalizeGroup, normalizePhone, randomId, saveState } from './store.js';

const LONG_POLL_MS = 25_000;
/** Browsers allow about six connections per server: leave room for sending when there are many phones. */
const MAX_LONG_POLLS = 4;
const SHORT_POLL_MS = 3_000;
const RETRY_MS = 3_000;
/** The server takes MEDIA_MAX_BYTES of media (5 MB by default) in base64, which grows a file by a third. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const RESET_PROBES_MS = [2_000, 6_000];

const state = loadState();
/** phone id -> the live parts of its panel (DOM nodes, poller, blob URLs). */
const views = new Map();

// ---------------------------------------------------------------- DOM helpers

/** Creates an element; `props` are DOM properties or attributes, children are nodes or plain text. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined && child !== null && child !== false) node.append(child);
  return node;
}

function srOnly(text) {
  return el('span', { class: 'sr-only' }, text);
}

// Material-style icon paths, drawn as inline SVG: emoji fonts are missing on some office PCs.
const ICONS = {
  camera: 'M12 15.2A3.2 3.2 0 1 0 12 8.8a3.2 3.2 0 0 0 0 6.4zM9 2 7.17 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2h-3.17L15 2H9zm3 15c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5z',
  document: 'M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
  mic: 'M12 14c1.66 0 3-1.34 3-3V5c0-1.66-1.34-3-3-3S9 3.34 9 5v6c0 1.66 1.34 3 3 3zm5.3-3c0 3-2.54 5.1-5.3 5.1S6.7 14 6.7 11H5c0 3.41 2.72 6.23 6 6.72V21h2v-3.28c3.28-.48 6-3.3 6-6.72h-1.7z',
  place: 'M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5c-1.38 0-2.5-1.12-2.5-2.5s1.12-2.5 2.5-2.5 2.5 1.12 2.5 2.5-1.12 2.5-2.5 2.5z',
  smile: 'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm3.5-9c.83 0 1.5-.67 1.5-1.5S16.33 8 15.5 8 14 8.67 14 9.5s.67 1.5 1.5 1.5zm-7 0c.83 0 1.5-.67 1.5-1.5S9.33 8 8.5 8 7 8.67 7 9.5 7.67 11 8.5 11zm3.5 6.5c2.33 0 4.31-1.46 5.11-3.5H6.89c.8 2.04 2.78 3.5 5.11 3.5z',
  send: 'M2.01 21 23 12 2.01 3 2 10l15 2-15 2z',
  check: 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
  clock: 'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z',
  warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
};

function icon(name, className = 'icon') {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICONS[name]);
  svg.append(path);
  return svg;
}

function displayNumber(phone) {
  if (phone.kind === 'group') return phone.number;
  const n = phone.number;
  if (!n.startsWith('62') || n.length < 9) return n;
  const rest = n.slice(2);
  return `+62 ${rest.slice(0, 3)}-${rest.slice(3, 7)}-${rest.slice(7)}`;
}

function initials(label) {
  const words = label.trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : (words[0] ?? '?')[0]).toUpperCase();
}

function memberLabel(number) {
  const phone = state.phones.find((p) => p.kind === 'direct' && p.number === number);
  return phone ? phone.label : number;
}

function persist() {
  saveState(state);
}

// ---------------------------------------------------------------- tabs

function buildTab(phone) {
  const tab = el('button', {
    type: 'button', role: 'tab', id: `tab-${phone.id}`, class: 'phone-tab', 'aria-controls': `panel-${phone.id}`,
    'aria-selected': 'false', tabindex: '-1', dataset: { chat: phone.number },
    onclick: () => select(phone.id), onkeydown: (e) => onTabKey(e, phone.id),
  });
  document.getElementById('phone-tabs').append(tab);
  return tab;
}

function renderTab(phone, view) {
  const preview = view.preview ?? (phone.kind === 'group' ? 'Grup' : 'Belum ada pesan');
  view.tab.replaceChildren(
    el('span', { class: `avatar ${phone.kind}`, 'aria-hidden': 'true' }, initials(phone.label)),
    el('span', { class: 'tab-text' },
      el('span', { class: 'tab-label' }, phone.label),
      el('span', { class: 'tab-number' }, displayNumber(phone)),
      el('span', { class: 'tab-preview' }, preview)),
    ...(view.unread > 0 ? [el('span', { class: 'badge' }, String(view.unread), srOnly(' pesan baru'))] : []),
  );
}

function onTabKey(event, id) {
  const order = state.phones.map((p) => p.id);
  const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
  let target;
  if (step) target = order[(order.indexOf(id) + step + order.length) % order.length];
  else if (event.key === 'Home') target = order[0];
  else if (event.key === 'End') target = order.at(-1);
  if (!target) return;
  event.preventDefault();
  select(target);
  views.get(target).tab.focus();
}

function select(id) {
  state.selected = id;
  for (const [phoneId, view] of views) {
    const on = phoneId === id;
    view.tab.setAttribute('aria-selected', String(on));
    view.tab.tabIndex = on ? 0 : -1;
    view.panel.hidden = !on;
    if (on) {
      view.unread = 0;
      renderTab(view.phone, view);
      scrollToEnd(view);
    }
  }
  persist();
}

// ---------------------------------------------------------------- panels

function buildPanel(phone) {
  const view = { phone, unread: 0, urls: [], placeholders: new Map(), known: new Map(), payloads: new Map(), lastDay: '' };
  const ids = { input: `msg-${phone.id}`, photo: `photo-${phone.id}`, doc: `doc-${phone.id}`, audio: `audio-${phone.id}` };
  view.title = el('h2', { class: 'chat-title' });
  view.subtitle = el('p', { class: 'chat-subtitle' });
  view.conn = el('span', { class: 'conn', role: 'status' }, 'menyambung…');
  view.messages = el('div', { class: 'messages', role: 'log', 'aria-live': 'polite', tabindex: '0' });
  view.alert = el('div', { class: 'alert', role: 'alert', hidden: true });
  view.pending = el('div', { class: 'pending', hidden: true });
  view.location = buildLocationForm(phone, view);
  view.input = el('textarea', { id: ids.input, class: 'input', rows: '1', placeholder: 'Ketik pesan', autocomplete: 'off', enterkeyhint: 'send' });
  view.inputLabel = el('label', { for: ids.input, class: 'sr-only' });
  view.input.addEventListener('keydown', (e) => onComposerKey(e, phone, view));
  view.input.addEventListener('input', () => autoGrow(view.input));
  view.avatar = el('span', { class: `avatar big ${phone.kind}`, 'aria-hidden': 'true' });
  view.asSelect = phone.kind === 'group' ? buildMemberSelect(phone, view) : null;

  const head = el('header', { class: 'chat-head' },
    view.avatar,
    el('div', { class: 'chat-who' }, view.title, view.subtitle),
    el('div', { class: 'chat-actions' },
      el('button', { type: 'button', class: 'btn btn-quiet', onclick: () => openPhoneDialog(phone) }, 'Ubah'),
      el('button', { type: 'button', class: 'btn btn-quiet', onclick: () => clearThread(phone, view) }, 'Kosongkan layar'),
      el('button', { type: 'button', class: 'btn btn-quiet btn-danger', onclick: () => removePhone(phone) }, 'Hapus HP')));

  const tools = el('div', { class: 'tools', role: 'group', 'aria-label': 'Lampiran' },
    fileTool(ids.photo, 'camera', 'Foto', 'image/*', 'image', phone, view),
    fileTool(ids.doc, 'document', 'Dokumen', '', 'document', phone, view),
    fileTool(ids.audio, 'mic', 'Audio', 'audio/*', 'audio', phone, view),
    el('button', { type: 'button', class: 'tool', 'aria-expanded': 'false', onclick: (e) => toggleLocation(view, e.currentTarget) }, icon('place'), 'Lokasi'),
    el('button', { type: 'button', class: 'tool', onclick: () => void sendSticker(phone, view) }, icon('smile'), 'Stiker'));

  const form = el('form', { class: 'composer', onsubmit: (e) => { e.preventDefault(); void submit(phone, view); } },
    view.pending, view.location, tools,
    el('div', { class: 'compose-row' }, view.inputLabel, view.input,
      el('button', { type: 'submit', class: 'btn btn-send' }, icon('send'), el('span', { class: 'send-text' }, 'Kirim'))));

  view.panel = el('section', {
    role: 'tabpanel', id: `panel-${phone.id}`, class: 'chat', 'aria-labelledby': `tab-${phone.id}`, hidden: true,
    dataset: { chat: phone.number, kind: phone.kind },
  }, head, view.asSelect, view.messages, view.alert, form);
  document.getElementById('threads').append(view.panel);
  view.tab = buildTab(phone);
  views.set(phone.id, view);
  renderHeader(phone, view);
  return view;
}

function renderHeader(phone, view) {
  view.title.textContent = phone.label;
  view.subtitle.replaceChildren(displayNumber(phone), ' · ', view.conn);
  view.avatar.textContent = initials(phone.label);
  view.messages.setAttribute('aria-label', `Percakapan ${phone.label}`);
  view.inputLabel.textContent = `Pesan dari ${phone.label}`;
  view.panel.dataset.chat = phone.number;
  view.tab.dataset.chat = phone.number;
  if (view.asSelect) fillMemberSelect(phone, view);
  renderTab(phone, view);
}

function fileTool(id, glyph, name, accept, kind, phone, view) {
  const input = el('input', { type: 'file', id, class: 'sr-only', accept: accept || undefined, dataset: { kind } });
  input.addEventListener('change', () => void pickFile(input, kind, phone, view));
  return el('label', { class: 'tool', for: id }, icon(glyph), name, input);
}

function buildMemberSelect(phone, view) {
  const id = `as-${phone.id}`;
  view.memberSelect = el('select', { id, onchange: () => { phone.member = view.memberSelect.value; persist(); } });
  return el('div', { class: 'send-as' }, el('label', { for: id }, 'Kirim sebagai'), view.memberSelect);
}

function fillMemberSelect(phone, view) {
  const members = state.phones.filter((p) => p.kind === 'direct').map((p) => [p.number, `${p.label} (${p.number})`]);
  if (phone.member && !members.some(([n]) => n === phone.member)) members.push([phone.member, phone.member]);
  view.memberSelect.replaceChildren(...members.map(([value, text]) => el('option', { value }, text)));
  if (!phone.member && members[0]) phone.member = members[0][0];
  view.memberSelect.value = phone.member ?? '';
}

function buildLocationForm(phone, view) {
  const lat = el('input', { type: 'number', id: `lat-${phone.id}`, step: 'any', min: '-90', max: '90', value: '-7.5755' });
  const lng = el('input', { type: 'number', id: `lng-${phone.id}`, step: 'any', min: '-180', max: '180', value: '110.8243' });
  view.lat = lat;
  view.lng = lng;
  return el('div', { class: 'location-form', hidden: true, role: 'group', 'aria-label': 'Kirim lokasi' },
    el('div', { class: 'field-inline' }, el('label', { for: lat.id }, 'Lintang (latitude)'), lat),
    el('div', { class: 'field-inline' }, el('label', { for: lng.id }, 'Bujur (longitude)'), lng),
    el('button', { type: 'button', class: 'btn btn-primary', onclick: () => void sendLocation(phone, view) }, 'Kirim lokasi'),
    el('button', { type: 'button', class: 'btn', onclick: () => toggleLocation(view) }, 'Batal'));
}

function toggleLocation(view, button) {
  const opening = view.location.hidden;
  view.location.hidden = !opening;
  const toggle = button ?? view.panel.querySelector('.tool[aria-expanded]');
  toggle.setAttribute('aria-expanded', String(opening));
  (opening ? view.lat : view.input).focus();
}

function autoGrow(input) {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
}

function onComposerKey(event, phone, view) {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  void submit(phone, view);
}

// ---------------------------------------------------------------- bubbles

function dayMarker(view, at) {
  const day = formatDay(at);
  if (day === view.lastDay) return null;
  view.lastDay = day;
  return el('div', { class: 'day' }, el('span', {}, day));
}

function appendRow(view, row, at) {
  const nearEnd = view.messages.scrollHeight - view.messages.scrollTop - view.messages.clientHeight < 120;
  const marker = dayMarker(view, at);
  if (marker) view.messages.append(marker);
  view.messages.append(row);
  if (nearEnd || row.classList.contains('out')) scrollToEnd(view);
}

function scrollToEnd(view) {
  view.messages.scrollTop = view.messages.scrollHeight;
}

function meta(at, status) {
  return el('span', { class: 'meta' }, el('time', { datetime: new Date(at).toISOString() }, formatTime(at)), status ?? null);
}

function textBlock(text) {
  return el('div', { class: 'text' }, renderText(text));
}

function docCard(glyph, filename, detail, links) {
  return el('div', { class: 'doc' }, icon(glyph, 'doc-icon'),
    el('span', { class: 'doc-text' }, el('span', { class: 'doc-name' }, filename), el('span', { class: 'doc-detail' }, detail)),
    links ? el('span', { class: 'doc-links' }, ...links) : null);
}

function base64Size(b64) {
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
}

function typeName(mimetype, filename) {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(filename ?? '')?.[1];
  return (ext ?? mimetype.split('/').pop() ?? 'file').toUpperCase();
}

/** The body of a message from Loket. */
function inboundContent(view, msg) {
  const parts = [];
  if (msg.image && isViewableImage(msg.image.mimetype)) {
    const url = blobUrl(msg.image.base64, msg.image.mimetype);
    view.urls.push(url);
    parts.push(el('a', { class: 'photo-link', href: url, target: '_blank', rel: 'noopener' },
      el('img', { class: 'photo', src: url, alt: msg.image.caption ? `Foto dari Loket: ${msg.image.caption}` : 'Foto dari Loket' })));
    if (msg.image.caption) parts.push(textBlock(msg.image.caption));
  } else if (msg.image) {
    // An SVG (or any non-raster "image") could carry scripts: a download card, never shown or opened.
    parts.push(...documentParts(view, { ...msg.image, filename: msg.image.filename ?? 'gambar' }));
  }
  if (msg.document) parts.push(...documentParts(view, msg.document));
  if (msg.text) parts.push(textBlock(msg.text));
  return parts;
}

function documentParts(view, doc) {
  const url = blobUrl(doc.base64, doc.mimetype);
  view.urls.push(url);
  const links = [el('a', { class: 'btn btn-small', href: url, download: doc.filename }, 'Unduh', srOnly(` ${doc.filename}`))];
  // Only PDFs and raster pictures open in a tab: other types (HTML, SVG…) would run in this page's origin.
  if (isViewable(doc.mimetype)) {
    links.unshift(el('a', { class: 'btn btn-small', href: url, target: '_blank', rel: 'noopener' }, 'Buka', srOnly(` ${doc.filename}`)));
  }
  const parts = [docCard('document', doc.filename, `${typeName(doc.mimetype, doc.filename)} · ${formatSize(base64Size(doc.base64))}`, links)];
  if (doc.caption) parts.push(textBlock(doc.caption));
  return parts;
}

function fillInbound(view, row, msg, at) {
  row.classList.remove('placeholder');
  row.hidden = false;
  const bubble = el('div', { class: 'bubble' }, srOnly('Loket: '));
  if (view.phone.kind === 'group') bubble.append(el('span', { class: 'sender' }, 'Loket'));
  bubble.append(...inboundContent(view, msg), meta(at));
  row.replaceChildren(bubble);
  view.preview = previewOf(msg.text ?? msg.image?.caption ?? (msg.image ? 'Foto' : msg.document ? `Dokumen: ${msg.document.filename}` : ''));
}

function inboundRow(seq) {
  return el('div', { class: 'msg in', dataset: { seq: String(seq), from: 'loket' } });
}

/** The body of a message this phone sent. */
function outboundContent(view, entry) {
  const parts = [];
  const url = view.payloads.get(entry.id)?.url;
  if (entry.kind === 'image') {
    // The thumbnail is a JPEG drawn by the page; the picked file itself is shown only when it is a raster image.
    const src = entry.thumb ?? (isViewableImage(entry.mimetype) ? url : undefined);
    parts.push(src ? el('img', { class: 'photo', src, alt: `Foto terkirim: ${entry.filename ?? 'foto'}` }) : docCard('camera', entry.filename ?? 'Foto', 'Foto (pratinjau tidak tersimpan)'));
  }
  if (entry.kind === 'document' || entry.kind === 'audio') {
    const detail = `${typeName(entry.mimetype ?? '', entry.filename)} · ${formatSize(entry.size ?? 0)}`;
    const links = url ? [el('a', { class: 'btn btn-small', href: url, download: entry.filename }, 'Unduh', srOnly(` ${entry.filename}`))] : null;
    parts.push(docCard(entry.kind === 'audio' ? 'mic' : 'document', entry.filename ?? 'Dokumen', detail, links));
  }
  if (entry.kind === 'location') {
    parts.push(el('div', { class: 'location' }, icon('place'), el('span', {}, 'Lokasi: ', el('span', { class: 'coords' }, `${entry.latitude}, ${entry.longitude}`))));
  }
  if (entry.kind === 'sticker') parts.push(el('div', { class: 'sticker' }, icon('smile', 'sticker-icon'), srOnly('Stiker')));
  if (entry.text) parts.push(textBlock(entry.text));
  return parts;
}

const STATUS = {
  sending: ['clock', 'sedang dikirim'],
  sent: ['check', 'terkirim'],
  duplicate: ['check', 'terkirim (sudah pernah diterima)'],
  failed: ['warning', 'gagal terkirim'],
};

function statusMark(status) {
  const [glyph, words] = STATUS[status] ?? STATUS.failed;
  return el('span', { class: `status ${status}`, title: words }, icon(glyph), srOnly(words));
}

function renderOutbound(phone, view, entry, row) {
  const target = row ?? el('div', { class: 'msg out', dataset: { id: entry.id, from: 'me' } });
  const bubble = el('div', { class: 'bubble' }, srOnly(`${phone.kind === 'group' ? memberLabel(entry.member) : phone.label}: `));
  if (phone.kind === 'group') bubble.append(el('span', { class: 'sender' }, `sebagai ${memberLabel(entry.member)}`));
  bubble.append(...outboundContent(view, entry), meta(entry.at, statusMark(entry.status)));
  if (entry.status === 'failed') bubble.append(failureNote(phone, view, entry));
  target.replaceChildren(bubble);
  target.classList.toggle('failed', entry.status === 'failed');
  return target;
}

function failureNote(phone, view, entry) {
  const note = el('div', { class: 'failure' }, el('span', {}, entry.error ?? 'Gagal terkirim.'));
  if (view.payloads.has(entry.id)) {
    note.append(el('button', { type: 'button', class: 'btn btn-small', onclick: () => void deliver(phone, view, entry) }, 'Kirim ulang'));
  }
  return note;
}

function previewOf(text) {
  const line = text.replace(/[*_~`]/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.length > 48 ? `${line.slice(0, 47)}…` : line;
}

function outboundPreview(entry) {
  const kinds = { image: 'Foto', document: `Dokumen: ${entry.filename}`, audio: `Audio: ${entry.filename}`, location: 'Lokasi', sticker: 'Stiker' };
  return `Anda: ${previewOf(entry.text || kinds[entry.kind] || '')}`;
}

// ---------------------------------------------------------------- history

function renderLog(phone, view) {
  for (const entry of phone.log) {
    if (entry.t === 'out') {
      appendRow(view, renderOutbound(phone, view, entry), entry.at);
      view.preview = outboundPreview(entry);
    } else if (entry.t === 'note') {
      appendRow(view, noteRow(entry.text), entry.at);
    } else if (entry.t === 'in') {
      const row = inboundRow(entry.seq);
      row.classList.add('placeholder');
      row.hidden = true;
      view.placeholders.set(entry.seq, { row, entry });
      appendRow(view, row, entry.at);
    }
  }
}

function noteRow(text) {
  return el('div', { class: 'note', role: 'note' }, text);
}

function addNote(phone, view, text) {
  const entry = { t: 'note', at: Date.now(), text };
  phone.log.push(entry);
  appendRow(view, noteRow(text), entry.at);
  persist();
}

/** Placeholders whose message the server no longer has (erased data, a new test server). */
function dropMissing(phone, view) {
  for (const { row, entry } of view.placeholders.values()) {
    row.remove();
    phone.log.splice(phone.log.indexOf(entry), 1);
  }
  view.placeholders.clear();
  persist();
}

function signature(msg) {
  return JSON.stringify([msg.text, msg.image?.caption, msg.document?.filename, msg.image?.base64.length, msg.document?.base64.length]);
}

function receive(phone, view, msg) {
  if (view.known.has(msg.seq)) return;
  view.known.set(msg.seq, signature(msg));
  const held = view.placeholders.get(msg.seq);
  if (held) {
    view.placeholders.delete(msg.seq);
    fillInbound(view, held.row, msg, held.entry.at);
  } else {
    const entry = { t: 'in', seq: msg.seq, at: Date.now() };
    phone.log.push(entry);
    const row = inboundRow(msg.seq);
    fillInbound(view, row, msg, entry.at);
    appendRow(view, row, entry.at);
  }
  if (msg.seq > phone.after) {
    phone.after = msg.seq;
    if (state.selected !== phone.id || document.hidden) view.unread += 1;
  }
  renderTab(phone, view);
}

// ---------------------------------------------------------------- polling

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

function setConnected(view, ok) {
  view.conn.textContent = ok ? 'tersambung' : 'terputus, mencoba lagi…';
  view.conn.classList.toggle('down', !ok);
}

/** The selected phone and the first few others long-poll; the rest check every few seconds. */
function pollWait(phone) {
  const order = [state.selected, ...state.phones.map((p) => p.id).filter((id) => id !== state.selected)];
  return order.indexOf(phone.id) < MAX_LONG_POLLS ? LONG_POLL_MS : 0;
}

function startPolling(phone, view) {
  view.controller?.abort();
  const controller = new AbortController();
  view.controller = controller;
  view.cursor = phone.base;
  void pollLoop(phone, view, controller.signal);
}

async function pollLoop(phone, view, signal) {
  let catchingUp = true;
  while (!signal.aborted) {
    try {
      const wait = catchingUp ? 0 : pollWait(phone);
      const { messages, next } = await fetchOutbox(phone.number, view.cursor, wait, signal);
      if (signal.aborted) return;
      setConnected(view, true);
      for (const msg of messages) receive(phone, view, msg);
      view.cursor = Math.max(view.cursor, next);
      if (messages.length > 0) persist();
      if (messages.length > 0) continue;
      if (catchingUp) { catchingUp = false; dropMissing(phone, view); continue; }
      await checkErased(phone, view, signal);
      if (wait === 0) await sleep(SHORT_POLL_MS, signal);
    } catch {
      if (signal.aborted) return;
      setConnected(view, false);
      await sleep(RETRY_MS, signal);
    }
  }
}

/**
 * HAPUS DATA erases a chat's outbox on the server and its numbering restarts at 1, so a cursor past the
 * end would wait forever. The last message seen is looked up again: gone or different means a reset.
 */
async function checkErased(phone, view, signal) {
  const cursor = view.cursor;
  if (cursor === 0 || signal.aborted) return;
  const { messages } = await fetchOutbox(phone.number, cursor - 1, 0, signal);
  const same = messages.find((m) => m.seq === cursor);
  if (same && signature(same) === view.known.get(cursor)) return;
  if (signal.aborted || view.controller?.signal !== signal) return;
  phone.log = phone.log.filter((entry) => entry.t !== 'in');
  phone.base = 0;
  phone.after = 0;
  view.known.clear();
  addNote(phone, view, 'Riwayat balasan Loket untuk nomor ini sudah dihapus di server (misalnya setelah HAPUS DATA). Pesan baru tetap muncul di bawah.');
  startPolling(phone, view);
}

function probeErasedSoon(phone, view) {
  const signal = view.controller?.signal;
  if (!signal) return;
  for (const ms of RESET_PROBES_MS) {
    setTimeout(() => { checkErased(phone, view, signal).catch(() => undefined); }, ms);
  }
}

// ---------------------------------------------------------------- sending

function showAlert(view, text) {
  view.alert.replaceChildren(el('span', {}, text), el('button', { type: 'button', class: 'btn btn-small', onclick: () => showAlert(view, '') }, 'Tutup'));
  view.alert.hidden = !text;
}

function senderFields(phone) {
  if (phone.kind === 'direct') return { from: phone.number };
  return { from: phone.member, chat: phone.number };
}

async function submit(phone, view) {
  const text = view.input.value;
  const attachment = view.attachment;
  if (!attachment && !text.trim()) {
    view.input.focus();
    return;
  }
  if (phone.kind === 'group' && !normalizePhone(phone.member ?? '')) {
    showAlert(view, 'Pilih dulu anggota grup yang mengirim (Kirim sebagai).');
    return;
  }
  const entry = { t: 'out', id: randomId('sim-page-'), at: Date.now(), status: 'sending', member: phone.member };
  const payload = { ...senderFields(phone), id: entry.id };
  if (attachment) {
    Object.assign(entry, { kind: attachment.kind, filename: attachment.file.name, mimetype: attachment.mimetype, size: attachment.file.size, thumb: attachment.thumb });
    if (text.trim()) entry.text = text;
    payload[attachment.kind] = { mimetype: attachment.mimetype, base64: attachment.base64, filename: attachment.file.name, ...(entry.text ? { caption: text } : {}) };
  } else {
    Object.assign(entry, { kind: 'text', text });
    payload.text = text;
  }
  view.input.value = '';
  autoGrow(view.input);
  clearAttachment(view, false);
  await post(phone, view, entry, payload, attachment?.url);
}

async function post(phone, view, entry, payload, url) {
  view.payloads.set(entry.id, { payload, url });
  phone.log.push(entry);
  const row = renderOutbound(phone, view, entry);
  view.rows ??= new Map();
  view.rows.set(entry.id, row);
  appendRow(view, row, entry.at);
  view.preview = outboundPreview(entry);
  renderTab(phone, view);
  persist();
  await deliver(phone, view, entry);
}

async function deliver(phone, view, entry) {
  const { payload } = view.payloads.get(entry.id);
  entry.status = 'sending';
  delete entry.error;
  renderOutbound(phone, view, entry, view.rows.get(entry.id));
  try {
    const { duplicate } = await sendInbound(payload);
    entry.status = duplicate ? 'duplicate' : 'sent';
    showAlert(view, '');
    probeErasedSoon(phone, view);
  } catch (err) {
    entry.status = 'failed';
    entry.error = err instanceof SendError ? err.message : 'Pesan gagal terkirim.';
    showAlert(view, `Pesan gagal terkirim. ${entry.error}`);
  }
  renderOutbound(phone, view, entry, view.rows.get(entry.id));
  persist();
}

async function pickFile(input, kind, phone, view) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    showAlert(view, `File "${file.name}" terlalu besar (${formatSize(file.size)}). Simulator menerima paling besar ${formatSize(MAX_FILE_BYTES)}.`);
    return;
  }
  if (file.size === 0) {
    showAlert(view, `File "${file.name}" kosong. Pilih file lain.`);
    return;
  }
  clearAttachment(view, false);
  const mimetype = file.type || 'application/octet-stream';
  const [base64, thumb] = await Promise.all([readFileBase64(file), kind === 'image' ? thumbnail(file) : undefined]);
  const url = fileUrl(file, mimetype);
  view.urls.push(url);
  view.attachment = { kind, file, mimetype, base64, thumb, url };
  const what = { image: 'Foto', document: 'Dokumen', audio: 'Audio' }[kind];
  const preview = thumb ?? (isViewableImage(mimetype) ? url : undefined);
  view.pending.replaceChildren(
    ...(kind === 'image' && preview ? [el('img', { class: 'pending-thumb', src: preview, alt: '' })] : []),
    el('span', { class: 'pending-text' }, `${what}: `, el('strong', {}, file.name), ` (${formatSize(file.size)}). Ketik keterangan bila perlu, lalu tekan Kirim.`),
    el('button', { type: 'button', class: 'btn btn-small', onclick: () => clearAttachment(view, true) }, 'Batalkan lampiran'));
  view.pending.hidden = false;
  showAlert(view, '');
  view.input.focus();
}

function clearAttachment(view, focus) {
  view.attachment = undefined;
  view.pending.hidden = true;
  view.pending.replaceChildren();
  if (focus) view.input.focus();
}

async function sendLocation(phone, view) {
  const latitude = Number(view.lat.value);
  const longitude = Number(view.lng.value);
  if (view.lat.value === '' || view.lng.value === '' || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
    showAlert(view, 'Lintang harus antara -90 dan 90, bujur antara -180 dan 180. Contoh: -7.5755 dan 110.8243.');
    return;
  }
  toggleLocation(view);
  const entry = { t: 'out', id: randomId('sim-page-'), at: Date.now(), status: 'sending', member: phone.member, kind: 'location', latitude, longitude };
  await post(phone, view, entry, { ...senderFields(phone), id: entry.id, location: { latitude, longitude } });
}

async function sendSticker(phone, view) {
  const entry = { t: 'out', id: randomId('sim-page-'), at: Date.now(), status: 'sending', member: phone.member, kind: 'sticker' };
  await post(phone, view, entry, { ...senderFields(phone), id: entry.id, sticker: {} });
}

// ---------------------------------------------------------------- phones

function mount(phone) {
  const view = buildPanel(phone);
  renderLog(phone, view);
  renderTab(phone, view);
  startPolling(phone, view);
  return view;
}

function unmount(phone) {
  const view = views.get(phone.id);
  view.controller?.abort();
  for (const url of view.urls) URL.revokeObjectURL(url);
  view.panel.remove();
  view.tab.remove();
  views.delete(phone.id);
}

function refreshMemberLists() {
  for (const view of views.values()) if (view.asSelect) fillMemberSelect(view.phone, view);
  document.getElementById('known-numbers').replaceChildren(
    ...state.phones.filter((p) => p.kind === 'direct').map((p) => el('option', { value: p.number }, p.label)));
}

function updateEmptyNote() {
  document.getElementById('no-phone').hidden = state.phones.length > 0;
}

function removePhone(phone) {
  if (!confirm(`Hapus "${phone.label}" dari daftar? Riwayat di layar ikut hilang (data di server Loket tidak terhapus).`)) return;
  const index = state.phones.indexOf(phone);
  unmount(phone);
  state.phones.splice(index, 1);
  const next = state.phones[Math.min(index, state.phones.length - 1)];
  refreshMemberLists();
  updateEmptyNote();
  if (next) select(next.id); else persist();
}

function clearThread(phone, view) {
  if (!confirm(`Kosongkan tampilan percakapan "${phone.label}"? Hanya layar ini yang dikosongkan; data di server Loket tetap ada.`)) return;
  phone.log = [];
  phone.base = view.cursor;
  view.messages.replaceChildren();
  view.lastDay = '';
  view.placeholders.clear();
  view.preview = undefined;
  renderTab(phone, view);
  persist();
}

function resetPhones() {
  if (!confirm('Kembalikan daftar ke tiga HP bawaan (Pemohon, Operator desa, Grup koordinator)? Riwayat di layar ikut hilang.')) return;
  for (const phone of [...state.phones]) unmount(phone);
  state.phones = DEFAULT_PHONES.map(newPhone);
  for (const phone of state.phones) mount(phone);
  refreshMemberLists();
  updateEmptyNote();
  select(state.phones[0].id);
}

// ---------------------------------------------------------------- add / edit dialog

const dialog = document.getElementById('phone-dialog');
const form = document.getElementById('phone-form');
let editing = null;

function suggestNumber() {
  const used = new Set(state.phones.map((p) => p.number));
  for (let n = 1; ; n++) {
    const number = `62812000${String(n).padStart(5, '0')}`;
    if (!used.has(number)) return number;
  }
}

function openPhoneDialog(phone) {
  editing = phone ?? null;
  document.getElementById('phone-dialog-title').textContent = phone ? `Ubah "${phone.label}"` : 'Tambah HP';
  form.elements.label.value = phone?.label ?? `HP ${state.phones.length + 1}`;
  form.elements.kind.value = phone?.kind ?? 'direct';
  form.elements.number.value = phone?.number ?? suggestNumber();
  form.elements.member.value = phone?.member ?? state.phones.find((p) => p.kind === 'direct')?.number ?? '';
  document.getElementById('phone-form-error').textContent = '';
  syncKindFields();
  refreshMemberLists();
  dialog.showModal();
  form.elements.label.select();
}

function syncKindFields() {
  const group = form.elements.kind.value === 'group';
  document.getElementById('phone-number-label').textContent = group ? 'ID grup' : 'Nomor HP';
  document.getElementById('phone-number-hint').textContent = group
    ? 'Contoh: koordinator@g.us (huruf, angka, titik, garis bawah atau tanda minus).'
    : 'Contoh: 6281200000001 atau 0812-0000-0001 (nomor latihan, bukan nomor sungguhan).';
  form.elements.number.inputMode = group ? 'text' : 'tel';
  document.getElementById('member-field').hidden = !group;
}

function readPhoneForm() {
  const label = form.elements.label.value.trim();
  const kind = form.elements.kind.value;
  const number = kind === 'group' ? normalizeGroup(form.elements.number.value) : normalizePhone(form.elements.number.value);
  const member = kind === 'group' ? normalizePhone(form.elements.member.value) : undefined;
  if (!label) return { error: 'Isi nama HP, misalnya "Pemohon 2".', field: 'label' };
  if (!number) {
    return { error: kind === 'group' ? 'ID grup tidak valid. Contoh: koordinator@g.us' : 'Nomor HP harus 6–15 angka. Contoh: 6281200000001', field: 'number' };
  }
  const clash = state.phones.find((p) => p.number === number && p !== editing);
  if (clash) return { error: `Nomor ini sudah dipakai oleh "${clash.label}". Pakai nomor lain.`, field: 'number' };
  if (kind === 'group' && !member) return { error: 'Isi nomor HP anggota yang mengirim pesan grup (6–15 angka).', field: 'member' };
  return { label, kind, number, member };
}

function savePhoneForm(event) {
  event.preventDefault();
  const fields = readPhoneForm();
  if (fields.error) {
    document.getElementById('phone-form-error').textContent = fields.error;
    form.elements[fields.field].focus();
    return;
  }
  dialog.close();
  if (editing) applyEdit(editing, fields);
  else {
    const phone = newPhone(fields);
    state.phones.push(phone);
    mount(phone);
    select(phone.id);
  }
  refreshMemberLists();
  updateEmptyNote();
  persist();
}

function applyEdit(phone, fields) {
  const view = views.get(phone.id);
  const moved = fields.number !== phone.number || fields.kind !== phone.kind;
  Object.assign(phone, fields);
  if (!moved) {
    renderHeader(phone, view);
    for (const other of views.values()) if (other !== view) renderHeader(other.phone, other);
    return;
  }
  // Another number is another phone: start its thread afresh.
  const index = state.phones.indexOf(phone);
  unmount(phone);
  state.phones[index] = { ...newPhone(fields), id: phone.id };
  mount(state.phones[index]);
  select(phone.id);
}

form.addEventListener('submit', savePhoneForm);
form.addEventListener('change', (e) => { if (e.target.name === 'kind') syncKindFields(); });
document.getElementById('phone-cancel').addEventListener('click', () => dialog.close());
document.getElementById('add-phone').addEventListener('click', () => openPhoneDialog());
document.getElementById('reset-phones').addEventListener('click', resetPhones);
document.addEventListener('visibilitychange', () => {
  const view = views.get(state.selected);
  if (!document.hidden && view) { view.unread = 0; renderTab(view.phone, view); }
});

// ---------------------------------------------------------------- start

for (const phone of state.phones) mount(phone);
refreshMemberLists();
updateEmptyNote();
if (state.phones.length > 0) select(state.phones.some((p) => p.id === state.selected) ? state.selected : state.phones[0].id);
document.body.dataset.ready = 'true';
