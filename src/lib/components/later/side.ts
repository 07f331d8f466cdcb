export { default as Filters } from '../Filters.svelte';
export { default as Legend } from '../Legend.svelte';
export { default as ProjectList } from '../ProjectList.svelte';
export { default as ProgrammeList } from '../ProgrammeList.svelte';
