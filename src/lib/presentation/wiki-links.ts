/**
 * A link to a page in the markup of the wikis teams paste it into. Titles are escaped so that
 * brackets, pipes and angle brackets in a title cannot break the link.
 */
export const WIKI_FORMATS = ['markdown', 'confluence', 'mediawiki', 'html'] as const;
export type WikiFormat = (typeof WIKI_FORMATS)[number];

export const WIKI_FORMAT_NAMES: Record<WikiFormat, string> = {
  markdown: 'Markdown (GitHub, GitLab, Notion, Slack)',
  confluence: 'Confluence wiki markup',
  mediawiki: 'MediaWiki',
  html: 'HTML',
};

/** Characters that end a URL in one of the markups are percent-encoded; the URL stays valid. */
function safeUrl(url: string): string {
  return encodeURI(decodeURI(url)).replace(/[()[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function wikiLink(format: WikiFormat, title: string, url: string): string {
  const href = safeUrl(url);
  const text = title.replace(/\s+/g, ' ').trim();
  switch (format) {
    case 'markdown':
      return `[${text.replace(/[\\[\]]/g, '\\$&')}](${href})`;
    case 'confluence':
      return `[${text.replace(/[\\[\]|{}]/g, '\\$&')}|${href}]`;
    case 'mediawiki':
      return `[${href} ${text.replace(/\]/g, '&#93;')}]`;
    case 'html':
      return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  }
}
