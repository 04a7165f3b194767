// Feishu IDs are 64-bit: unix seconds in the high 32 bits, 32 other bits below, so every ID of
// 2021–2026 has 19 digits and lies above 2^53. Our low 32 bits are a bijection of (kind, a, b):
// IDs never collide and an ID can be decoded back to the entity it names.

export const IdKind = { application: 0, interview: 1, record: 2, talent: 3, job: 4, stage: 5, config: 6, evaluation: 7 } as const;
export type IdKind = (typeof IdKind)[keyof typeof IdKind];

const MULTIPLIER = 0x2c1b3c6d;
const INVERSE = modularInverse(MULTIPLIER);
const A_BITS = 9;
const B_BITS = 20;
export const MAX_A = (1 << A_BITS) - 1;
export const MAX_B = (1 << B_BITS) - 1;

function modularInverse(odd: number): number {
  // Newton's iteration doubles the correct low bits each step: 5 steps cover 32 bits.
  let x = odd;
  for (let i = 0; i < 5; i++) { x = Math.imul(x, 2 - Math.imul(odd, x)); }
  return x >>> 0;
}

function mix(x: number): number {
  const y = Math.imul(x, MULTIPLIER) >>> 0;
  return (y ^ (y >>> 16)) >>> 0;
}

function unmix(x: number): number {
  return Math.imul((x ^ (x >>> 16)) >>> 0, INVERSE) >>> 0;
}

/** The 19-digit decimal ID of entity (kind, a, b), created at `seconds`. */
export function makeId(kind: IdKind, a: number, b: number, seconds: number): string {
  if (a < 0 || a > MAX_A || b < 0 || b > MAX_B) { throw new RangeError(`id part out of range: ${a}/${b}`); }
  const low = mix(((kind << (A_BITS + B_BITS)) | (a << B_BITS) | b) >>> 0);
  return ((BigInt(Math.floor(seconds)) << 32n) | BigInt(low)).toString();
}

/** Which entity an ID names, or undefined when it is not one of ours. */
export function decodeId(id: string): { kind: number; a: number; b: number; seconds: number; } | undefined {
  if (!/^\d{1,20}$/.test(id)) { return undefined; }
  const value = BigInt(id);
  if (value >= 1n << 64n) { return undefined; }
  const plain = unmix(Number(value & 0xffffffffn));
  return { kind: plain >>> (A_BITS + B_BITS), a: (plain >>> B_BITS) & MAX_A, b: plain & MAX_B, seconds: Number(value >> 32n) };
}
