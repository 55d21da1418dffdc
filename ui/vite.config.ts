/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { catalogs } from './catalogs';

// Everything is served from the app itself: no CDN, no remote fonts.
export default defineConfig({
  base: './',
  // svelteTesting acts under vitest only: Svelte's browser build, and each
  // test's components unmounted after it.
  plugins: [catalogs(), svelte(), svelteTesting()],
  clearScreen: false,
  // The message catalogs live with the model, which the agent compiles in.
  server: { port: 1420, strictPort: true, fs: { allow: ['.', '../src-tauri/model/locales'] } },
  build: { outDir: 'dist', target: 'es2022', emptyOutDir: true },
  // The components' tests need a document; the rest run in it unharmed.
  test: { environment: 'happy-dom' },
});
