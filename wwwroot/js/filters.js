// Filter controls: relation types, statuses, the "as of" date slider and the two alignment poles.
// They only collect choices; main.js turns them into a graph(...) query.

import { el, humanize, replaceChildren } from './dom.js';
import { STATUSES, STATUS_STYLES } from './encodings.js';
import { lineSample } from './legend.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Owns #type-filters, #status-filters, #as-of, #pole-a and #pole-b; calls onChange() or onPolesChange() on every change. */
export class Filters {
  constructor({ relationTypes, actors, firstDate, lastDate, typeColor, onChange, onPolesChange }) {
    this.onChange = onChange;
    this.onPolesChange = onPolesChange;
    this.typeNames = relationTypes.map(t => t.name).sort();
    this.first = firstDate;
    this.days = firstDate && lastDate ? Math.round((parse(lastDate) - parse(firstDate)) / DAY_MS) : -1;
    this.buildTypes(relationTypes, typeColor);
    this.buildStatuses();
    this.buildSlider(firstDate, lastDate);
    this.buildPoles(actors);
  }

  /** The current choices as graph(...) arguments; null means "no filter" for that argument. */
  current() {
    const types = checked('#type-filters');
    const status = checked('#status-filters');
    return {
      types: types.length === this.typeNames.length ? null : types,
      status: status.length === STATUSES.length ? null : status,
      asOf: this.asOf(),
      poles: [this.poleA.value, this.poleB.value],
    };
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
      timer = setTimeout(() => this.onChange(), 180);
    });
    this.slider.addEventListener('change', () => { clearTimeout(timer); this.onChange(); });
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

  buildPoles(actors) {
    this.poleA = document.getElementById('pole-a');
    this.poleB = document.getElementById('pole-b');
    const ids = new Set(actors.map(a => a.id));
    const defA = ids.has('india') ? 'india' : actors[0]?.id;
    const defB = ids.has('pakistan') ? 'pakistan' : actors[1]?.id;
    for (const [select, chosen] of [[this.poleA, defA], [this.poleB, defB]]) {
      replaceChildren(select, actors.map(a => el('option', { value: a.id, selected: a.id === chosen }, a.name)));
      select.value = chosen ?? '';
    }
    // Choosing the other pole's actor swaps the two, so the poles never coincide.
    const prev = { a: this.poleA.value, b: this.poleB.value };
    const changed = (select, other, previousOfSelect) => {
      if (select.value === other.value) other.value = prev[previousOfSelect];
      prev.a = this.poleA.value;
      prev.b = this.poleB.value;
      this.onPolesChange();
    };
    this.poleA.addEventListener('change', () => changed(this.poleA, this.poleB, 'a'));
    this.poleB.addEventListener('change', () => changed(this.poleB, this.poleA, 'b'));
    document.getElementById('swap-poles')?.addEventListener('click', () => {
      [this.poleA.value, this.poleB.value] = [this.poleB.value, this.poleA.value];
      prev.a = this.poleA.value;
      prev.b = this.poleB.value;
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
