import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { loadPreviewFonts, renderPreviewPng } from '../src/built/preview-png.ts';
import { previewSvg } from '../src/lib/presentation/preview-image.ts';

describe('preview images with the real font', () => {
  it('renders a 1200×630 PNG, the same bytes every time', async () => {
    const fonts = await loadPreviewFonts();
    const svg = previewSvg(
      {
        siteTitle: 'Amazon Linux ↔ RHEL Field Guide',
        section: 'Release · Amazon Linux',
        title: 'Amazon Linux 2023',
        address: 'x.example/releases/al2023/',
      },
      fonts,
    );
    const png = await renderPreviewPng(svg);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect((await renderPreviewPng(svg)).equals(png)).toBe(true);
  });

  it('fails with the character and the text when the font cannot draw a title', async () => {
    const { bold } = await loadPreviewFonts();
    expect(() => bold.advance('Amazon Linux → RHEL', 50)).toThrow(
      'the preview font (Inter, Latin) cannot draw "→" (U+2192) in "Amazon Linux → RHEL"',
    );
  });
});
