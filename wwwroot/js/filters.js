// Filter controls: relation types, statuses, the "as of" date slider and the two alignment poles.
// They only collect choices; main.js turns them into a graph(...) query.

import { byName, el, humanize, replaceChildren } from './dom.js';
import { STATUSES, STATUS_STYLES } from './encodings.js';
import { lineSample } from './legend.js';

const STEP_HELP = 'The slider steps through the days on which a relation begins or has just ended. On a chosen day only the relations '
  + 'in force count; relations the sources give no date for are left out unless the box above is ticked.';

/**
 * Owns #type-filters, #status-filters, #narrative, #as-of, #pole-a and #pole-b; calls onChange() or onPolesChange()
 * on every change. `narratives` is false when the server cannot filter by claimant (then only "confirmed only").
 */
export class Filters {
  constructor({ relationTypes, actors, dates = [], typeColor, onChange, onPolesChange, narratives = true, poles = [], defaultPoles = null }) {
    this.onChange = onChange;
    this.narratives = narratives;
    this.actorNames = new Map(actors.map(a => [a.id, a.name]));
    this.onPolesChange = onPolesChange;
    this.typeNames = relationTypes.map(t => t.name).sort();
    this.dates = dates;
    this.exact = null;
    this.buildTypes(relationTypes, typeColor);
    this.buildStatuses();
    this.buildSlider();
    this.buildPoles(actors, poles, defaultPoles);
    this.narrative = document.getElementById('narrative');
    this.narrative.addEventListener('change', () => this.onChange());
    this.buildNarratives();
    this.level = document.getElementById('level');
    this.level.addEventListener('change', () => this.onChange());
    this.undated = document.getElementById('include-undated');
    this.undated.addEventListener('change', () => { if (this.asOf()) this.onChange(); });
  }

  /** The current choices as graph(...) arguments; null means "no filter" for that argument. */
  current() {
    const types = checked('#type-filters');
    const status = checked('#status-filters');
    const narrative = this.narrative.value || 'all';
    // "Confirmed only" narrows whatever the status boxes allow; an account is the claimant's own relations.
    const narrowed = narrative === 'confirmed' ? status.filter(s => s === 'CONFIRMED') : status;
    const asOf = this.asOf();
    return {
      types: types.length === this.typeNames.length ? null : types,
      status: narrowed.length === STATUSES.length ? null : narrowed,
      claimedBy: narrative.startsWith('claimed:') ? narrative.slice('claimed:'.length) : null,
      narrative,
      asOf,
      // Without a date every relation counts, dated or not: the box matters only on a chosen day.
      includeUndated: this.undated.checked && asOf ? true : null,
      level: this.level.value === 'STATES' ? 'STATES' : null,
      poles: [this.poleA.value, this.poleB.value],
    };
  }

  /** The narratives offered: every claim, confirmed only, and each pole's own account. */
  narrativeOptions() {
    const options = [['all', 'All claims'], ['confirmed', 'Confirmed only']];
    if (this.narratives) {
      for (const id of [this.poleA.value, this.poleB.value]) options.push([`claimed:${id}`, `${this.actorNames.get(id) ?? id}\u2019s account`]);
    }
    return options;
  }

  // Rebuilt when the poles change, keeping the choice if it is still offered.
  buildNarratives() {
    const previous = this.narrative.value || 'all';
    const options = this.narrativeOptions();
    replaceChildren(this.narrative, options.map(([value, label]) => el('option', { value }, label)));
    this.narrative.value = options.some(([v]) => v === previous) ? previous : 'all';
  }

  /** Restores choices read from a link; unknown values are ignored. Does not call onChange. */
  apply({ poles, types, status, narrative, asOf, undated, level }) {
    if (poles?.length === 2 && poles[0] !== poles[1] && poles.every(id => this.actorNames.has(id))) {
      [this.poleA.value, this.poleB.value] = poles;
      this.prev = { a: poles[0], b: poles[1] };
    }
    const tick = (selector, values) => document.querySelectorAll(`${selector} input[type=checkbox]`)
      .forEach(i => { i.checked = values.includes(i.value); });
    if (types) tick('#type-filters', types);
    if (status) tick('#status-filters', status);
    this.buildNarratives();
    if (narrative && this.narrativeOptions().some(([v]) => v === narrative)) this.narrative.value = narrative;
    if (asOf !== undefined) this.setAsOf(asOf);
    if (undated !== undefined) this.undated.checked = undated;
    if (level !== undefined) this.level.value = level;
  }

  /**
   * Sets every choice to the link's, and what the link leaves out to the default (all types and statuses, every
   * claim, all dates, the default poles): the state of a history entry or of a hash typed in. Does not call onChange.
   */
  restore(link) {
    const poles = link.poles?.length === 2 && link.poles[0] !== link.poles[1] && link.poles.every(id => this.actorNames.has(id))
      ? link.poles : [this.defaults.a, this.defaults.b];
    [this.poleA.value, this.poleB.value] = poles;
    this.prev = { a: this.poleA.value, b: this.poleB.value };
    const tick = (selector, values) => document.querySelectorAll(`${selector} input[type=checkbox]`)
      .forEach(i => { i.checked = values ? values.includes(i.value) : true; });
    tick('#type-filters', link.types);
    tick('#status-filters', link.status);
    this.buildNarratives();
    this.narrative.value = link.narrative && this.narrativeOptions().some(([v]) => v === link.narrative) ? link.narrative : 'all';
    this.setAsOf(link.asOf ?? null);
    this.undated.checked = Boolean(link.undated);
    this.level.value = link.level ?? 'EVERYONE';
  }

  /** The choices worth putting in a link (null: the default). */
  linkState() {
    const types = checked('#type-filters');
    const status = checked('#status-filters');
    return {
      poles: [this.poleA.value, this.poleB.value],
      types: types.length === this.typeNames.length ? null : types,
      status: status.length === STATUSES.length ? null : status,
      narrative: this.narrative.value,
      asOf: this.asOf(),
      undated: this.undated.checked,
      level: this.level.value === 'STATES' ? 'STATES' : null,
    };
  }

  /**
   * Moves the slider to `iso` (null: all dates). A day between two steps keeps its date (a link's asOf is kept as
   * written) and places the slider on the step before it, whose drawing is the same.
   */
  setAsOf(iso) {
    if (!this.dates.length) return;
    let i = this.dates.length;
    this.exact = null;
    if (iso) {
      i = Math.max(0, this.dates.findLastIndex(d => d <= iso));
      if (this.dates[i] !== iso) this.exact = iso;
    }
    this.slider.value = String(i);
    this.showAsOf();
  }

  poleNames() {
    return { a: selectedText(this.poleA), b: selectedText(this.poleB) };
  }

  buildTypes(relationTypes, typeColor) {
    const box = document.getElementById('type-filters');
    const list = el('div', { class: 'check-list' }, [...relationTypes]
      .sort(byName)
      .map(t => el('label', { class: 'check', title: t.description },
        el('input', { type: 'checkbox', name: 'type', value: t.name, checked: true, onchange: () => this.onChange() }),
        el('span', { class: 'type-dot', style: { background: typeColor(t.name) } }),
        humanize(t.name))));
    const setAll = on => () => {
      box.querySelectorAll('input[type=checkbox]').forEach(i => { i.checked = on; });
      this.onChange();
    };
    replaceChildren(box,
      el('legend', {}, 'Relation types ', el('span', { class: 'muted' }, '(edge colour)')),
      el('div', { class: 'mini-buttons' },
        el('button', { type: 'button', class: 'mini', onclick: setAll(true) }, 'All'),
        el('button', { type: 'button', class: 'mini', onclick: setAll(false) }, 'None')),
      list);
  }

  buildStatuses() {
    const box = document.getElementById('status-filters');
    replaceChildren(box,
      el('legend', {}, 'Status ', el('span', { class: 'muted' }, '(edge line)')),
      el('div', { class: 'check-list' }, STATUSES.map(s => el('label', { class: 'check', title: STATUS_STYLES[s].label },
        el('input', { type: 'checkbox', name: 'status', value: s, checked: true, onchange: () => this.onChange() }),
        lineSample(s, '#4b5563'),
        STATUS_STYLES[s].label.split(' (')[0]))));
  }

  /**
   * The days on which what holds changes, a large graph's arriving page by page: the slider keeps its date.
   * `partial` (how many relations the dates were read from) says the list may still be short.
   */
  setDateRange({ dates }, partial = null) {
    const asOf = this.asOf();
    this.dates = dates;
    this.slider.disabled = !dates.length;
    if (dates.length) {
      this.slider.max = String(dates.length);
      this.showBounds();
      this.setAsOf(asOf);
    }
    const help = document.getElementById('as-of-help');
    if (help && partial) help.textContent = `Dates read from the first ${partial.toLocaleString('en-US')} relations (the API has no summary of dates). ${STEP_HELP}`;
  }

  // Positions 0..n-1 are the days on which a relation begins or has just ended, in order; n is "all dates". Steps
  // rather than calendar days: a relation in force since 1789 would leave the weeks of a crisis a sliver of the track.
  buildSlider() {
    this.slider = document.getElementById('as-of');
    this.output = document.getElementById('as-of-value');
    if (!this.dates.length) {
      this.slider.disabled = true;
      this.output.textContent = 'all dates (no dated relations)';
      return;
    }
    this.slider.min = '0';
    this.slider.max = String(this.dates.length);
    this.slider.step = '1';
    this.slider.value = this.slider.max;
    this.showBounds();
    let timer = null;
    this.slider.addEventListener('input', () => {
      this.exact = null;
      this.showAsOf();
      clearTimeout(timer);
      // A drag is one change for the history: its steps replace the current entry.
      timer = setTimeout(() => this.onChange({ rapid: true }), 180);
    });
    this.slider.addEventListener('change', () => { clearTimeout(timer); this.exact = null; this.showAsOf(); this.onChange({ rapid: true }); });
    this.showAsOf();
  }

  showBounds() {
    replaceChildren(document.getElementById('as-of-bounds'), el('span', {}, this.dates[0]),
      el('span', {}, `${this.dates.length.toLocaleString('en-US')} steps`), el('span', {}, 'all dates'));
  }

  asOf() {
    if (!this.dates.length) return null;
    if (this.exact) return this.exact;
    const i = Number(this.slider.value);
    return i >= this.dates.length ? null : this.dates[i];
  }

  showAsOf() {
    const asOf = this.asOf();
    this.output.textContent = asOf ?? 'all dates';
    this.slider.setAttribute('aria-valuetext', asOf ? `As of ${asOf}` : 'All dates');
  }

  // `poles`: the link's or the server's (Explorer:Poles); `defaults`: the poles when those are not in the graph (the
  // page passes the two with most leverage).
  buildPoles(actors, poles, defaults) {
    this.poleA = document.getElementById('pole-a');
    this.poleB = document.getElementById('pole-b');
    const ids = new Set(actors.map(a => a.id));
    const defA = ids.has(poles[0]) ? poles[0] : defaults?.[0] ?? actors[0]?.id;
    const defB = ids.has(poles[1]) && poles[1] !== defA ? poles[1] : defaults?.[1] ?? actors.find(a => a.id !== defA)?.id;
    for (const [select, chosen] of [[this.poleA, defA], [this.poleB, defB]]) {
      replaceChildren(select, actors.map(a => el('option', { value: a.id, selected: a.id === chosen }, a.name)));
      select.value = chosen ?? '';
    }
    this.defaults = { a: this.poleA.value, b: this.poleB.value };
    // Choosing the other pole's actor swaps the two, so the poles never coincide.
    this.prev = { a: this.poleA.value, b: this.poleB.value };
    const changed = (select, other, previousOfSelect) => {
      if (select.value === other.value) other.value = this.prev[previousOfSelect];
      this.prev = { a: this.poleA.value, b: this.poleB.value };
      this.buildNarratives();
      this.onPolesChange();
    };
    this.poleA.addEventListener('change', () => changed(this.poleA, this.poleB, 'a'));
    this.poleB.addEventListener('change', () => changed(this.poleB, this.poleA, 'b'));
    document.getElementById('swap-poles')?.addEventListener('click', () => {
      [this.poleA.value, this.poleB.value] = [this.poleB.value, this.poleA.value];
      this.prev = { a: this.poleA.value, b: this.poleB.value };
      this.buildNarratives();
      this.onPolesChange();
    });
  }
}

function checked(selector) {
  return [...document.querySelectorAll(`${selector} input[type=checkbox]:checked`)].map(i => i.value);
}

function selectedText(select) {
  return select.selectedOptions[0]?.textContent ?? select.value;
}
