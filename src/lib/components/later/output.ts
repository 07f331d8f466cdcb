export { default as ExportMenu } from '../ExportMenu.svelte';
export { default as PrintSheet } from '../print/PrintSheet.svelte';
