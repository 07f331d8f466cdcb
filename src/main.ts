import { mount } from 'svelte';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import App from './App.svelte';
import { atlasReady, AtlasLoadError } from './lib/data/atlas';
import { isLocale, loadLocale, translate } from './lib/i18n/translate';
import { loadJapaneseFonts } from './fonts';
import { readerFor } from './lib/state/address';
import { dropStartedMap, startMapFor } from './lib/map/map-start';
import './app.css';

setWorkerUrl(workerUrl);
// The map of a first visit starts now, beside the data; MapView adopts it when the app mounts.
startMapFor(window.location.search, new URL(import.meta.env.BASE_URL, window.location.href).href);
const lang = new URLSearchParams(window.location.search).get('lang');
const locale = isLocale(lang) ? lang : 'en';
loadJapaneseFonts(locale === 'ja');

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
/** The page's first frame, drawn from index.html (src/lib/first-frame/), until the app replaces it. */
const frames = () => target.querySelectorAll(':scope > .first-frame');
const framed = frames().length > 0;
// Names the data file that failed; it also tells public/boot-check.js that the script started.
// Without a first frame (a page built without it), it says "loading" meanwhile.
const status = document.createElement('p');
status.setAttribute('role', 'status');
status.className = 'boot-status';
target.append(status);
// The page's language is loaded with the data, so the app's first text is already in it.
const language = loadLocale(locale).catch(() => undefined);
void language.then(() => {
  if (!framed && status.isConnected && !status.textContent)
    status.textContent = translate(locale, 'app.loading');
});

// An address naming a view is read by the link reader (the snapshot's zod schema), loaded beside
// the data; one naming none (a first visit, a scene link) reads as the default view without it.
const link = readerFor(window.location.search);

Promise.all([atlasReady, language, link]).then(
  () => {
    // The first frame has been drawn (public/boot-check.js starts this script after it); it goes
    // in the same task as the app draws, so no frame is drawn without either.
    status.remove();
    for (const frame of frames()) frame.remove();
    delete document.documentElement.dataset.link;
    mount(App, { target });
  },
  async (error: unknown) => {
    dropStartedMap();
    await language;
    for (const frame of frames()) frame.remove();
    status.setAttribute('role', 'alert');
    const file = error instanceof AtlasLoadError ? error.file : 'data/atlas.json';
    status.textContent = translate(locale, 'app.dataFailed', { file });
    throw error;
  },
);
