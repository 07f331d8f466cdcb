export { default as FundingChart } from '../FundingChart.svelte';
export { default as TradeChart } from '../TradeChart.svelte';
