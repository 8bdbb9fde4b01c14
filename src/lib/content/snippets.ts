/** Code examples kept as files, so the test suite can run them against the data's samples. */
export const SNIPPET_DIR = 'src/snippets';

const LANGUAGES: Record<string, string> = {
  sh: 'sh',
  bash: 'bash',
  yml: 'yaml',
  yaml: 'yaml',
  ini: 'ini',
  json: 'json',
  py: 'python',
  dockerfile: 'dockerfile',
};

export function snippetLanguage(name: string): string {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return LANGUAGES[extension] ?? 'text';
}
