import type { Token } from "../text/tokenize.ts";
import { hashHex } from "../../shared/hash.ts";

/** Same article, same fingerprint: its normalized words, whatever the spacing and punctuation. */
export function fingerprint(tokens: readonly Token[]): string {
  return hashHex(tokens.map((t) => t.normal).join(" "));
}
