import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrder, sortOrder, SortOrders } from '../../../src/lib/data/sort-order';

describe('a list sorted once and filtered often', () => {
  const words = ['Ōsaka', 'osaka', 'Bangkok', 'Đà Nẵng', 'bangkok', 'Yangon', 'Vientiane'];

  it('sorts texts with the locale collator and numbers by value', () => {
    const order = sortOrder(words, (w) => w, 'en');
    expect([...order].map((i) => words[i])).toEqual([...words].sort(new Intl.Collator('en').compare));
    const numbers = [3, 1, 2];
    expect([...sortOrder(numbers, (n) => n, 'en')]).toEqual([1, 2, 0]);
    expect([...sortOrder(numbers, (n) => n, 'en', false)]).toEqual([0, 2, 1]);
  });

  it('gives what sorting the kept items on each change gave, ties in their own order either way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 4 }), name: fc.constantFrom(...words) })),
        fc.boolean(),
        fc.boolean(),
        fc.func(fc.boolean()),
        (items, byName, ascending, keep) => {
          const key = (item: (typeof items)[number]) => (byName ? item.name : item.key);
          const kept = Uint8Array.from(items, (item) => (keep(item) ? 1 : 0));
          const collator = new Intl.Collator('en');
          const expected = items
            .filter((_, i) => kept[i])
            .sort((a, b) => {
              const [x, y] = [key(a), key(b)];
              const c = typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string);
              return ascending ? c : -c;
            });
          expect(inOrder(items, sortOrder(items, key, 'en', ascending), kept)).toEqual(expected);
        },
      ),
    );
  });

  it('makes each named order once', () => {
    const orders = new SortOrders();
    let made = 0;
    const make = () => (made++, Uint32Array.of(0));
    orders.get('name|en|asc', make);
    orders.get('name|en|asc', make);
    orders.get('name|ja|asc', make);
    expect(made).toBe(2);
  });
});
