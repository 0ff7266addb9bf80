import { expect } from '@open-wc/testing';
import { createRandom, deriveSeed } from '../../mocks/random.js';

const draw = (seed: number, count = 5) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('mocks/random', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42)).to.deep.equal(draw(42));
  });

  it('gives a different sequence for another seed', () => {
    expect(draw(42)).not.to.deep.equal(draw(43));
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(1);
    const values = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...values].sort()).to.deep.equal([3, 4, 5, 6]);
  });

  it('derives distinct, stable seeds per label', () => {
    expect(deriveSeed(7, 'northwind')).to.equal(deriveSeed(7, 'northwind'));
    expect(deriveSeed(7, 'northwind')).not.to.equal(deriveSeed(7, 'globex'));
    expect(deriveSeed(7, 'northwind')).not.to.equal(deriveSeed(8, 'northwind'));
  });
});
