import { describe, expect, it } from 'vitest';
import { llmsTxt } from './llms-txt.ts';

describe('llmsTxt', () => {
  it('writes the title, the summary as a quote, the details, and one list per non-empty section', () => {
    const text = llmsTxt({
      title: 'Guide',
      summary: 'What it is,\nin one line.',
      details: 'More.',
      sections: [
        {
          title: 'Docs',
          links: [
            { title: 'Identify [a] system', url: 'https://x.example/guide/identify.md', description: 'How to tell\nreleases apart.' },
          ],
        },
        { title: 'Empty', links: [] },
      ],
    });
    expect(text).toBe(
      '# Guide\n\n> What it is, in one line.\n\nMore.\n\n## Docs\n\n- [Identify \\[a\\] system](https://x.example/guide/identify.md): How to tell releases apart.\n',
    );
  });
});
