import { describe, expect, it } from 'vitest';
import { normalise, searchLas, variantsOf } from '../../../src/lib/search';
import { laDirectory, searchEntry } from '../../../src/derive/la-directory';

const index = laDirectory.map(searchEntry);
const names = (query: string) => searchLas(index, query).map((e) => e.n);

describe('LA search normalisation', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalise('St. Helens')).toBe('st helens');
    expect(normalise('  ST   HELENS ')).toBe('st helens');
    expect(normalise('Stockton-on-Tees')).toBe('stockton on tees');
    expect(normalise('Öxford & Çambridge')).toBe('oxford and cambridge');
  });

  it('adds the names people use for inverted and long official names', () => {
    expect(variantsOf('Kingston upon Hull, City of')).toEqual(
      expect.arrayContaining(['City of Kingston upon Hull', 'Hull']),
    );
    expect(variantsOf('Bristol, City of')).toContain('City of Bristol');
    expect(variantsOf('St. Helens')).toContain('Saint Helens');
    expect(variantsOf('Bournemouth, Christchurch and Poole')).toContain('BCP');
  });
});

describe('LA search', () => {
  it('finds Kingston upon Hull from "hull" and "HULL", as the first result', () => {
    expect(names('hull')[0]).toBe('Kingston upon Hull, City of');
    expect(names('HULL')[0]).toBe('Kingston upon Hull, City of');
  });

  it('finds Southend-on-Sea from "southend" and "southend on sea"', () => {
    expect(names('southend')).toEqual(['Southend-on-Sea']);
    expect(names('southend on sea')).toEqual(['Southend-on-Sea']);
  });

  it('finds St. Helens from "st helens", "St. Helens", "st.helens" and "saint helens"', () => {
    for (const q of ['st helens', 'St. Helens', 'st.helens', 'saint helens']) expect(names(q)[0]).toBe('St. Helens');
  });

  it('finds Bournemouth, Christchurch and Poole from "bcp" and "bournemouth" (with the former Bournemouth too)', () => {
    expect(names('bcp')[0]).toBe('Bournemouth, Christchurch and Poole');
    expect(names('bournemouth')).toEqual(
      expect.arrayContaining(['Bournemouth', 'Bournemouth, Christchurch and Poole']),
    );
  });

  it('ignores accents typed by the user', () => {
    expect(names('Sõuthénd')).toEqual(['Southend-on-Sea']);
  });

  it('finds nothing for an empty query or a name that is not an LA', () => {
    expect(names('   ')).toEqual([]);
    expect(names('Atlantis')).toEqual([]);
  });

  it('finds every one of the LAs by its own name, with its own page first among any namesakes', () => {
    expect(index.length).toBe(laDirectory.length);
    for (const la of laDirectory) {
      const hits = searchLas(index, la.name, Infinity);
      const sameName = hits.filter((e) => e.n === la.name);
      expect(
        sameName.map((e) => e.s),
        la.name,
      ).toContain(la.slug);
      expect(hits[0].n, la.name).toBe(la.name);
    }
  });
});
