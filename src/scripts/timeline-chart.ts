/**
 * `<timeline-chart>`: the progressive enhancement of the build-time chart. The page already
 * holds a finished SVG and a complete list; this adds zoom and pan (wheel, drag, pinch via
 * d3-zoom; buttons and keys for everyone else), a draggable window on the overview strip,
 * filters that apply to chart and list together, a tooltip with the summary, and the view in
 * the address. It re-renders with the same layout and SVG code the build used.
 */
import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { filterMarks, isFiltering, ENTITY_FILTERS, type Filters } from '../lib/timeline/filter.ts';
import { chartGeometry, type ChartGeometry, type Orientation } from '../lib/timeline/geometry.ts';
import { focusScale, layoutFocus, layoutOverview, overviewScale, type Domain } from '../lib/timeline/layout.ts';
import type { TimelineMark } from '../lib/timeline/mark.ts';
import { decodeMarks, type MarksFile } from '../lib/timeline/marks-file.ts';
import { renderDefs, renderFocus, renderOverview } from '../lib/timeline/render-svg.ts';
import { readViewState, writeViewState } from '../lib/timeline/view-state.ts';
import type { SymbolPaths } from '../lib/timeline/symbols.ts';
import type { NamedWindow } from '../lib/timeline/windows.ts';

/** The page's JSON, with the marks fetched from `data-marks` (marks.json) added. */
interface ClientData {
  marks: TimelineMark[];
  full: Domain;
  opening: Domain;
  presets: NamedWindow[];
  symbols: SymbolPaths;
}

const DAY_MS = 86_400_000;

/** Matches listed at most when the filters apply to a list of several pages. */
const MATCHES_SHOWN = 100;

/**
 * On a list of several pages, the filter's matches from the whole story, by date: each a link to
 * its entry (on this page or another). `marks` undefined removes the listing.
 */
function showMatches(list: HTMLElement, marks: readonly TimelineMark[] | undefined): void {
  list.querySelector('.tl-matches')?.remove();
  if (!marks) return;
  const section = document.createElement('section');
  section.className = 'tl-matches';
  section.setAttribute('aria-labelledby', 'tl-matches-title');
  const title = document.createElement('h2');
  title.id = 'tl-matches-title';
  title.textContent = 'Matching the filters, from the whole timeline';
  const items = document.createElement('ol');
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const mark of sorted.slice(0, MATCHES_SHOWN)) {
    const item = document.createElement('li');
    const when = document.createElement('span');
    when.className = 'tl-matches-when';
    when.textContent = mark.dateText;
    const link = document.createElement('a');
    link.href = mark.href;
    link.textContent = mark.title;
    item.append(when, ' ', link);
    items.append(item);
  }
  section.append(title, items);
  if (sorted.length > MATCHES_SHOWN) {
    const more = document.createElement('p');
    more.className = 'tl-matches-more';
    more.textContent = `The first ${MATCHES_SHOWN} of ${sorted.length}, by date: narrow the filters to see the rest.`;
    section.append(more);
  }
  list.prepend(section);
}

/** The list entry a mark's link points to, if it is on this page. */
function entryOnThisPage(href: string): HTMLElement | null {
  const url = new URL(href, location.href);
  return url.pathname === location.pathname ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
}
/** The narrowest window: a few days, enough to separate a crowded week. */
const MIN_SPAN_MS = 4 * DAY_MS;
const WIDE = '(min-width: 40em)';

/** One of the two SVGs (horizontal, vertical) with its zoom behaviour. */
class ChartView {
  readonly zoom: ZoomBehavior<SVGSVGElement, unknown>;
  geometry: ChartGeometry;

  constructor(
    readonly svg: SVGSVGElement,
    readonly orientation: Orientation,
    private readonly chart: TimelineChart,
  ) {
    this.geometry = chartGeometry(orientation);
    this.zoom = d3Zoom<SVGSVGElement, unknown>()
      // Not on the overview strip (it has its own drag); plain d3 rules otherwise. Touch:
      // across, one finger pans; down the phone layout, one finger must scroll the page,
      // so the chart takes two (pinch).
      .filter((event: Event & { button?: number; ctrlKey?: boolean; touches?: TouchList }) => {
        if ((event.target as Element).closest('.tl-overview')) return false;
        if (event.type === 'touchstart' && orientation === 'vertical' && (event.touches?.length ?? 0) < 2) return false;
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const base = this.baseScale();
        const scale = orientation === 'horizontal' ? event.transform.rescaleX(base) : event.transform.rescaleY(base);
        const [from, to] = scale.domain();
        this.chart.viewChanged([from!.getTime(), to!.getTime()], event.sourceEvent !== null);
      });
    select(svg).call(this.zoom).on('dblclick.zoom', null);
  }

  /** The focus scale over the whole story: d3-zoom's transforms are relative to it. */
  baseScale() {
    return focusScale(this.geometry, this.chart.full);
  }

  private range(): [number, number] {
    return this.baseScale().range() as [number, number];
  }

  resize(width: number): void {
    this.geometry = chartGeometry(this.orientation, Math.max(280, Math.round(width)));
    const { width: w, height: h, focus } = this.geometry;
    this.svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    const [r0, r1] = this.range();
    const span = this.chart.full[1] - this.chart.full[0];
    this.zoom
      .extent(
        this.orientation === 'horizontal'
          ? [
              [r0, focus.y0],
              [r1, focus.y1],
            ]
          : [
              [focus.x0, r0],
              [focus.x1, r1],
            ],
      )
      .translateExtent(
        this.orientation === 'horizontal'
          ? [
              [r0, -Infinity],
              [r1, Infinity],
            ]
          : [
              [-Infinity, r0],
              [Infinity, r1],
            ],
      )
      .scaleExtent([1, span / MIN_SPAN_MS]);
    const defs = this.svg.querySelector('defs');
    if (defs) defs.outerHTML = renderDefs(this.geometry, this.prefix());
  }

  prefix(): string {
    return `tl-${this.orientation[0]}`;
  }

  /** Moves the view to `domain` through d3-zoom, so gestures continue from there. */
  show(domain: Domain): void {
    const base = this.baseScale();
    const [r0] = this.range();
    const a = base(new Date(domain[0]));
    const b = base(new Date(domain[1]));
    const k = (this.range()[1] - r0) / (b - a);
    const offset = r0 - k * a;
    const transform =
      this.orientation === 'horizontal'
        ? zoomIdentity.translate(offset, 0).scale(k)
        : zoomIdentity.translate(0, offset).scale(k);
    select(this.svg).call(this.zoom.transform, transform);
  }

  draw(domain: Domain, marks: readonly TimelineMark[]): void {
    const focus = layoutFocus(marks, this.geometry, domain);
    const overview = layoutOverview(marks, this.geometry, this.chart.full, domain);
    this.svg.querySelector('.tl-focus')!.innerHTML = renderFocus(
      focus,
      this.geometry,
      this.prefix(),
      this.chart.symbols,
    );
    this.svg.querySelector('.tl-overview')!.innerHTML = renderOverview(overview, this.geometry);
  }

  /** The time under a pointer on the overview strip. */
  overviewTime(event: PointerEvent): number {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(this.svg.getScreenCTM()!.inverse());
    return overviewScale(this.geometry, this.chart.full).invert(point.x).getTime();
  }
}

class TimelineChart extends HTMLElement {
  full: Domain = [0, 1];
  symbols!: SymbolPaths;
  private data!: ClientData;
  private domain: Domain = [0, 1];
  private filters: Filters = {};
  private shown: TimelineMark[] = [];
  /** `shown` by id: a story of thousands of marks must not be searched per drawn mark. */
  private shownById = new Map<string, TimelineMark>();
  private views = new Map<Orientation, ChartView>();
  private active!: ChartView;
  private currentId: string | undefined;
  private urlTimer: number | undefined;
  private kinds: string[] = [];
  private readonly wide = matchMedia(WIDE);

  connectedCallback(): void {
    const json = this.querySelector<HTMLScriptElement>('script[data-timeline-data]')?.textContent;
    const marksUrl = this.dataset['marks'];
    if (!json || !marksUrl) return;
    // Until the marks arrive the page is as it is without JavaScript: a finished chart and list.
    void fetch(marksUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${marksUrl}: ${response.status}`);
        return response.json() as Promise<MarksFile>;
      })
      .then((file) => this.enhance({ ...(JSON.parse(json) as Omit<ClientData, 'marks'>), marks: decodeMarks(file) }));
  }

  private enhance(data: ClientData): void {
    this.data = data;
    this.full = this.data.full;
    this.symbols = this.data.symbols;
    this.kinds = [...new Set(this.data.marks.map((m) => m.category))];
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.tl-svg')) {
      const orientation: Orientation = svg.classList.contains('tl-vertical') ? 'vertical' : 'horizontal';
      this.views.set(orientation, new ChartView(svg, orientation, this));
      this.listenToSvg(svg);
    }
    const state = readViewState(location.search, { kinds: this.kinds, full: this.full });
    this.filters = state;
    this.syncFilters();
    // A shared link with filters opens with them in view.
    if (isFiltering(this.filters)) this.querySelector<HTMLDetailsElement>('[data-filter-panel]')!.open = true;
    this.applyFilters(false);
    this.domain = state.domain ?? this.data.opening;
    this.listenToControls();
    this.activate();
    this.wide.addEventListener('change', () => this.activate());
    new ResizeObserver(() => this.activate()).observe(this.querySelector('[data-canvas]')!);
    this.classList.add('is-enhanced');
  }

  /** Sizes the visible orientation to its box and draws the current view in it. */
  private activate(): void {
    const orientation: Orientation = this.wide.matches ? 'horizontal' : 'vertical';
    const view = this.views.get(orientation);
    if (!view) return;
    this.active = view;
    view.resize(this.querySelector<HTMLElement>('[data-canvas]')!.clientWidth);
    view.show(this.domain);
  }

  /** Called for every zoom, pan and programmatic move. */
  viewChanged(domain: Domain, byGesture: boolean): void {
    this.domain = domain;
    this.draw();
    if (byGesture) this.hideTooltip();
    this.scheduleUrl();
  }

  private setDomain(domain: Domain): void {
    const span = Math.min(this.full[1] - this.full[0], Math.max(MIN_SPAN_MS, domain[1] - domain[0]));
    let from = Math.max(this.full[0], domain[0]);
    from = Math.min(from, this.full[1] - span);
    this.active.show([from, from + span]);
  }

  private draw(): void {
    const focused = this.active.svg.contains(document.activeElement)
      ? (document.activeElement as Element).getAttribute('data-id')
      : null;
    this.active.draw(this.domain, this.shown);
    const marks = [...this.active.svg.querySelectorAll<SVGAElement>('.tl-mark')];
    const current = marks.find((m) => m.dataset['id'] === this.currentId) ?? marks[0];
    for (const mark of marks) mark.setAttribute('tabindex', mark === current ? '0' : '-1');
    if (focused) this.active.svg.querySelector<SVGAElement>(`.tl-mark[data-id="${CSS.escape(focused)}"]`)?.focus();
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      const [from, to] = button.dataset['preset']!.split(',').map(Number);
      const same = Math.abs(from! - this.domain[0]) < DAY_MS && Math.abs(to! - this.domain[1]) < DAY_MS;
      button.setAttribute('aria-pressed', String(same));
    }
  }

  // --- Controls -----------------------------------------------------------------------------

  private zoomBy(factor: number, around?: number): void {
    const [from, to] = this.domain;
    const centre = around ?? (from + to) / 2;
    this.setDomain([centre - (centre - from) / factor, centre + (to - centre) / factor]);
  }

  private panBy(fraction: number): void {
    const shift = (this.domain[1] - this.domain[0]) * fraction;
    this.setDomain([this.domain[0] + shift, this.domain[1] + shift]);
  }

  private listenToControls(): void {
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action], button[data-preset]');
      if (!button) return;
      const action = button.dataset['action'];
      if (action === 'zoom-in') this.zoomBy(2);
      else if (action === 'zoom-out') this.zoomBy(0.5);
      else if (action === 'earlier') this.panBy(-0.5);
      else if (action === 'later') this.panBy(0.5);
      else if (button.dataset['preset']) {
        const [from, to] = button.dataset['preset'].split(',').map(Number);
        this.setDomain([from!, to!]);
      }
    });
    const panel = this.querySelector<HTMLElement>('[data-filters]')!;
    panel.addEventListener('change', () => this.readFilters(panel));
    panel.querySelector('[data-clear]')!.addEventListener('click', () => {
      this.filters = {};
      this.syncFilters();
      this.applyFilters(true);
      this.scheduleUrl();
    });
  }

  private readFilters(panel: HTMLElement): void {
    const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[data-kind]')];
    const kinds = new Set(boxes.filter((box) => box.checked).map((box) => box.dataset['kind']!));
    const filters: Filters = { kinds: kinds.size === boxes.length ? undefined : kinds };
    for (const select of panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      filters[select.dataset['filter'] as (typeof ENTITY_FILTERS)[number] | 'publisher'] = select.value || undefined;
    }
    this.filters = filters;
    this.applyFilters(true);
    this.scheduleUrl();
  }

  /** Puts the filters into the controls (from the address, or cleared). */
  private syncFilters(): void {
    const panel = this.querySelector<HTMLElement>('[data-filters]')!;
    for (const box of panel.querySelectorAll<HTMLInputElement>('input[data-kind]')) {
      box.checked = !this.filters.kinds || this.filters.kinds.has(box.dataset['kind']!);
    }
    for (const key of [...ENTITY_FILTERS, 'publisher'] as const) {
      const select = panel.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
      if (!select) continue;
      const value = this.filters[key] ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
      if (select.value === '') this.filters[key] = undefined;
    }
  }

  /** Filters chart and list together, and says what is shown. */
  private applyFilters(redraw: boolean): void {
    this.shown = filterMarks(this.data.marks, this.filters);
    this.shownById = new Map(this.shown.map((m) => [m.id, m]));
    const kept = new Set(this.shown.map((m) => m.id));
    const list = document.getElementById(this.dataset['list'] ?? '');
    // A list of several pages holds only some of the matches: list them all (up to a point) instead.
    const across = Number(list?.dataset['pages'] ?? 1) > 1 && isFiltering(this.filters);
    for (const item of list?.querySelectorAll<HTMLElement>('.tl-item') ?? [])
      item.hidden = !kept.has(item.dataset['id'] ?? '');
    for (const year of list?.querySelectorAll<HTMLElement>('.tl-year') ?? []) {
      year.hidden = across || !year.querySelector('.tl-item:not([hidden])');
    }
    if (list) showMatches(list, across ? this.shown : undefined);
    const count = (marks: TimelineMark[], kind: string) => marks.filter((m) => m.kind === kind).length;
    const status = this.querySelector('[data-status]')!;
    const events = `${count(this.shown, 'event')} of ${count(this.data.marks, 'event')} events`;
    const articles = `${count(this.shown, 'publication')} of ${count(this.data.marks, 'publication')} articles`;
    const filtering = isFiltering(this.filters);
    status.textContent = filtering ? `Showing ${events} and ${articles}.` : '';
    this.querySelector<HTMLButtonElement>('[data-clear]')!.hidden = !filtering;
    if (redraw) this.draw();
  }

  private scheduleUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => {
      const search = writeViewState(location.search, { ...this.filters, domain: this.domain }, this.kinds);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }, 250);
  }

  // --- Chart: keys, overview drag, tooltip ---------------------------------------------------

  private listenToSvg(svg: SVGSVGElement): void {
    svg.addEventListener('keydown', (event) => this.onKey(event));
    svg.addEventListener('focusin', (event) => {
      const mark = (event.target as Element).closest<SVGAElement>('.tl-mark');
      if (!mark) return;
      this.currentId = mark.dataset['id'];
      for (const other of svg.querySelectorAll('.tl-mark')) other.setAttribute('tabindex', other === mark ? '0' : '-1');
      this.showTooltip(mark);
    });
    svg.addEventListener('focusout', () => this.hideTooltip());
    svg.addEventListener('pointerover', (event) => {
      const mark = (event.target as Element).closest<SVGAElement>('.tl-mark');
      if (mark && event.pointerType === 'mouse') this.showTooltip(mark);
    });
    svg.addEventListener('pointerout', (event) => {
      if ((event.target as Element).closest('.tl-mark') && event.pointerType === 'mouse') this.hideTooltip();
    });
    svg.addEventListener('click', (event) => {
      const mark = (event.target as Element).closest<SVGAElement>('.tl-mark');
      if (!mark) return;
      // The link scrolls the list to the item (or opens the list's page that holds it); moving
      // focus there too lets keyboard and screen-reader users carry on reading where the chart
      // sent them.
      const target = entryOnThisPage(mark.getAttribute('href')!);
      requestAnimationFrame(() => target?.focus({ preventScroll: true }));
    });
    this.listenToOverview(svg);
  }

  private onKey(event: KeyboardEvent): void {
    const mark = (event.target as Element).closest<SVGAElement>('.tl-mark');
    if (!mark) return;
    const marks = [...this.active.svg.querySelectorAll<SVGAElement>('.tl-mark')];
    const byTime = marks
      .map((element) => ({ element, mark: this.shownById.get(element.dataset['id']!)! }))
      .sort((a, b) => a.mark.start - b.mark.start || a.mark.end - b.mark.end);
    const index = byTime.findIndex((entry) => entry.element === mark);
    const here = byTime[index]!.mark;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(byTime.length - 1, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = byTime.length - 1;
        break;
      case '+':
      case '=':
        this.zoomBy(2, (here.start + here.end) / 2);
        break;
      case '-':
      case '_':
        this.zoomBy(0.5, (here.start + here.end) / 2);
        break;
      case 'Escape':
        this.hideTooltip();
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next !== undefined) byTime[next]!.element.focus();
  }

  private listenToOverview(svg: SVGSVGElement): void {
    let grab: number | undefined;
    svg.addEventListener('pointerdown', (event) => {
      if (!(event.target as Element).closest('.tl-overview') || event.button !== 0) return;
      const view = this.active;
      const time = view.overviewTime(event);
      const [from, to] = this.domain;
      if (time < from || time > to) {
        // Jump: centre the window where the reader pressed.
        const half = (to - from) / 2;
        this.setDomain([time - half, time + half]);
      }
      grab = time - this.domain[0];
      svg.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    svg.addEventListener('pointermove', (event) => {
      if (grab === undefined) return;
      const from = this.active.overviewTime(event) - grab;
      this.setDomain([from, from + (this.domain[1] - this.domain[0])]);
    });
    const release = () => {
      grab = undefined;
    };
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
  }

  private tooltip(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-tooltip]')!;
  }

  private showTooltip(element: SVGAElement): void {
    const mark = this.shownById.get(element.dataset['id']!);
    if (!mark) return;
    const tip = this.tooltip();
    // The summary is in the list when the entry is on this page of it.
    const summary = entryOnThisPage(mark.href)?.querySelector('.tl-summary')?.textContent ?? '';
    tip.replaceChildren();
    const when = document.createElement('p');
    when.className = 'tl-tip-when';
    when.textContent = mark.dateText;
    const title = document.createElement('p');
    title.className = 'tl-tip-title';
    title.textContent = mark.title;
    const text = document.createElement('p');
    text.textContent = summary;
    tip.append(when, title, text);
    tip.hidden = false;
    element.setAttribute('aria-describedby', tip.id);
    // Beside the symbol, inside the canvas, above it when there is room.
    const canvas = this.querySelector<HTMLElement>('[data-canvas]')!.getBoundingClientRect();
    const symbol = (element.querySelector('.tl-symbol') ?? element).getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(0, symbol.left + symbol.width / 2 - canvas.left - width / 2), canvas.width - width);
    const above = symbol.top - canvas.top - tip.offsetHeight - 8;
    const top = above >= 0 ? above : symbol.bottom - canvas.top + 8;
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private hideTooltip(): void {
    const tip = this.tooltip();
    tip.hidden = true;
    this.querySelectorAll('[aria-describedby="tl-tooltip"]').forEach((el) => el.removeAttribute('aria-describedby'));
  }
}

customElements.define('timeline-chart', TimelineChart);
