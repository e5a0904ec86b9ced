import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { baileysLogger, scrub } from '../../../bot/transport/baileys/baileys-logger.js';
import { createLogger } from '../../../workers/platform/logger.js';

describe('Baileys log adapter', () => {
  it('masks jids and phone numbers in what Baileys says', () => {
    const out = scrub('failed to decrypt from 628110000001:12@s.whatsapp.net via 190000000000001@lid in 120363000000000001@g.us');
    for (const secret of ['628110000001', '190000000000001', '120363000000000001']) expect(out).not.toContain(secret);
    expect(out).toContain('@lid');
  });

  it('drops Baileys objects (keys, nodes, content) and passes only warnings and errors on', () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (c: Buffer, _e, done) => void (lines.push(c.toString()), done()) });
    const log = baileysLogger(createLogger({ level: 'trace', pretty: false, destination }), 'warn');
    log.info({ key: { remoteJid: '628110000001@s.whatsapp.net' } }, 'got message');
    log.child({}).error({ err: new Error('Bad MAC from 628110000001@s.whatsapp.net'), node: '<message body="rahasia"/>' }, 'error in handling message');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Bad MAC');
    expect(lines[0]).not.toContain('628110000001');
    expect(lines[0]).not.toContain('rahasia');
  });
});
