export { default as PrintSheet } from '../print/PrintSheet.svelte';
