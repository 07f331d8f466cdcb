import { describe, expect, it } from 'vitest';
import { convert, findRate } from '../../../src/lib/data/convert';
import type { Money, Rate } from '../../../src/lib/data/schema';

const rate = (date: string, perUsd: number): Rate => ({
  currency: 'JPY',
  perUsd,
  date,
  basis: { en: 'monthly average' },
  refs: [{ source: 'fed' }],
});
const rates = [rate('2016-05', 108), rate('2016', 110), rate('2020-09-01', 106)];
const yen = (amount: number): Money => ({
  amount,
  currency: 'JPY',
  asStated: `${amount} yen`,
  approximate: false,
  refs: [{ source: 's' }],
});

describe('findRate', () => {
  it('uses the rate of the day, then of the month, then of the year', () => {
    expect(findRate(rates, 'JPY', '2020-09-01')?.perUsd).toBe(106);
    expect(findRate(rates, 'JPY', '2016-05-28')?.perUsd).toBe(108);
    expect(findRate(rates, 'JPY', '2016-09-30')?.perUsd).toBe(110);
    expect(findRate(rates, 'JPY', '2016')?.perUsd).toBe(110);
  });

  it('takes a rate of the amount’s own currency only', () => {
    const thb: Rate = { ...rate('2016-05', 35), currency: 'THB' };
    expect(findRate([thb, ...rates], 'JPY', '2016-05-28')?.perUsd).toBe(108);
    expect(findRate([thb, ...rates], 'THB', '2016-05-28')?.perUsd).toBe(35);
    expect(findRate([thb, ...rates], 'THB', '2016-09-30')).toBeNull();
  });

  it('finds nothing for an undated amount or a period no rate covers', () => {
    expect(findRate(rates, 'JPY', null)).toBeNull();
    expect(findRate(rates, 'JPY', '2015-03')).toBeNull();
  });
});

describe('convert', () => {
  it('converts yen to dollars with the rate of the agreement date and says which rate', () => {
    const result = convert(yen(108e9), 'USD', '2016-05-28', rates);
    expect(result?.value).toBeCloseTo(1e9);
    expect(result?.rate?.date).toBe('2016-05');
  });

  it('leaves an amount in the target currency as it is', () => {
    expect(convert(yen(5), 'JPY', null, rates)).toEqual({ value: 5, rate: null });
  });

  it('refuses to convert without a sourced rate', () => {
    expect(convert(yen(5), 'USD', '2015-03', rates)).toBeNull();
    expect(convert(yen(5), 'USD', null, rates)).toBeNull();
  });
});
