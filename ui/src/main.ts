// First, so that the first overview is on its way while the rest loads.
import './lib/overview';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { api } from './lib/api';
import { language } from './lib/i18n.svelte';

// The system's language until the first overview names the agent's.
api
  .systemLocale()
  .then((locale) => {
    if (!language.fromAgent) void language.use(locale);
  })
  .catch(() => {});

// WebKitGTK asks fontconfig for each family of a font list that it does not
// find, which cost the first frame about 100 ms with a cross-platform list
// (BENCHMARKS.md). On Linux the desktop's own choice is `sans-serif`.
if (/Linux/.test(navigator.userAgent)) document.documentElement.dataset.os = 'linux';

const target = document.getElementById('app');
if (!target) throw new Error('no #app element');

export default mount(App, { target });
