export { default as PrintSheet } from '../print/PrintSheet.svelte';
export { captureScenes } from '../../export/handout';
export { mapPhoto, sourceList, viewImage } from '../../export/view-image';
