// The LID ↔ phone map is personal data (it ties a WhatsApp id to a phone number): HAPUS DATA must
// remove the person's pairs from Redis, also those another process learnt, and leave others'.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { IdentityMap } from '../../../bot/transport/baileys/identity.js';
import { createDataProtector } from '../../../workers/platform/crypto.js';
import { connectTestRedis, uniquePrefix } from '../../support/redis.js';

const redis = connectTestRedis();
const protector = createDataProtector(randomBytes(32));
const SITI = { lid: '201234567890123@lid', pn: '6285700007001' };
const BUDI = { lid: '209876543210987@lid', pn: '6285700007002' };

afterAll(() => {
  redis.disconnect();
});

describe('forgetting a person in the identity map', () => {
  it.each([
    ['by the phone chat id', SITI.pn],
    ['by the LID chat id', SITI.lid],
  ])('%s: their pairs leave Redis and memory, another person\'s stay', async (_how, chat) => {
    const base = uniquePrefix('identity');
    const learner = new IdentityMap(redis, protector, base);
    const lidFirst = chat === SITI.lid;
    // The chat id is pinned at first sight: seen first by LID only, the chat stays the LID.
    await learner.learn(lidFirst ? { lid: SITI.lid } : SITI);
    if (lidFirst) await learner.learn(SITI);
    await learner.learn(BUDI);
    expect(await redis.hlen(`${base}:ids`)).toBe(4);

    // Another process, which never saw Siti, is the one that erases.
    const eraser = new IdentityMap(redis, protector, base);
    await eraser.forget(chat);
    expect(await redis.hlen(`${base}:ids`)).toBe(2);

    const fresh = new IdentityMap(redis, protector, base);
    expect(await fresh.warm()).toBe(2);
    expect(fresh.resolve({ lid: SITI.lid })).toEqual({ id: SITI.lid });
    expect(fresh.resolve({ lid: BUDI.lid })).toEqual({ id: BUDI.pn, phone: BUDI.pn });
    await learner.forget(chat);
    expect(learner.resolve({ lid: SITI.lid })).toEqual({ id: SITI.lid });
  });
});
