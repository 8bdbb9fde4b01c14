import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { headingLinks } from '../src/integrations/heading-links.ts';

const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { features: { headingAttributes: true }, hastPlugins: [headingLinks] })).html;

describe('heading links', () => {
  it('puts a copy-link control beside each heading with an id, outside the heading', async () => {
    const html = await render('## Check *the* release {#check}\n');
    expect(html).toContain(
      '<div class="heading"><h2 id="check">Check <em>the</em> release</h2><a class="anchor-link" href="#check" data-anchor-link="Check the release" data-pagefind-ignore="" aria-label="Link to Check the release">#</a></div>',
    );
  });

  it('leaves h1, h5 and headings without an id alone', async () => {
    const html = await render('# Title {#t}\n\n##### Small {#s}\n');
    expect(html).not.toContain('anchor-link');
  });

  it('works in MDX, the format guide pages use', async () => {
    const { code } = mdxToJs('## Lineage {#lineage}\n', { features: { headingAttributes: true }, hastPlugins: [headingLinks] });
    expect(code).toContain('anchor-link');
    expect(code).toContain('Link to Lineage');
  });
});
