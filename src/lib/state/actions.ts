/**
 * What the panels may ask of the app beyond the view itself: share a hover, and choose a
 * project (select it, bring it into view and open its panel). In context, so a leaf component
 * needs no callback threaded through every level.
 */
import { getContext, setContext } from 'svelte';
import type { Interaction } from './interaction.svelte';

export interface AppActions {
  interaction: Interaction;
  choose(id: string): void;
}

const ACTIONS = Symbol('actions');

export function setActions(actions: AppActions): AppActions {
  return setContext(ACTIONS, actions);
}

export function getActions(): AppActions {
  const actions = getContext<AppActions | undefined>(ACTIONS);
  if (!actions) throw new Error('getActions() needs setActions() in an ancestor (App.svelte).');
  return actions;
}
