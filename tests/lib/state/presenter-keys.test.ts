// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { presenterAction } from '../../../src/lib/state/presenter-keys';

const press = (key: string, target: EventTarget | null = document.body, mods = {}) =>
  presenterAction({ key, target, altKey: false, ctrlKey: false, metaKey: false, ...mods });

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
}

describe('presenterAction', () => {
  it.each([
    ['PageDown', 'next'],
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageUp', 'previous'],
    ['ArrowLeft', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['Escape', 'exit'],
  ])('maps %j to %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it('ignores other keys and keys with a modifier (browser shortcuts)', () => {
    expect(press('x')).toBeNull();
    expect(press('ArrowRight', document.body, { altKey: true })).toBeNull();
    expect(press('f', document.body, { ctrlKey: true })).toBeNull();
  });

  it('leaves typing in a text field alone, except Escape', () => {
    const input = element('<input type="text">');
    expect(press('ArrowRight', input)).toBeNull();
    expect(press(' ', input)).toBeNull();
    expect(press('f', element('<textarea></textarea>'))).toBeNull();
    expect(press('Escape', input)).toBe('exit');
  });

  it('lets a focused slider keep its arrows, while a clicker still steps scenes', () => {
    const slider = element('<input type="range">');
    expect(press('ArrowRight', slider)).toBeNull();
    expect(press('PageDown', slider)).toBe('next');
  });

  it('lets Space press a focused button, while the arrows still step scenes', () => {
    const button = element('<button>Next</button>');
    expect(press(' ', button)).toBeNull();
    expect(press('ArrowRight', button)).toBe('next');
  });
});
