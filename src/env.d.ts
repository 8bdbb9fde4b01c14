/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Sources cited by the page being rendered, in the order of their numbers. */
    citations?: readonly string[];
    /** Markdown tables rendered so far on the page, to give each scroll box a unique label. */
    tableCount?: number;
  }
}

declare module 'virtual:code-theme.css';
