// Reads a .zip (a .vsix) without a dependency: the central directory for names and sizes, and one entry's
// bytes on request. Enough for our own VSIX (no zip64, stored or deflated entries).
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** @typedef {{ name: string, size: number, read: () => Buffer }} ZipEntry */

/**
 * @param {string} file
 * @returns {ZipEntry[]}
 */
export function zipEntries(file) {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) { throw new Error(`${file} is not a zip file (no end of central directory)`); }
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  /** @type {ZipEntry[]} */
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) { throw new Error(`${file}: broken central directory entry ${i}`); }
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name, size, read() {
        const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
        const data = zip.subarray(start, start + compressedSize);
        if (method === 0) { return Buffer.from(data); }
        if (method === 8) { return inflateRawSync(data); }
        throw new Error(`${file}: ${name} uses zip method ${method}`);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
