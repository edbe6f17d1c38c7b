/**
 * The few things about PNG files the share pictures need: reading the
 * size (IHDR) and writing/reading text chunks (iTXt, UTF-8). Each picture
 * carries the words drawn on it ("Title", "Description"), so that it stays
 * honest when it travels without the page, and tests can read them.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

export function pngChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new Error('Không phải tệp PNG.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    chunks.push({type, data: bytes.subarray(at + 8, at + 8 + length)});
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

function encodeChunk({type, data}: PngChunk): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** An uncompressed iTXt chunk (keyword in Latin-1, text in UTF-8, language "vi"). */
function iTxt(keyword: string, text: string): PngChunk {
  const head = utf8.encode(`${keyword}\0\0\0vi\0\0`);
  const body = utf8.encode(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head, 0);
  data.set(body, head.length);
  return {type: 'iTXt', data};
}

/** The PNG with text chunks added after its header. */
export function withPngText(png: Uint8Array, texts: Readonly<Record<string, string>>): Uint8Array {
  const chunks = pngChunks(png);
  const extra = Object.entries(texts).map(([k, v]) => iTxt(k, v));
  const parts = [Uint8Array.from(SIGNATURE), ...[chunks[0]!, ...extra, ...chunks.slice(1)].map(encodeChunk)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** iTXt chunks (uncompressed), by keyword. */
  texts: Record<string, string>;
}

export function readPngInfo(png: Uint8Array): PngInfo {
  const chunks = pngChunks(png);
  const ihdr = chunks[0];
  if (ihdr?.type !== 'IHDR') throw new Error('Tệp PNG không bắt đầu bằng IHDR.');
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  const texts: Record<string, string> = {};
  for (const c of chunks) {
    if (c.type !== 'iTXt') continue;
    const zero = c.data.indexOf(0);
    const keyword = fromUtf8.decode(c.data.subarray(0, zero));
    if (c.data[zero + 1] !== 0) continue; // compressed: not written here
    let at = zero + 3;
    at = c.data.indexOf(0, at) + 1; // language tag
    at = c.data.indexOf(0, at) + 1; // translated keyword
    texts[keyword] = fromUtf8.decode(c.data.subarray(at));
  }
  return {width: view.getUint32(0), height: view.getUint32(4), bitDepth: view.getUint8(8), colorType: view.getUint8(9), texts};
}
