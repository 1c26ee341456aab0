/** Build flags from esbuild `define` (build/build.ts) and vitest `define`. */
declare const __TEST__: boolean;
declare const __FIREFOX__: boolean;
