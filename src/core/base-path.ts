/** Joins a site base path ("/" or "/sub/path/") and a path relative to the site root. */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
