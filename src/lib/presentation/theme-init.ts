/**
 * The one inline script: before first paint it marks the page as scripted (html.js, so controls
 * that need JavaScript show only then) and applies the reader's saved theme, so the page never
 * flashes the wrong colours. Its hash goes into the Content-Security-Policy (see csp.ts).
 */
import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from './theme-storage.ts';

export const THEME_INIT_SCRIPT = `document.documentElement.classList.add("js");try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export const THEME_INIT_HASH =
  `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}` as const satisfies `sha256-${string}`;
