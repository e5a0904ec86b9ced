// /admin/pairing: where an operator links the WhatsApp number from a browser (the QR or the pairing
// code, else the connection state), behind the admin token. Whoever sees the QR can link their own
// phone to Loket, so the page is never cached, never framed and never shown without the token.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { maskDigits, type Logger } from '../../workers/platform/logger.js';
import type { PairingInfo, PairingPresenter } from '../transport/baileys/pairing.js';
import { requireAdmin } from './admin-auth.js';
import { PAIRING_TEXT, type PairingLanguage, type PairingText } from './admin-pairing-text.js';
import { qrSvg } from './qr-svg.js';

export interface AdminPairingDeps {
  /** ADMIN_TOKEN; without it the page answers 401 to everyone. */
  token: string | undefined;
  pairing: () => PairingInfo;
  /** The number being linked (WA_PAIRING_NUMBER or WA_NUMBER); only ever shown masked. */
  number?: string;
  /** Several numbers (WA_NUMBERS): each one's state; `pairing` and `number` are the primary's. */
  numbers?: () => NumberPairing[];
  refreshSeconds?: number;
}

export interface NumberPairing {
  number: string;
  pairing: PairingInfo;
}

/** What the JSON variant answers: the pairing state, plus the masked number and the refresh period. */
export interface PairingView extends PairingInfo {
  number?: string;
  /** With several numbers: each one's state, its number masked (the top-level fields are the primary's). */
  numbers?: (PairingInfo & { number: string })[];
  refreshSeconds: number;
}

const DEFAULT_REFRESH_SECONDS = 5;

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
};

const PAIRING_NOTICE_EVERY_MS = 5 * 60_000;

/**
 * The production way to present a pairing QR or code (BaileysTransportDeps.presenter): neither ever
 * reaches stdout or the logs, where whoever reads them could link their own phone to Loket. One log
 * line (again at most every five minutes while WhatsApp keeps rotating QRs) says where to pair.
 */
export function adminPagePresenter(logger: Logger, now: () => number = Date.now): PairingPresenter {
  let last = -Infinity;
  const notice = (what: 'qr' | 'code'): void => {
    if (now() - last < PAIRING_NOTICE_EVERY_MS) return;
    last = now();
    logger.warn(
      { event: 'wa_pairing_needed', method: what },
      `WhatsApp is not linked: open /admin/pairing (any user name, password ADMIN_TOKEN) and ${what === 'qr' ? 'scan the QR' : 'type the pairing code'} shown there`,
    );
  };
  return { qr: () => notice('qr'), code: () => notice('code') };
}

/** Digits kept at both ends only; a number too short for that is hidden entirely. */
export function maskNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length >= 8 ? maskDigits(digits) : '*'.repeat(digits.length);
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function pairingView(deps: AdminPairingDeps): PairingView {
  const view: PairingView = { ...deps.pairing(), refreshSeconds: deps.refreshSeconds ?? DEFAULT_REFRESH_SECONDS };
  if (deps.number) view.number = maskNumber(deps.number);
  if (deps.numbers) view.numbers = deps.numbers().map(({ number, pairing }) => ({ ...pairing, number: maskNumber(number) }));
  return view;
}

/** `ABCD1234` → `ABCD-1234`, the way WhatsApp shows codes. */
function groupedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

function pairingBody(view: PairingInfo & { number?: string }, text: PairingText): string {
  const parts = [`<p class="state">${escapeHtml(text.states[view.state])}</p>`];
  if (view.qr) parts.push(`<p>${escapeHtml(text.scanQr)}</p>`, `<div class="qr">${qrSvg(view.qr)}</div>`);
  if (view.code) parts.push(`<p>${escapeHtml(text.typeCode)}</p>`, `<p class="code">${escapeHtml(groupedCode(view.code))}</p>`);
  if (view.number) parts.push(`<p>${escapeHtml(text.number)}: ${escapeHtml(view.number)}</p>`);
  return parts.join('\n');
}

export function pairingPage(view: PairingView, language: PairingLanguage = 'id'): string {
  const text = PAIRING_TEXT[language];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="${view.refreshSeconds}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}.code{font:700 2.5rem monospace;letter-spacing:.2em}.qr svg{max-width:100%;height:auto}.state{font-weight:600}</style>
</head><body data-state="${view.state}">
<h1>${escapeHtml(text.title)}</h1>
${view.numbers && view.numbers.length > 1 ? view.numbers.map((n) => `<section data-state="${n.state}">\n${pairingBody(n, text)}\n</section>`).join('\n<hr>\n') : pairingBody(view, text)}
<p><small>${escapeHtml(text.refreshes(view.refreshSeconds))}</small></p>
</body></html>`;
}

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

function languageOf(request: FastifyRequest): PairingLanguage {
  const { lang } = request.query as { lang?: unknown };
  return lang === 'en' ? 'en' : 'id';
}

export function adminPairingPlugin(deps: AdminPairingDeps): FastifyPluginAsync {
  return (app) => {
    app.addHook('onRequest', requireAdmin({ token: deps.token, browser: true }));
    const sendJson = (reply: FastifyReply) => reply.headers(SECURITY_HEADERS).send(pairingView(deps));
    app.get('/admin/pairing.json', (_request, reply) => sendJson(reply));
    app.get('/admin/pairing', (request, reply) => {
      if (wantsJson(request)) return sendJson(reply);
      return reply.headers(SECURITY_HEADERS).type('text/html; charset=utf-8').send(pairingPage(pairingView(deps), languageOf(request)));
    });
    return Promise.resolve();
  };
}
