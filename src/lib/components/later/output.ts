export { default as PrintSheet } from '../print/PrintSheet.svelte';
export { default as MapCapture } from '../../map/MapCapture.svelte';
export { ViewOutput } from '../../export/view-output.svelte';
