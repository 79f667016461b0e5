import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from '../../../../src/lib/timeline/view-state.ts';
import { utc } from './fixture-marks.ts';

const full = [utc('2011-01-01'), utc('2025-01-01')] as const;
const kinds = ['military-strike', 'official-statement', 'publication'];

describe('view state in the address', () => {
  it('writes the window as whole inclusive days and only the filters that are set', () => {
    const search = writeViewState(
      '?utm=x',
      { domain: [utc('2024-11-01'), utc('2024-12-01')], person: 'ali-larijani' },
      kinds,
    );
    expect(search).toBe('?utm=x&from=2024-11-01&to=2024-11-30&person=ali-larijani');
  });

  it('rounds a window that does not fall on midnight outwards', () => {
    const search = writeViewState('', { domain: [utc('2024-11-01') + 3_600_000, utc('2024-11-03') + 60_000] }, kinds);
    expect(search).toBe('?from=2024-11-01&to=2024-11-03');
  });

  it('writes kinds only when some are switched off', () => {
    expect(writeViewState('', { kinds: new Set(kinds) }, kinds)).toBe('');
    expect(writeViewState('', { kinds: new Set(['publication', 'military-strike']) }, kinds)).toBe(
      '?kinds=military-strike,publication',
    );
  });

  it('reads back what it wrote', () => {
    const state = readViewState('?from=2024-11-01&to=2024-11-30&kinds=military-strike&place=damascus', { kinds, full });
    expect(state.domain).toEqual([utc('2024-11-01'), utc('2024-12-01')]);
    expect([...state.kinds!]).toEqual(['military-strike']);
    expect(state.place).toBe('damascus');
  });

  it('ignores what is malformed, unknown or outside the story, rather than trust it', () => {
    const state = readViewState('?from=2024-02-30&to=2024-03-01&kinds=nonsense&person=<script>', { kinds, full });
    expect(state.domain).toBeUndefined();
    expect([...state.kinds!]).toEqual([]);
    expect(state.person).toBeUndefined();
    expect(readViewState('?from=2024-12-01&to=2024-11-01', { kinds, full }).domain).toBeUndefined();
    expect(readViewState('?from=1999-01-01&to=2030-01-01', { kinds, full }).domain).toEqual(full);
  });
});
