// JSON.parse rounds 19-digit IDs sent as bare numbers; this parser keeps unsafe integers as their digit strings.
import type { JsonValue } from './types';

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(`${message} at position ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

/**
 * A copy that does not point into `text`: V8 keeps a long slice as a view of its whole source, so one kept
 * name would hold a 10 MB reply alive. Prepending forces a fresh string; the slice then views only that.
 */
const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER = /^-?\d+$/;
/**
 * The deepest nesting either JSON path handles (parsing here, Copy as JSON in the model). Real replies
 * nest under 10 levels; a limit keeps both paths off the recursion limit of the stack.
 */
export const MAX_JSON_DEPTH = 200;

/**
 * Native JSON.parse first, then one walk over what it built: any number beyond ±(2^53 − 1) (Infinity
 * included) may have been an integer literal that lost digits, so the text is parsed again by our own
 * parser, which keeps such integers as their digit strings. Every integer literal above that range becomes
 * such a number, so nothing lossy gets through; a float as large only costs the slower parse. Feishu sends
 * IDs as strings, so real replies never take the slow path, and the walk costs a few per cent of the parse
 * itself (a text pre-scan cost a third).
 */
export function parseJsonLossless(text: string): JsonValue {
  let value: JsonValue | undefined;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch {
    // fall through: our parser reports the position in its own words
  }
  if (value !== undefined) {
    const found = typeof value === 'object' && value !== null ? walk(value, 0) : check(value, 0);
    // JSON.parse itself nests without limit, and what it builds must stay printable by Copy as JSON.
    if (found === TOO_DEEP) { throw new JsonSyntaxError('nesting too deep', 0); }
    if (found === FINE) { return value; }
  }
  return parseSlowly(text);
}

const FINE = 0;
const UNSAFE = 1;
const TOO_DEEP = 2;
type Found = typeof FINE | typeof UNSAFE | typeof TOO_DEEP;

function unsafeNumber(v: JsonValue): boolean {
  return typeof v === 'number' && !(v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER);
}

/**
 * Depth-first and allocation-free (no key arrays, no closures); the recursion stops at MAX_JSON_DEPTH, so
 * the stack stays shallow however deep the value. Too deep wins over unsafe: the slow parser refuses it too.
 */
function walk(container: JsonValue[] | { [key: string]: JsonValue; }, depth: number): Found {
  if (depth >= MAX_JSON_DEPTH) { return TOO_DEEP; }
  let found: Found = FINE;
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) {
      const inner = check(container[i]!, depth);
      if (inner === TOO_DEEP) { return TOO_DEEP; }
      if (inner === UNSAFE) { found = UNSAFE; }
    }
    return found;
  }
  for (const key in container) {
    // Own keys only: another extension in the same host could have added to Object.prototype.
    if (!Object.prototype.hasOwnProperty.call(container, key)) { continue; }
    const inner = check(container[key]!, depth);
    if (inner === TOO_DEEP) { return TOO_DEEP; }
    if (inner === UNSAFE) { found = UNSAFE; }
  }
  return found;
}

function check(child: JsonValue, depth: number): Found {
  if (typeof child === 'object' && child !== null) { return walk(child, depth + 1); }
  return unsafeNumber(child) ? UNSAFE : FINE;
}

function parseSlowly(text: string): JsonValue {
  let pos = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, pos);
  };
  const skipSpace = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) { pos++; } else { break; }
    }
  };

  const parseString = (): string => {
    const start = ++pos;
    let out = '';
    let chunkStart = start;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(chunkStart, pos);
        pos++;
        return detached(out);
      }
      if (c === 0x5c) {
        out += text.slice(chunkStart, pos);
        const e = text[pos + 1];
        switch (e) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = text.slice(pos + 2, pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) { fail('bad \\u escape'); }
            out += String.fromCharCode(parseInt(hex, 16));
            pos += 4;
            break;
          }
          default:
            fail('bad escape');
        }
        pos += 2;
        chunkStart = pos;
        continue;
      }
      if (c < 0x20) { fail('control character in string'); }
      pos++;
    }
    return fail('unterminated string');
  };

  const parseNumber = (): number | string => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) { return fail('bad number'); }
    pos += m[0].length;
    const n = Number(m[0]);
    return INTEGER.test(m[0]) && !Number.isSafeInteger(n) ? m[0] : n;
  };

  const parseValue = (depth: number): JsonValue => {
    if (depth > MAX_JSON_DEPTH) { fail('nesting too deep'); }
    skipSpace();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: { [key: string]: JsonValue; } = {};
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') { fail('expected a property name'); }
        const key = parseString();
        skipSpace();
        if (text[pos] !== ':') { fail('expected ":"'); }
        pos++;
        // defineProperty: a "__proto__" key stays plain data
        Object.defineProperty(obj, key, { value: parseValue(depth + 1), enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const arr: JsonValue[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(depth + 1));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') { return parseString(); }
    if (c === 't' && text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (c === 'f' && text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (c === 'n' && text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) { return parseNumber(); }
    return fail(c === undefined ? 'unexpected end of input' : `unexpected character ${JSON.stringify(c)}`);
  };

  const value = parseValue(0);
  skipSpace();
  if (pos !== text.length) { fail('unexpected text after the value'); }
  return value;
}
