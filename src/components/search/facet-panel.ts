/**
 * The filter disclosures (publisher, year, people, places, organisations): a checkbox per value
 * with the number of results it would leave, values with none hidden, and the chosen filters
 * repeated as buttons that remove them. The search page loads this module and the filter data
 * the first time a disclosure is opened (or a filter is in the address), so a plain search
 * loads neither.
 */
import { FACETS, type FacetKey } from '../../lib/search/filters.ts';
import type { SearchState } from '../../lib/search/search-state.ts';
import type { FilterCounts } from './pagefind-api.ts';

export type FacetChange = (key: FacetKey, value: string, chosen: boolean) => void;

interface Row {
  item: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLSpanElement;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export class FacetPanel {
  readonly #root: HTMLElement;
  readonly #chosen: HTMLElement;
  readonly #onChange: FacetChange;
  readonly #rows = new Map<FacetKey, Map<string, Row>>();
  /** Counts over every article: what the filters offer before anything is searched. */
  #totals: FilterCounts = {};

  constructor(root: HTMLElement, chosen: HTMLElement, onChange: FacetChange) {
    this.#root = root;
    this.#chosen = chosen;
    this.#onChange = onChange;
    root.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === 'checkbox') this.#onChange(input.name as FacetKey, input.value, input.checked);
    });
    chosen.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest('button');
      if (!button?.dataset['key']) return;
      // Focus moves to the next chip, or back to the disclosure, so it is not lost with the button.
      const next = (button.nextElementSibling ?? button.previousElementSibling) as HTMLElement | null;
      (next ?? this.#summary(button.dataset['key'] as FacetKey))?.focus();
      this.#onChange(button.dataset['key'] as FacetKey, button.dataset['value']!, false);
    });
  }

  /** Builds a checkbox for every value in the index. */
  fill(totals: FilterCounts): void {
    this.#totals = totals;
    for (const { key } of FACETS) {
      const list = this.#root.querySelector<HTMLUListElement>(`[data-facet="${key}"] ul`)!;
      const values = Object.keys(totals[key] ?? {}).sort((a, b) =>
        key === 'year' ? collator.compare(b, a) : collator.compare(a, b),
      );
      const rows = new Map<string, Row>();
      list.replaceChildren(
        ...values.map((value) => {
          const item = document.createElement('li');
          const label = document.createElement('label');
          const input = document.createElement('input');
          input.type = 'checkbox';
          input.name = key;
          input.value = value;
          const count = document.createElement('span');
          count.className = 'count';
          label.append(input, ` ${value} `, count);
          item.append(label);
          rows.set(value, { item, input, count });
          return item;
        }),
      );
      this.#rows.set(key, rows);
    }
  }

  /** Shows the counts for the current results (all articles when nothing is searched) and the choices. */
  update(state: SearchState, counts: FilterCounts = this.#totals): void {
    for (const { key } of FACETS) {
      const chosen = state.filters[key];
      for (const [value, row] of this.#rows.get(key) ?? []) {
        const n = counts[key]?.[value] ?? 0;
        row.input.checked = chosen.includes(value);
        row.count.textContent = `(${n})`;
        row.item.hidden = n === 0 && !row.input.checked;
      }
      const summary = this.#summary(key);
      const badge = summary?.querySelector('[data-chosen-count]');
      if (badge) badge.textContent = chosen.length > 0 ? ` · ${chosen.length} chosen` : '';
      const empty = this.#root.querySelector<HTMLElement>(`[data-facet="${key}"] [data-empty]`);
      if (empty) empty.hidden = [...(this.#rows.get(key)?.values() ?? [])].some((row) => !row.item.hidden);
    }
    this.#renderChosen(state);
  }

  #summary(key: FacetKey): HTMLElement | null {
    return this.#root.querySelector<HTMLElement>(`[data-facet="${key}"] summary`);
  }

  #renderChosen(state: SearchState): void {
    const buttons = FACETS.flatMap(({ key, label }) =>
      state.filters[key].map((value) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.dataset['key'] = key;
        button.dataset['value'] = value;
        button.setAttribute('aria-label', `Remove filter ${label}: ${value}`);
        button.textContent = `${value} ×`;
        return button;
      }),
    );
    const focused = document.activeElement;
    const keep = focused instanceof HTMLButtonElement && this.#chosen.contains(focused) ? focused.dataset : undefined;
    this.#chosen.replaceChildren(...buttons);
    this.#chosen.hidden = buttons.length === 0;
    if (keep) buttons.find((b) => b.dataset['key'] === keep['key'] && b.dataset['value'] === keep['value'])?.focus();
  }
}
