/**
 * Zips written by hand, for hostile-input tests: the central directory says whatever the test wants (sizes
 * that lie), and deflate streams of any size are built from a few sync-flushed segments.
 */
import { writeFileSync } from "node:fs";
import { constants, deflateRawSync } from "node:zlib";

const MB = 1024 * 1024;

export interface RawEntry {
  name: string;
  /** Deflated bytes (method 8). */
  data: Uint8Array;
  /** What the directory claims the entry inflates to. */
  declared: number;
}

/** A zip written by hand to `file` (see rawZip). */
export function writeZip(file: string, entries: RawEntry[]): void {
  writeFileSync(file, rawZip(entries));
}

/** A zip built by hand, so the central directory can say whatever the test wants. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

/** A deflate stream of `mb` megabytes of the same byte, built from 16 MB segments (each sync-flushed). */
export function deflatedZeros(mb: number): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(16 * MB, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < Math.ceil(mb / 16); i++) parts.push(segment);
  parts.push(Buffer.from([0x03, 0x00])); // final empty block
  return Buffer.concat(parts);
}
