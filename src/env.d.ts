/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Sources cited by the page being rendered, in the order of their numbers. */
    citations?: readonly string[];
  }
}

declare module 'virtual:code-theme.css';
