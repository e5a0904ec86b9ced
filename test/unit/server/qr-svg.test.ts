// The pairing QR drawn on the admin page: checked against the QR standard's fixed structure (finder
// and timing patterns, the error-corrected format information), since no decoder is installed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { qrMatrix, qrSvg } from '../../../bot/server/qr-svg.js';

// The shape of a Baileys QR: ref, noise key, identity key, ADV secret (synthetic values).
const BAILEYS_LIKE = `2@${'R'.repeat(100)},${'N'.repeat(44)},${'I'.repeat(44)},${'A'.repeat(44)}`;

function hasFinderAt(m: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (m[top + r]![left + c] !== (ring !== 2)) return false; // dark outer ring and core, light ring between
    }
  }
  return true;
}

/** Both copies of the 15 format bits, most significant first, as ISO/IEC 18004 places them. */
function formatBits(m: boolean[][]): [number, number] {
  const n = m.length;
  const bit = (r: number, c: number) => (m[r]![c] ? 1 : 0);
  const first = [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8]];
  const second = [[n - 1, 8], [n - 2, 8], [n - 3, 8], [n - 4, 8], [n - 5, 8], [n - 6, 8], [n - 7, 8], [8, n - 8], [8, n - 7], [8, n - 6], [8, n - 5], [8, n - 4], [8, n - 3], [8, n - 2], [8, n - 1]];
  const read = (cells: number[][]) => cells.reduce((acc, [r, c]) => (acc << 1) | bit(r!, c!), 0);
  return [read(first), read(second)];
}

/** Remainder of the BCH(15,5) code the standard uses for format information (generator 0x537). */
function bchRemainder(word: number): number {
  let rem = word;
  for (let i = 14; i >= 10; i--) if (rem & (1 << i)) rem ^= 0x537 << (i - 10);
  return rem;
}

describe('qrMatrix', () => {
  it('fits a Baileys pairing payload in a square symbol of a valid version', () => {
    const m = qrMatrix(BAILEYS_LIKE);
    expect(m.every((row) => row.length === m.length)).toBe(true);
    expect((m.length - 17) % 4).toBe(0);
    expect((m.length - 17) / 4).toBeGreaterThanOrEqual(1);
    expect((m.length - 17) / 4).toBeLessThanOrEqual(40);
  });

  it('has the three finder patterns and the timing patterns of any QR code', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFabcdef,@+/='), minLength: 1, maxLength: 300 }), (payload) => {
      const m = qrMatrix(payload);
      const n = m.length;
      expect(hasFinderAt(m, 0, 0) && hasFinderAt(m, 0, n - 7) && hasFinderAt(m, n - 7, 0)).toBe(true);
      for (let i = 8; i < n - 8; i++) {
        expect(m[6]![i]).toBe(i % 2 === 0);
        expect(m[i]![6]).toBe(i % 2 === 0);
      }
    }), { numRuns: 40 });
  });

  it('announces error correction level M in valid, identical format information', () => {
    const [first, second] = formatBits(qrMatrix(BAILEYS_LIKE));
    expect(first).toBe(second);
    const unmasked = first ^ 0b101010000010010;
    expect(bchRemainder(unmasked)).toBe(0);
    expect(unmasked >> 13).toBe(0b00); // 00 is level M
  });

  it('grows with the payload and changes with it', () => {
    expect(qrMatrix('2@short').length).toBeLessThan(qrMatrix(BAILEYS_LIKE).length);
    expect(qrMatrix(`${BAILEYS_LIKE}x`)).not.toEqual(qrMatrix(`${BAILEYS_LIKE}y`));
  });
});

describe('qrSvg', () => {
  it('draws one unit square per dark module inside a four-module quiet zone', () => {
    const m = qrMatrix(BAILEYS_LIKE);
    const svg = qrSvg(BAILEYS_LIKE, 300);
    const side = m.length + 8;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}" width="300" height="300"`);
    const squares = [...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => [Number(x) - 4, Number(y) - 4]);
    expect(squares).toHaveLength(m.flat().filter(Boolean).length);
    expect(squares.every(([x, y]) => m[y!]![x!] === true)).toBe(true);
  });
});
