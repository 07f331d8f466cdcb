export { default as ProjectPanel } from '../ProjectPanel.svelte';
export { default as CorridorPanel } from '../CorridorPanel.svelte';
