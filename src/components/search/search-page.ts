/**
 * `<search-page>`: results as you type on /search/, over the Pagefind index.
 *
 * The server-rendered form works without JavaScript (it submits `?q=` to this page, which then
 * says search needs JavaScript). This element takes over the form, loads Pagefind only when the
 * reader focuses the box or arrives with a query, searches on every keystroke (no debounce:
 * a search of this index takes a few milliseconds) and keeps query, filters and sort in the
 * address so a search can be shared and the back button works.
 */
import type { FacetPanel } from './facet-panel.ts';
import {
  loadPagefind,
  type FilterCounts,
  type Pagefind,
  type PagefindResponse,
  type PagefindResultData,
} from './pagefind-api.ts';
import { renderResult } from './render-result.ts';
import { focusOnSearchShortcut } from './search-shortcut.ts';
import { FACETS, type FacetKey } from '../../lib/search/filters.ts';
import { bestPassage, spellingLocations } from '../../lib/search/passage.ts';
import { buildSpellingIndex, planQuery, type PlannedQuery, type SpellingIndex } from '../../lib/search/query.ts';
import {
  hasFilters,
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  stateFromParams,
  type SearchState,
  type SortOrder,
} from '../../lib/search/search-state.ts';
import { searchWords, type SpellingGroup } from '../../lib/search/spellings.ts';
import { unmatchedWords } from '../../lib/search/unmatched-words.ts';
import { vocabularyShard } from '../../lib/search/vocabulary.ts';

interface Config {
  bundle: string;
  /** The search index's other parts, if it was written in parts. */
  parts: string[];
  vocabulary: string;
}

/** Results rendered at a time; "Show more" adds as many again. */
const PAGE_SIZE = 10;
/** Other spellings named under the status line. */
const MAX_SPELLINGS_NAMED = 5;
/** Screen readers hear the outcome once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 600;

interface View {
  items: HTMLLIElement[];
  summary: string;
  note: string;
  total: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The words the results matched, as search compares them. */
function matchedWords(results: readonly PagefindResultData[]): Set<string> {
  const matched = new Set<string>();
  for (const data of results) {
    const words = data.content.split(/\s+/);
    for (const { location } of data.weighted_locations) matched.add(searchWords(words[location] ?? '').join(''));
  }
  return matched;
}

class SearchPage extends HTMLElement {
  #config!: Config;
  #spellings!: SpellingIndex;
  #state!: SearchState;
  #input!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #status!: HTMLElement;
  #announcer!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  /** Loaded the first time a filter is opened or is in the address. */
  #facets: FacetPanel | undefined;
  #facetsLoading: Promise<FacetPanel> | undefined;
  #baseTitle = document.title;
  #generation = 0;
  #shown = PAGE_SIZE;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Vocabulary files by first letter, fetched on demand. */
  readonly #vocabulary = new Map<string, Promise<string[]>>();
  /** Whether the current history entry already belongs to the words being typed. */
  #typing = false;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset['config']!) as Config;
    const groups = JSON.parse(this.querySelector('script[data-spellings]')!.textContent!) as SpellingGroup[];
    this.#spellings = buildSpellingIndex(groups);
    this.#input = this.querySelector('input[type="search"]')!;
    this.#sort = this.querySelector('select[data-sort]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#announcer = this.querySelector('[data-announcer]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;

    this.#readAddress();
    this.#listen();
    focusOnSearchShortcut(this.#input);
    if (this.#state.query.trim() || hasFilters(this.#state)) void this.#run();
  }

  #listen(): void {
    const warm = () => void this.#pagefind().catch(() => {});
    this.#input.addEventListener('focus', () => {
      this.#typing = false;
      warm();
    });
    this.#input.addEventListener('pointerdown', warm);
    this.#input.addEventListener('input', () => {
      this.#state.query = this.#input.value;
      this.#remember(this.#typing ? 'replace' : 'push');
      this.#typing = true;
      this.#shown = PAGE_SIZE;
      void this.#run();
    });
    this.#input.form!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#state.query = this.#input.value;
      this.#remember('replace');
      this.#typing = false;
      void this.#run();
    });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.#resultLinks()[0]) {
        event.preventDefault();
        this.#resultLinks()[0]!.focus();
      }
    });
    this.#results.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = this.#resultLinks();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (at === -1) return;
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? this.#input : links[Math.min(next, links.length - 1)]!).focus();
    });
    this.#sort.addEventListener('change', () => {
      this.#state.sort = this.#sort.value as SortOrder;
      this.#remember('push');
      void this.#run();
    });
    this.#more.addEventListener('click', () => {
      const first = this.#results.children.length;
      this.#shown += PAGE_SIZE;
      void this.#run().then(() => this.#resultLinks()[first]?.focus());
    });
    this.querySelector('[data-facets]')!.addEventListener(
      'toggle',
      (event) => {
        if ((event.target as HTMLDetailsElement).open && !this.#facetsLoading)
          void this.#loadFacets().then(() => this.#run());
      },
      true,
    );
    window.addEventListener('popstate', () => {
      this.#readAddress();
      void this.#run();
    });
  }

  #readAddress(): void {
    this.#state = stateFromParams(new URLSearchParams(location.search));
    this.#input.value = this.#state.query;
    this.#sort.value = this.#state.sort;
    this.#typing = false;
    this.#shown = PAGE_SIZE;
    // Filters in the address: show them (and their counts) once the filter code has loaded.
    if (hasFilters(this.#state) && !this.#facetsLoading) void this.#loadFacets().then(() => this.#run());
  }

  /** Puts the search in the address: a new entry to go back to, or a correction of this one. */
  #remember(how: 'push' | 'replace'): void {
    const params = paramsFromState(this.#state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  #choose(key: FacetKey, value: string, chosen: boolean): void {
    const values = this.#state.filters[key].filter((v) => v !== value);
    this.#state.filters[key] = chosen ? [...values, value] : values;
    this.#shown = PAGE_SIZE;
    this.#remember('push');
    this.#typing = false;
    void this.#run();
  }

  #pagefind(): Promise<Pagefind> {
    return loadPagefind(this.#config.bundle, this.#config.parts);
  }

  #loadFacets(): Promise<FacetPanel> {
    this.#facetsLoading ??= (async () => {
      const [{ FacetPanel }, pagefind] = await Promise.all([import('./facet-panel.ts'), this.#pagefind()]);
      const panel = new FacetPanel(
        this.querySelector('[data-facets]')!,
        this.querySelector('[data-chosen]')!,
        (key, value, chosen) => this.#choose(key, value, chosen),
      );
      panel.fill(await pagefind.filters());
      this.#facets = panel;
      return panel;
    })();
    return this.#facetsLoading;
  }

  async #run(): Promise<void> {
    const generation = ++this.#generation;
    const state = structuredClone(this.#state);
    document.title = state.query.trim() ? `${state.query.trim()} – ${this.#baseTitle}` : this.#baseTitle;
    if (!state.query.trim() && !hasFilters(state)) {
      this.#show(generation, state, { items: [], summary: '', note: '', total: 0 });
      this.#facets?.update(state);
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#pagefind();
    } catch (error) {
      this.querySelector<HTMLElement>('[data-search-failed]')!.hidden = false;
      this.#status.textContent = '';
      throw error;
    }
    let plan = state.query.trim() ? planQuery(state.query, this.#spellings) : undefined;
    if (plan?.pagefind === '' && !hasFilters(state)) {
      // One letter so far: nothing worth showing yet.
      this.#show(generation, state, { items: [], summary: '', note: '', total: 0 });
      return;
    }
    const options = { filters: pagefindFilters(state), sort: pagefindSort(state) };
    let response = await pagefind.search(plan?.pagefind || null, options);
    let shown = await this.#data(response);
    let correction: string | undefined;
    const unmatched = plan
      ? unmatchedWords(state.query, matchedWords(shown), (word) => plan!.spellingWords.has(word))
      : [];
    if (unmatched.length > 0) {
      const [{ correctQuery }, vocabulary] = await Promise.all([
        import('../../lib/search/suggest.ts'),
        this.#vocabularyFor(unmatched),
      ]);
      correction = correctQuery(state.query, new Set(unmatched), vocabulary);
      const corrected = correction ? planQuery(correction, this.#spellings) : undefined;
      const retry = corrected ? await pagefind.search(corrected.pagefind, options) : undefined;
      if (retry && retry.results.length > 0) [plan, response, shown] = [corrected, retry, await this.#data(retry)];
      else correction = undefined;
    }
    if (generation !== this.#generation) return;
    const items = shown.map((data) => {
      const words = data.content.split(/\s+/).filter(Boolean);
      return renderResult(data, bestPassage(data, spellingLocations(words, plan?.groups ?? [])));
    });
    const facets = this.#facets;
    const counts = facets ? await this.#facetCounts(pagefind, plan, state, response) : undefined;
    if (generation !== this.#generation) return;
    const summary = this.#summary(state, response.results.length, correction);
    this.#show(generation, state, {
      items,
      summary,
      note: this.#spellingNote(state, plan),
      total: response.results.length,
    });
    facets?.update(state, counts);
  }

  /**
   * Counts per value for the current results. A facet matched by "any" value is counted as if
   * its own choices were not made, so choosing 2018 still shows how many are from 2024.
   */
  async #facetCounts(
    pagefind: Pagefind,
    plan: PlannedQuery | undefined,
    state: SearchState,
    response: PagefindResponse,
  ): Promise<FilterCounts> {
    const counts = { ...response.filters };
    for (const { key, match } of FACETS) {
      if (match !== 'any' || state.filters[key].length === 0) continue;
      const wider = await pagefind.search(plan?.pagefind || null, { filters: pagefindFilters(state, key) });
      counts[key] = wider.filters[key] ?? {};
    }
    return counts;
  }

  #data(response: PagefindResponse): Promise<PagefindResultData[]> {
    return Promise.all(response.results.slice(0, this.#shown).map((result) => result.data()));
  }

  /** The vocabulary for words' first letters, one small file per letter, each fetched once. */
  async #vocabularyFor(words: readonly string[]): Promise<string[]> {
    const shards = [...new Set(words.map(vocabularyShard))].map((shard) => {
      let words = this.#vocabulary.get(shard);
      if (!words) {
        words = fetch(`${this.#config.vocabulary}${shard}.json`)
          .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
          .catch(() => []);
        this.#vocabulary.set(shard, words);
      }
      return words;
    });
    return (await Promise.all(shards)).flat();
  }

  #summary(state: SearchState, total: number, correction: string | undefined): string {
    const query = state.query.trim();
    const filtered = hasFilters(state) ? ' with the chosen filters' : '';
    const articles = plural(total, 'article', 'articles');
    if (correction) return `No article matches “${query}”. Showing ${articles} for “${correction}”${filtered}.`;
    if (total === 0)
      return query ? `No article matches “${query}”${filtered}.` : `No article matches the chosen filters.`;
    return query
      ? `${articles} ${total === 1 ? 'matches' : 'match'} “${query}”${filtered}.`
      : `${articles} match the chosen filters.`;
  }

  /** Says which other spellings were searched, so a result without the typed word makes sense. */
  #spellingNote(state: SearchState, plan: PlannedQuery | undefined): string {
    const typed = state.query.toLowerCase();
    const others = (plan?.groups ?? []).flatMap((group) =>
      group.filter((spelling) => !typed.includes(spelling.toLowerCase())),
    );
    if (others.length === 0) return '';
    const shown = others.slice(0, MAX_SPELLINGS_NAMED);
    return `Also searched: ${shown.join(', ')}${others.length > shown.length ? ', …' : ''}.`;
  }

  #show(generation: number, state: SearchState, view: View): void {
    if (generation !== this.#generation) return;
    this.#results.replaceChildren(...view.items);
    this.#status.textContent = view.summary;
    const note = this.querySelector<HTMLElement>('[data-note]')!;
    note.textContent = view.note;
    note.hidden = !view.note;
    this.querySelector<HTMLElement>('[data-no-results]')!.hidden = !view.summary || view.total > 0;
    this.#more.hidden = view.total <= view.items.length;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.#announcer.textContent = view.summary), ANNOUNCE_DELAY_MS);
    // For tests and the benchmark: the results for this query are in the page.
    this.dispatchEvent(new CustomEvent('search-rendered', { detail: { query: state.query, total: view.total } }));
  }

  #resultLinks(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('h2 a')];
  }
}

customElements.define('search-page', SearchPage);
