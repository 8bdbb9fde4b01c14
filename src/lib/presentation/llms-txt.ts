/** /llms.txt (llmstxt.org): the site's summary and its Markdown and JSON documents, for language-model tools. */
export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

export interface LlmsTxt {
  title: string;
  summary: string;
  details: string;
  sections: { title: string; links: LlmsLink[] }[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function llmsTxt({ title, summary, details, sections }: LlmsTxt): string {
  const blocks = [`# ${oneLine(title)}`, `> ${oneLine(summary)}`, oneLine(details)];
  for (const section of sections) {
    if (section.links.length === 0) continue;
    blocks.push(
      `## ${oneLine(section.title)}\n\n${section.links.map((l) => `- [${oneLine(l.title).replace(/[[\]]/g, '\\$&')}](${l.url}): ${oneLine(l.description)}`).join('\n')}`,
    );
  }
  return `${blocks.join('\n\n')}\n`;
}
