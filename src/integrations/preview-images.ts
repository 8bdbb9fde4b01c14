/**
 * After the build, draws each page's 1200×630 preview image at the path its og:image names, from
 * its og:title and article:section. Glyphs come from the Inter font files in node_modules, so no
 * network and no installed fonts are needed. A page without preview tags, or a title with a
 * character the font cannot draw, fails the build.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type Glyph } from 'opentype.js/dist/opentype.mjs';
import sharp from 'sharp';
import { isRedirectPage } from '../built/html-text.ts';
import { previewSvg, previewTextFromHtml, type OutlineFont, type PreviewFonts } from '../lib/presentation/preview-image.ts';

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

export default function previewImages(siteTitle: string): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'field-guide:preview-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const fonts = await loadPreviewFonts();
        const host = site ? new URL(site).host : '';
        let count = 0;
        for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = path.join(entry.parentPath, entry.name);
          const relative = path.relative(out, file).split(path.sep).join('/');
          const html = await readFile(file, 'utf8');
          if (isRedirectPage(html)) continue;
          const preview = previewTextFromHtml(html);
          if (!preview) throw new Error(`${relative}: the page has no og:title or og:image; render it with BaseLayout`);
          const imagePath = new URL(preview.image).pathname;
          if (!imagePath.startsWith(base)) throw new Error(`${relative}: og:image ${preview.image} is outside the base path ${base}`);
          const pagePath = `${base}${relative.replace(/(^|\/)index\.html$/, '$1').replace(/^404\.html$/, '404/')}`;
          try {
            const svg = previewSvg({ siteTitle, section: preview.section, title: preview.title, address: `${host}${pagePath}` }, fonts);
            const target = path.join(out, decodeURIComponent(imagePath.slice(base.length)));
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, await renderPreviewPng(svg));
          } catch (error) {
            throw new Error(`${relative}: preview image: ${(error as Error).message}`, { cause: error });
          }
          count += 1;
        }
        logger.info(`Drew ${count} preview images`);
      },
    },
  };
}
