// The window's part of the message catalogs: `import text from '…/en.ftl?window'`
// gives the catalog's terms, its language name, and its Errors and Window
// sections, without comments. The agent's, the tray's and the command line's
// messages are the agent's to say: the page never loads them, so they cost
// its first paint nothing.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const SUFFIX = '.ftl?window';
/** The sections (`### Name: …`) the page says messages from. */
const SECTIONS = new Set(['Errors', 'Window']);

/** The part of a catalog's text the window reads. */
export function windowPart(text: string): string {
  const kept: string[] = [];
  // Before the first section: terms and the language's name.
  let keep = true;
  for (const line of text.split('\n')) {
    const section = /^###\s+([^:]+)/.exec(line);
    if (section) {
      keep = SECTIONS.has(section[1]!.trim());
      continue;
    }
    if (!keep || line.trim() === '' || line.startsWith('#')) continue;
    kept.push(line);
  }
  return kept.join('\n') + '\n';
}

export function catalogs(): Plugin {
  return {
    name: 'waping-catalogs',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const path = id.slice(0, -'?window'.length);
      this.addWatchFile(path);
      return `export default ${JSON.stringify(windowPart(readFileSync(path, 'utf8')))};`;
    },
  };
}
