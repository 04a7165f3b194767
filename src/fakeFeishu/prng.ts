// Deterministic randomness by key: any entity can be regenerated from its index alone, so the
// sample tenant is built lazily and identically on every run.

/** A 32-bit hash of a list of integers (murmur3-style mixing). */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x5bd1e995);
    h ^= h >>> 15;
    h = Math.imul(h, 0x27d4eb2d);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A number in [0, 1) fixed by the key. */
export function unit(...parts: number[]): number {
  return hash32(...parts) / 0x1_0000_0000;
}

/** An integer in [min, max] fixed by the key. */
export function between(min: number, max: number, ...parts: number[]): number {
  return min + Math.floor(unit(...parts) * (max - min + 1));
}

/** One element of a non-empty list, fixed by the key. */
export function pick<T>(list: readonly T[], ...parts: number[]): T {
  return list[hash32(...parts) % list.length] as T;
}

/** `length` lowercase hex digits fixed by the key. */
export function hex(length: number, ...parts: number[]): string {
  let out = '';
  for (let i = 0; out.length < length; i++) {
    out += hash32(...parts, i).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
