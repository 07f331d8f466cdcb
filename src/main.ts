import { mount } from 'svelte';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import App from './App.svelte';
import './fonts';
import './app.css';

setWorkerUrl(workerUrl);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
