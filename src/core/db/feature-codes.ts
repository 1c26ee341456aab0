import type { RecordAnalysis } from "./compile.ts";

/**
 * An analysis with its features as numbers local to the thread that made it: each name
 * travels once per thread (with the record that first uses it), not once per record, so
 * the assembler looks up ~1 million names instead of ~9 million and no thread copies them all.
 */
export interface CodedAnalysis extends Omit<RecordAnalysis, "features"> {
  /** local feature ids, in the record's feature order */
  ids: Uint32Array;
  tf: Uint16Array;
  /** names of the local ids this record uses first, in id order */
  names: string[];
}

export class FeatureCoder {
  private readonly local = new Map<string, number>();

  code({ features, ...rest }: RecordAnalysis): CodedAnalysis {
    const ids = new Uint32Array(features.length);
    const tf = new Uint16Array(features.length);
    const names: string[] = [];
    features.forEach(([f, n], k) => {
      let id = this.local.get(f);
      if (id === undefined) {
        id = this.local.size;
        this.local.set(f, id);
        names.push(f);
      }
      ids[k] = id;
      tf[k] = Math.min(n, 0xffff);
    });
    return { ...rest, ids, tf, names };
  }
}
