import { describe, expect, it } from 'vitest';
import { Boom } from '@hapi/boom';
import { classifySendError, outboundParts, waMessageId } from '../../../bot/transport/baileys/outbound.js';
import { chatToJid } from '../../../bot/transport/baileys/jid.js';
import { GROUP, LID_A, PHONE_A } from './wa-fixtures.js';

describe('outboundParts', () => {
  const pdf = Buffer.from('%PDF-1.7 synthetic');

  it('sends text, then image, then document, each with a stable id', () => {
    const parts = outboundParts({
      id: 'out-1',
      chat: PHONE_A,
      text: 'NIB Anda sudah terbit',
      image: { mimetype: 'image/png', data: Buffer.from('png'), caption: 'gambar' },
      document: { mimetype: 'application/pdf', filename: 'NIB.pdf', data: pdf },
    });
    expect(parts.map((p) => p.content)).toEqual([
      { text: 'NIB Anda sudah terbit' },
      { image: Buffer.from('png'), mimetype: 'image/png', caption: 'gambar' },
      { document: pdf, mimetype: 'application/pdf', fileName: 'NIB.pdf' },
    ]);
    expect(parts.map((p) => p.messageId)).toEqual([waMessageId('out-1', 0), waMessageId('out-1', 1), waMessageId('out-1', 2)]);
  });

  it('derives WhatsApp-shaped ids that repeat for a retried outbound and differ otherwise', () => {
    expect(waMessageId('out-1', 0)).toMatch(/^3EB0[0-9A-F]{36}$/);
    expect(waMessageId('out-1', 0)).toBe(waMessageId('out-1', 0));
    expect(waMessageId('out-1', 0)).not.toBe(waMessageId('out-2', 0));
  });
});

describe('classifySendError', () => {
  const table: Array<[string, unknown, string, string]> = [
    ['connection closed', new Boom('Connection Closed', { statusCode: 428 }), 'unavailable', 'connection_closed'],
    ['timed out', new Boom('Timed Out', { statusCode: 408 }), 'unavailable', 'timed_out'],
    ['rate-overlimit', new Boom('rate-overlimit', { statusCode: 429 }), 'rate_limited', 'rate_limited'],
    ['reachout timelock', new Boom('account restricted', { statusCode: 463 }), 'reachout_locked', 'account_restricted'],
    ['not acceptable', new Boom('not-acceptable', { statusCode: 406 }), 'undeliverable', 'not_acceptable'],
    ['item not found', new Boom('item-not-found', { statusCode: 404 }), 'undeliverable', 'not_found'],
    ['forbidden (not in group)', new Boom('forbidden', { statusCode: 403 }), 'undeliverable', 'forbidden'],
    ['plain "Connection Closed" error', new Error('Connection Closed'), 'unavailable', 'connection_closed'],
    ['anything else', new Error('boom'), 'unknown', 'error'],
  ];

  it.each(table)('%s', (_name, error, kind, reason) => {
    expect(classifySendError(error)).toEqual({ kind, reason });
  });
});

describe('chatToJid', () => {
  it.each([
    [PHONE_A, `${PHONE_A}@s.whatsapp.net`],
    [LID_A, LID_A],
    [GROUP, GROUP],
    ['not a chat', undefined],
    ['12', undefined],
    ['x@s.whatsapp.net', undefined],
  ])('%s → %s', (chat, jid) => {
    expect(chatToJid(chat)).toBe(jid);
  });
});
