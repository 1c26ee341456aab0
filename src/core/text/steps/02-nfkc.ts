/** NFKC folds presentation forms (FB50–FEFC) and ligatures: ﻻ → لا, ﷲ → الله. It keeps ٣ and ۳. */
export function nfkc(s: string): string {
  return s.normalize("NFKC");
}
