/**
 * The preview image a page shows when its link is pasted into a wiki or a chat: 1200×630, the site
 * name, the page's section and its title. Text is drawn as glyph outlines, so the image needs no
 * installed fonts and comes out the same on every machine. Pure: the font is passed in.
 */

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Where a page's preview image lives: "/" → og/index.png, "/guide/identify/" → og/guide/identify.png, "/404.html" → og/404.png. */
export function previewImageFile(sitePath: string): string {
  const trimmed = sitePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `og/${trimmed || 'index'}.png`;
}

/** Draws text as outlines. `advance` is the width a string takes at a font size in pixels. */
export interface OutlineFont {
  advance(text: string, size: number): number;
  /** SVG path data for the text with its baseline starting at (x, y). */
  path(text: string, x: number, y: number, size: number): string;
}

export interface PreviewText {
  siteTitle: string;
  /** e.g. "Guide · Porting work", "Command reference · Packages", "Release". */
  section: string;
  title: string;
  /** The address shown at the bottom, e.g. "al-rhel-field-guide.example/commands/install-package/". */
  address: string;
}

const MARGIN = 80;
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * MARGIN;
const TITLE_SIZES = [76, 66, 58, 50] as const;
const MAX_TITLE_LINES = 3;

/** Greedy word wrap at a font size; a word wider than the line is kept whole on its own line. */
export function wrapWords(text: string, font: OutlineFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.advance(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest title size whose wrapped lines fit; at the smallest size, extra lines end in "…". */
export function layoutTitle(title: string, font: OutlineFont): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lines = wrapWords(title, font, size, TEXT_WIDTH);
    if (lines.length <= MAX_TITLE_LINES && lines.every((l) => font.advance(l, size) <= TEXT_WIDTH)) return { size, lines };
  }
  const size = TITLE_SIZES[TITLE_SIZES.length - 1]!;
  const lines = wrapWords(title, font, size, TEXT_WIDTH).slice(0, MAX_TITLE_LINES);
  let last = lines[MAX_TITLE_LINES - 1] ?? '';
  while (last && font.advance(`${last}…`, size) > TEXT_WIDTH) last = last.replace(/\s*\S+$/, '');
  lines[lines.length - 1] = `${last}…`;
  return { size, lines };
}

/** Shortens text at a word boundary (or mid-word if it must) until it fits in `width`. */
function fitLine(text: string, font: OutlineFont, size: number, width: number): string {
  if (font.advance(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.advance(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Regular for the site name and the address, bold for the section and the title. */
export interface PreviewFonts {
  regular: OutlineFont;
  bold: OutlineFont;
}

export function previewSvg(text: PreviewText, { regular, bold }: PreviewFonts): string {
  const { size, lines } = layoutTitle(text.title, bold);
  const lineHeight = Math.round(size * 1.15);
  const titleTop = 275;
  const title = lines.map((line, i) => bold.path(line, MARGIN, titleTop + i * lineHeight, size)).join(' ');
  const section = text.section ? bold.path(fitLine(text.section.toUpperCase(), bold, 28, TEXT_WIDTH), MARGIN, 170, 28) : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
    `<title>${escapeXml(`${text.title} · ${text.siteTitle}`)}</title>`,
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#0d1117"/>`,
    `<rect width="16" height="${PREVIEW_HEIGHT}" fill="#f0883e"/>`,
    `<path fill="#c9d1d9" d="${regular.path(fitLine(text.siteTitle, regular, 34, TEXT_WIDTH), MARGIN, 100, 34)}"/>`,
    section && `<path fill="#f0883e" d="${section}"/>`,
    `<path fill="#ffffff" d="${title}"/>`,
    `<rect x="${MARGIN}" y="${PREVIEW_HEIGHT - 120}" width="${TEXT_WIDTH}" height="2" fill="#30363d"/>`,
    `<path fill="#8b949e" d="${regular.path(fitLine(text.address, regular, 28, TEXT_WIDTH), MARGIN, PREVIEW_HEIGHT - 66, 28)}"/>`,
    '</svg>',
  ]
    .filter(Boolean)
    .join('');
}
