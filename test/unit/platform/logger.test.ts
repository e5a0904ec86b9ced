// A NIK, phone number, name or message text written through the normal code paths never reaches the log.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskDigits } from '../../../workers/platform/logger.js';

const NIK = '3505014101900001';
const PHONE = '6281299990001';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({ write(chunk: Buffer, _e, done) { lines.push(chunk.toString()); done(); } });
  return { lines, logger: createLogger({ level: 'debug', pretty: false, destination }) };
}

describe('logging without personal data', () => {
  it('redacts personal fields at any depth and masks digit runs in messages', () => {
    const { lines, logger } = capture();
    logger.info({ nik: NIK, phone: PHONE, name: 'Siti Aminah', email: 'siti@example.com', text: `NIK saya ${NIK}` }, 'inbound');
    logger.info({ message: { chat: PHONE, text: NIK, sender: PHONE } }, `from ${PHONE} about ${NIK}`);
    logger.warn({ err: { reason: 'x' }, entry: { message: { caption: NIK } } }, 'nested');
    const out = lines.join('');
    for (const secret of [NIK, PHONE, 'Siti Aminah', 'siti@example.com']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
    expect(out).toContain(maskDigits(PHONE));
  });

  it('masks digit runs long enough to be a phone number or NIK', () => {
    expect(maskDigits(`nik ${NIK} hp ${PHONE} kode 1234`)).toBe('nik 3505********0001 hp 6281*****0001 kode 1234');
  });
});
