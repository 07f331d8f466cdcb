/**
 * The keys a presenter uses, clicker keys included (most clickers send PageDown and PageUp,
 * some the arrow keys or Space). Typing in a field is never taken for a scene change.
 */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'exit';

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
};

/** Controls whose own keys win over the presenter's: text, choices, sliders and buttons (Space). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!target || !(target as Element).tagName) return false;
  const el = target as HTMLElement;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return key !== 'Escape';
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    // A clicker's PageUp/PageDown still steps scenes when focus sits on the timeline slider.
    if (type === 'range') return !(key === 'PageDown' || key === 'PageUp' || key === 'Escape');
    if (type === 'checkbox' || type === 'radio') return key === ' ';
    return key !== 'Escape';
  }
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return key === ' ';
  return false;
}

export function presenterAction(
  event: Pick<KeyboardEvent, 'key' | 'target' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): PresenterAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const action = KEYS[event.key];
  if (!action || ownsKey(event.target, event.key)) return null;
  return action;
}
