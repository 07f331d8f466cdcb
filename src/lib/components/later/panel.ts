export { default as ProjectPanel } from '../ProjectPanel.svelte';
