/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Sources cited by the page being rendered, in the order of their numbers. */
    citations?: readonly string[];
    /** Markdown tables rendered so far on the page, to give each scroll box a unique label. */
    tableCount?: number;
  }
}

declare module 'virtual:code-theme.css';

/** The URL of a module loaded on intent (src/integrations/lazy-modules.ts). */
declare module 'virtual:lazy-module/*' {
  const url: string;
  export default url;
}

/** The part of opentype.js 2 (which ships no types) that the preview images use. */
declare module 'opentype.js/dist/opentype.mjs' {
  export interface Path {
    toPathData(options: { decimalPlaces?: number; flipY?: boolean }): string;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    charToGlyph(char: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
