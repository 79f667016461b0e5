import { describe, expect, it } from 'vitest';
import {
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  stateFromParams,
} from '../../../../src/lib/search/search-state.ts';

describe('search state in the address', () => {
  it('round-trips query, filters and sort', () => {
    const params = new URLSearchParams('q=hmeimim&place=Latakia&place=Khmeimim+air+base&year=2024&sort=oldest&junk=1');
    const state = stateFromParams(params);
    expect(state.query).toBe('hmeimim');
    expect(state.filters.place).toEqual(['Latakia', 'Khmeimim air base']);
    expect(state.sort).toBe('oldest');
    expect(paramsFromState(state).toString()).toBe(
      'q=hmeimim&year=2024&place=Latakia&place=Khmeimim+air+base&sort=oldest',
    );
  });
  it('ignores an unknown sort and leaves defaults out of the address', () => {
    const state = stateFromParams(new URLSearchParams('q=iran&sort=random'));
    expect(state.sort).toBe('relevance');
    expect(paramsFromState(state).toString()).toBe('q=iran');
  });
  it('asks Pagefind for any publisher or year, and all chosen entities', () => {
    const state = stateFromParams(new URLSearchParams('q=iran&publisher=A&publisher=B&person=Haji&person=Lavrentiev'));
    expect(pagefindFilters(state)).toEqual({ publisher: { any: ['A', 'B'] }, person: { all: ['Haji', 'Lavrentiev'] } });
    expect(pagefindFilters(state, 'publisher')).toEqual({ person: { all: ['Haji', 'Lavrentiev'] } });
  });
  it('sorts a list without a query newest first', () => {
    expect(pagefindSort(stateFromParams(new URLSearchParams('place=Homs')))).toEqual({ date: 'desc' });
    expect(pagefindSort(stateFromParams(new URLSearchParams('q=iran')))).toBeUndefined();
    expect(pagefindSort(stateFromParams(new URLSearchParams('q=iran&sort=oldest')))).toEqual({ date: 'asc' });
  });
});
