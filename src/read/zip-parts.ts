/**
 * Just enough zip for reading a workbook: list a zip's entries from its central directory and inflate
 * one (natively). Zip64 and encrypted archives are refused (the input guard says why in Chinese).
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data in the archive. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Why a zip's directory could not be read: the guard turns each into its own Chinese refusal. */
export class ZipFormatError extends Error {
  constructor(readonly reason: "broken" | "zip64" | "encrypted") {
    super(`zip: ${reason}`);
  }
}

/**
 * Every entry of the central directory, in order (duplicate names included), bounds-checked against the
 * archive: the one parser of zip structure, shared by the input guard and the readers.
 */
export function zipDirectory(buf: Uint8Array): ZipEntry[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("broken");
  const count = u16(eocd + 10);
  let p = u32(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ZipFormatError("zip64");
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || u32(p) !== CENTRAL) throw new ZipFormatError("broken");
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const crc = u32(p + 16);
    const compressedSize = u32(p + 20);
    const size = u32(p + 24);
    const nameLength = u16(p + 28);
    const local = u32(p + 42);
    const name = decoder.decode(buf.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + u16(p + 30) + u16(p + 32);
    if (flags & 1) throw new ZipFormatError("encrypted");
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) throw new ZipFormatError("zip64");
    if (method !== 0 && method !== 8) throw new ZipFormatError("broken");
    if (local + 30 > buf.length || u32(local) !== LOCAL) throw new ZipFormatError("broken");
    const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataOffset + compressedSize > buf.length) throw new ZipFormatError("broken");
    entries.push({ name, method, crc, compressedSize, size, dataOffset });
  }
  return entries;
}

/** The entries of a zip, by name. */
export function zipEntries(buf: Buffer): Map<string, ZipEntry> {
  return new Map(zipDirectory(buf).map((e) => [e.name, e]));
}

export function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`unsupported compression ${e.method}`);
}
