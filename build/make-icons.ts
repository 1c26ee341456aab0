import { writeFileSync } from "node:fs";
import { deflateSync, crc32 } from "node:zlib";

/**
 * Draws Sada's icon (a dot and two echo arcs on a rounded teal square) at the sizes the
 * manifest names and writes icons/<size>.png. Run once after changing the design:
 * `npx tsx build/make-icons.ts`; the PNGs are committed.
 */
const SIZES = [16, 32, 48, 128];
const TEAL: [number, number, number] = [0x0f, 0x5c, 0x63];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

for (const size of SIZES) writeFileSync(new URL(`../icons/${size}.png`, import.meta.url), png(size, draw(size)));

/** RGBA pixels, 4× supersampled for smooth edges. */
function draw(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          if (insideRoundedSquare(u, v, 0.2)) {
            bg++;
            if (echo(u, v)) fg++;
          }
        }
      }
      const a = bg / (S * S);
      const f = bg ? fg / bg : 0;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(TEAL[c]! * (1 - f) + WHITE[c]! * f);
      px[i + 3] = Math.round(a * 255);
    }
  }
  return px;
}

function insideRoundedSquare(u: number, v: number, r: number): boolean {
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

/** A dot at the right (the voice, read right to left) and two arcs opening to the left. */
function echo(u: number, v: number): boolean {
  const cx = 0.66;
  const cy = 0.5;
  const d = Math.hypot(u - cx, v - cy);
  if (d <= 0.09) return true;
  const facingLeft = u < cx && Math.abs(v - cy) <= (cx - u) * 1.25;
  return facingLeft && ((d >= 0.2 && d <= 0.27) || (d >= 0.38 && d <= 0.45));
}

function png(size: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}
