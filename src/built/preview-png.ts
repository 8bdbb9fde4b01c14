/**
 * Preview images as PNG files: the SVG of src/lib/presentation/preview-image.ts drawn with the Inter
 * font files in node_modules (no network, no installed fonts) and rasterised by sharp. A PNG depends
 * only on its SVG and the sharp build, so it is kept in a cache folder outside the build, keyed by a
 * hash of both, and a later build copies it instead of drawing it again; the bytes are the same.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse, type Glyph } from 'opentype.js/dist/opentype.mjs';
import sharp from 'sharp';
import type { OutlineFont, PreviewFonts } from '../lib/presentation/preview-image.ts';

const require = createRequire(import.meta.url);

/** Inter has no arrows in its Latin files; the site name's "↔" is drawn as a shape of the same weight. */
const DRAWN = '↔';

function arrowPath(x: number, y: number, size: number): string {
  const cy = y - size * 0.32;
  const [x0, x1] = [x + size * 0.06, x + size * 0.94];
  const [head, half, stem] = [size * 0.24, size * 0.2, size * 0.045];
  const points = [
    [x0, cy],
    [x0 + head, cy - half],
    [x0 + head, cy - stem],
    [x1 - head, cy - stem],
    [x1 - head, cy - half],
    [x1, cy],
    [x1 - head, cy + half],
    [x1 - head, cy + stem],
    [x0 + head, cy + stem],
    [x0 + head, cy + half],
  ];
  return `M${points.map(([px, py]) => `${px!.toFixed(1)} ${py!.toFixed(1)}`).join('L')}Z`;
}

/**
 * Glyph by glyph with kerning, without OpenType substitutions (opentype.js cannot apply some of
 * Inter's, and a title needs none of them).
 */
async function outlineFont(file: string): Promise<OutlineFont> {
  const bytes = await readFile(require.resolve(`@fontsource/inter/files/${file}`));
  const font = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const scale = (size: number) => size / font.unitsPerEm;
  /** Each character's glyph and its x offset in font units; "↔" is null (drawn, one em wide). */
  const layout = (text: string) => {
    const placed: { glyph: Glyph | null; x: number }[] = [];
    let x = 0;
    let previous: Glyph | null = null;
    for (const char of text) {
      if (char === DRAWN) {
        placed.push({ glyph: null, x });
        x += font.unitsPerEm;
        previous = null;
        continue;
      }
      const glyph = font.charToGlyph(char);
      if (glyph.index === 0 && /\S/.test(char)) {
        throw new Error(
          `the preview font (Inter, Latin) cannot draw "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in "${text}"`,
        );
      }
      if (previous) x += font.getKerningValue(previous, glyph);
      placed.push({ glyph, x });
      x += glyph.advanceWidth ?? 0;
      previous = glyph;
    }
    return { placed, width: x };
  };
  return {
    advance: (text, size) => layout(text).width * scale(size),
    path(text, x, y, size) {
      return layout(text)
        .placed.map(({ glyph, x: offset }) => {
          const at = x + offset * scale(size);
          return glyph ? glyph.getPath(at, y, size).toPathData({ decimalPlaces: 1, flipY: false }) : arrowPath(at, y, size);
        })
        .join('');
    },
  };
}

export async function loadPreviewFonts(): Promise<PreviewFonts> {
  return { regular: await outlineFont('inter-latin-400-normal.woff'), bold: await outlineFont('inter-latin-700-normal.woff') };
}

export async function renderPreviewPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

export const PREVIEW_CACHE_DIR = path.resolve('node_modules/.cache/field-guide/og');

/** The PNG of an SVG from the cache, or drawn and then cached. `cacheDir` null draws every time. */
export async function cachedPreviewPng(
  svg: string,
  cacheDir: string | null = PREVIEW_CACHE_DIR,
): Promise<{ png: Buffer; cached: boolean }> {
  if (cacheDir === null) return { png: await renderPreviewPng(svg), cached: false };
  const key = createHash('sha256')
    .update(JSON.stringify([sharp.versions, svg]))
    .digest('hex');
  const file = path.join(cacheDir, `${key}.png`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return { png: hit, cached: true };
  const png = await renderPreviewPng(svg);
  await mkdir(cacheDir, { recursive: true });
  // Written under another name, then renamed: a build that stops half-way never leaves a torn PNG.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return { png, cached: false };
}
