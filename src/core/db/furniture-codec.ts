import { TextColumn } from "./text-column.ts";
import { VarintReader, VarintWriter } from "./varint.ts";

/**
 * The furniture section: the number of outlets, their ids (a text column), then for each
 * outlet its number of hashes and the hashes as gaps from the previous one (ascending, so
 * every gap after the first is positive). A gap of zero or a hash past 32 bits is damage.
 */
export function writeFurniture(furniture: ReadonlyMap<string, Uint32Array>): Uint8Array {
  const out = new VarintWriter();
  out.uint(furniture.size);
  TextColumn.from([...furniture.keys()]).write(out);
  for (const [source, hashes] of furniture) {
    // a gap of zero or below would write a file the reader refuses: fail the build instead
    for (let i = 1; i < hashes.length; i++) if (hashes[i]! <= hashes[i - 1]!) throw new Error(`furniture of "${source}": hashes not ascending`);
    out.uint(hashes.length);
    hashes.forEach((h, i) => out.uint(i === 0 ? h : h - hashes[i - 1]!));
  }
  return out.finish();
}

/** Throws a plain Error naming the outlet whose hashes are damaged. */
export function readFurniture(bytes: Uint8Array): Map<string, Uint32Array> {
  const read = new VarintReader(bytes);
  const outlets = read.uint();
  // each outlet takes at least two bytes (its name's length, its count): a count larger than that is damage, not a huge allocation
  if (outlets * 2 > bytes.length) throw new Error(`${outlets} outlets in ${bytes.length} bytes`);
  const names = TextColumn.read(read, outlets).all();
  const furniture = new Map<string, Uint32Array>();
  for (const name of names) {
    const n = read.uint();
    if (n > bytes.length - read.at) throw new Error(`outlet "${name}": ${n} hashes in ${bytes.length - read.at} bytes`);
    const hashes = new Uint32Array(n);
    let h = 0;
    for (let i = 0; i < n; i++) {
      const gap = read.uint();
      if (i > 0 && gap === 0) throw new Error(`outlet "${name}": hashes not ascending`);
      h += gap;
      if (h > 0xffffffff) throw new Error(`outlet "${name}": hash out of range`);
      hashes[i] = h;
    }
    if (furniture.has(name)) throw new Error(`outlet "${name}" twice`);
    furniture.set(name, hashes);
  }
  read.end();
  return furniture;
}
