// WhatsApp text markup (*bold*, _italic_, ~strike~, ```mono```) and web links rendered as DOM nodes.
// Message text never goes through innerHTML: every piece becomes a text node or an element whose
// content is again built from text nodes, so a message cannot inject markup.

const STYLES = { '*': 'strong', _: 'em', '~': 's' };

// A marker pair must hug its text (no space just inside) and sit at word edges, as WhatsApp does.
const MARKUP = /```([\s\S]+?)```|(^|[^\p{L}\p{N}])([*_~])(?![\s*_~])([^\n]*?[^\s])\3(?![\p{L}\p{N}])/u;
const LINK = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/u;

/** Builds the nodes for one message text; line breaks are kept by the bubble's CSS (pre-wrap). */
export function renderText(text) {
  const fragment = document.createDocumentFragment();
  appendMarked(fragment, text);
  return fragment;
}

function appendMarked(parent, text) {
  let rest = text;
  for (let match = MARKUP.exec(rest); match; match = MARKUP.exec(rest)) {
    const lead = match[2] ?? '';
    appendLinked(parent, rest.slice(0, match.index) + lead);
    if (match[1] !== undefined) {
      const code = document.createElement('code');
      code.textContent = match[1];
      parent.append(code);
    } else {
      const styled = document.createElement(STYLES[match[3]]);
      appendMarked(styled, match[4]);
      parent.append(styled);
    }
    rest = rest.slice(match.index + match[0].length);
  }
  appendLinked(parent, rest);
}

function appendLinked(parent, text) {
  let rest = text;
  for (let match = LINK.exec(rest); match; match = LINK.exec(rest)) {
    parent.append(document.createTextNode(rest.slice(0, match.index)));
    const link = document.createElement('a');
    link.href = match[0];
    link.textContent = match[0];
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    parent.append(link);
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) parent.append(document.createTextNode(rest));
}

const timeFormat = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

export function formatTime(at) {
  return timeFormat.format(new Date(at));
}

export function formatDay(at) {
  return dayFormat.format(new Date(at));
}

export function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
