export { default as Presenter } from '../briefing/Presenter.svelte';
export { default as DeckPanel } from '../briefing/DeckPanel.svelte';
export { fundingSources, tradeSources } from '../../charts/chart-sources';
export { DeckStore } from '../../state/deck-store.svelte';
