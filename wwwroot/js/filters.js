// Filter controls: relation types, statuses, the "as of" date slider and the two alignment poles.
// They only collect choices; main.js turns them into a graph(...) query.

import { el, humanize, replaceChildren } from './dom.js';
import { STATUSES, STATUS_STYLES } from './encodings.js';
import { lineSample } from './legend.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Owns #type-filters, #status-filters, #narrative, #as-of, #pole-a and #pole-b; calls onChange() or onPolesChange()
 * on every change. `narratives` is false when the server cannot filter by claimant (then only "confirmed only").
 */
export class Filters {
  constructor({ relationTypes, actors, firstDate, lastDate, typeColor, onChange, onPolesChange, narratives = true, poles = [], defaultPoles = null }) {
    this.onChange = onChange;
    this.narratives = narratives;
    this.actorNames = new Map(actors.map(a => [a.id, a.name]));
    this.onPolesChange = onPolesChange;
    this.typeNames = relationTypes.map(t => t.name).sort();
    this.first = firstDate;
    this.days = firstDate && lastDate ? Math.round((parse(lastDate) - parse(firstDate)) / DAY_MS) : -1;
    this.buildTypes(relationTypes, typeColor);
    this.buildStatuses();
    this.buildSlider(firstDate, lastDate);
    this.buildPoles(actors, poles, defaultPoles);
    this.narrative = document.getElementById('narrative');
    this.narrative.addEventListener('change', () => this.onChange());
    this.buildNarratives();
  }

  /** The current choices as graph(...) arguments; null means "no filter" for that argument. */
  current() {
    const types = checked('#type-filters');
    const status = checked('#status-filters');
    const narrative = this.narrative.value || 'all';
    // "Confirmed only" narrows whatever the status boxes allow; an account is the claimant's own relations.
    const narrowed = narrative === 'confirmed' ? status.filter(s => s === 'CONFIRMED') : status;
    return {
      types: types.length === this.typeNames.length ? null : types,
      status: narrowed.length === STATUSES.length ? null : narrowed,
      claimedBy: narrative.startsWith('claimed:') ? narrative.slice('claimed:'.length) : null,
      narrative,
      asOf: this.asOf(),
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
  apply({ poles, types, status, narrative, asOf }) {
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
    };
  }

  /** Moves the slider to `iso` (null: all dates), clamped to the data's range. */
  setAsOf(iso) {
    if (this.days < 0) return;
    const i = iso ? Math.round((parse(iso) - parse(this.first)) / DAY_MS) : this.days + 1;
    this.slider.value = String(Math.max(0, Math.min(this.days + 1, i)));
    this.showAsOf();
  }

  poleNames() {
    return { a: selectedText(this.poleA), b: selectedText(this.poleB) };
  }

  buildTypes(relationTypes, typeColor) {
    const box = document.getElementById('type-filters');
    const list = el('div', { class: 'check-list' }, [...relationTypes]
      .sort((x, y) => x.name.localeCompare(y.name))
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
   * A new range of dates (a large graph's dates arrive page by page): the slider keeps its date. `partial` (how many
   * relations the dates were read from) says the range may still be short.
   */
  setDateRange({ firstDate, lastDate }, partial = null) {
    const asOf = this.asOf();
    this.first = firstDate;
    this.days = firstDate && lastDate ? Math.round((parse(lastDate) - parse(firstDate)) / DAY_MS) : -1;
    this.slider.disabled = this.days < 0;
    if (this.days >= 0) {
      this.slider.max = String(this.days + 1);
      replaceChildren(document.getElementById('as-of-bounds'), el('span', {}, firstDate), el('span', {}, 'all dates'));
      this.setAsOf(asOf);
    }
    const help = document.getElementById('as-of-help');
    if (help && partial) help.textContent = `Dates read from the first ${partial.toLocaleString('en-US')} relations (the API has no summary of dates). Relations in force on the chosen day (relations with no date are left out of a chosen day).`;
  }

  // Positions 0..days are calendar days from the earliest to the latest dated relation; days + 1 is "all dates".
  buildSlider(firstDate, lastDate) {
    this.slider = document.getElementById('as-of');
    this.output = document.getElementById('as-of-value');
    const bounds = document.getElementById('as-of-bounds');
    if (this.days < 0) {
      this.slider.disabled = true;
      this.output.textContent = 'all dates (no dated relations)';
      return;
    }
    this.slider.min = '0';
    this.slider.max = String(this.days + 1);
    this.slider.step = '1';
    this.slider.value = this.slider.max;
    replaceChildren(bounds, el('span', {}, firstDate), el('span', {}, 'all dates'));
    let timer = null;
    this.slider.addEventListener('input', () => {
      this.showAsOf();
      clearTimeout(timer);
      // A drag is one change for the history: its steps replace the current entry.
      timer = setTimeout(() => this.onChange({ rapid: true }), 180);
    });
    this.slider.addEventListener('change', () => { clearTimeout(timer); this.showAsOf(); this.onChange({ rapid: true }); });
    this.showAsOf();
  }

  asOf() {
    if (this.days < 0) return null;
    const i = Number(this.slider.value);
    return i > this.days ? null : format(new Date(parse(this.first) + i * DAY_MS));
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

function parse(iso) {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function format(date) {
  return date.toISOString().slice(0, 10);
}
