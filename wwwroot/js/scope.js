// The line over the graph that says how much of the graph is drawn ("Showing 500 of 100,000 actors and 3,210 of
// 1,000,000 relations") and how the layout is getting on.

import { el, replaceChildren } from './dom.js';

const number = n => Number(n).toLocaleString('en-US');

export class ScopeLine {
  constructor(root) {
    this.root = root;
    this.counts = el('span', { class: 'scope-counts' });
    this.progress = el('span', { class: 'scope-layout', role: 'status' });
    replaceChildren(root, this.counts, this.progress);
    this.partial = false;
  }

  /** `drawn` = { actors, relations } on screen; `totals` = { actors, relations } in the graph under the filters. */
  showCounts(drawn, totals) {
    this.partial = drawn.actors < totals.actors || drawn.relations < totals.relations;
    this.root.dataset.partial = String(this.partial);
    const text = this.partial
      ? `Showing ${number(drawn.actors)} of ${number(totals.actors)} actors and ${number(drawn.relations)} of ${number(totals.relations)} relations`
      : '';
    replaceChildren(this.counts, text,
      this.partial ? el('span', { class: 'muted' }, ' \u00b7 the actors with most leverage; click one to expand it, or search') : null);
    this.root.dataset.drawnActors = String(drawn.actors);
    this.root.dataset.totalActors = String(totals.actors);
    this.root.dataset.hiddenActors = String(Math.max(0, totals.actors - drawn.actors));
    this.update();
  }

  /** `state` = { engine, running, progress, error } from the graph view. */
  showLayout(state) {
    this.root.dataset.layout = state.running ? 'running' : 'done';
    const pct = Math.round(100 * (state.progress ?? 0));
    replaceChildren(this.progress, state.error
      ? `Layout stopped: ${state.error}`
      : state.running ? [el('span', { class: 'scope-bar', 'aria-hidden': 'true' }, el('span', { style: { width: `${pct}%` } })), `Laying out\u2026 ${pct}%`] : '');
    this.update();
  }

  update() {
    this.root.hidden = !this.partial && this.root.dataset.layout !== 'running';
  }
}
