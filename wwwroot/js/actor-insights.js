// The actor panel's explanations: where an actor's leverage and alignment come from, its leverage over another
// actor with the paths that carry it, how it reaches another actor, and who could mediate between the two.
// Each part appears only when the server offers its query.

import {
  BREAKDOWN_ROWS, loadBreakdowns, loadLeverageHolders, loadMediators, loadPairwise, loadStrongestPaths,
} from './analysis-api.js';
import { el, replaceChildren } from './dom.js';
import { edgeId } from './merge.js';
import { formatNumber, relationPhrase, statusBadge, verbPhrase } from './panel.js';

/** `ctx` = { caps, actors() -> [{id, name}] (those the pickers offer), selectActor(id), selectEdge(id), typeColor }. */
export class ActorInsights {
  constructor(ctx) {
    this.ctx = ctx;
    this.seq = 0;
  }

  /** Appends the explanation sections for actor `id` to `body`, under the filters `f` ({ asOf, poles }). */
  async render(body, id, f) {
    const seq = ++this.seq;
    const { caps } = this.ctx;
    const host = el('div', { class: 'insights' });
    body.append(host);
    const others = this.ctx.actors().filter(a => a.id !== id);
    if (caps.has('pairwiseLeverage')) {
      host.append(this.picker('leverage-over', 'Leverage over\u2026', others, f.poles.find(p => p !== id),
        (subject, out) => this.showPairwise(id, subject, f, out)));
    }
    if (caps.has('strongestPaths')) {
      host.append(this.picker('reach', 'How does it reach\u2026', others, f.poles.find(p => p !== id),
        (to, out) => this.showReach(id, to, out)));
    }
    if (caps.has('mediators')) {
      host.append(this.picker('mediate', 'Who could mediate with\u2026', others, f.poles.find(p => p !== id),
        (b, out) => this.showMediators(id, b, f, out)));
    }
    if (caps.actorHas('leverageHolders')) {
      const out = el('div', { class: 'picker-out holders-out' }, el('p', { class: 'muted' }, 'Computing\u2026'));
      host.append(el('section', { class: 'panel-section leverage-holders' }, el('h3', {}, 'Who holds leverage over it'), out));
      this.showHolders(id, f, out, seq).catch(err => replaceChildren(out, el('p', { class: 'muted' }, err.message)));
    }
    // At state level the values are the rolled-up ones; the breakdowns explain the actors as the sources name them,
    // so they are not shown beside values they do not add up to.
    if (f.level === 'STATES' && !caps.actorHasArg('leverageBreakdown', 'level')) {
      host.prepend(el('section', { class: 'panel-section breakdown-level' }, el('h3', {}, 'Where its leverage and alignment come from'),
        el('p', { class: 'muted' }, 'At the level of states and groups the breakdown by relation is not computed: choose \u201cEveryone\u201d under Level to see it.')));
      return;
    }
    let failure = null;
    const breakdown = await loadBreakdowns(id, f, caps).catch(err => { failure = err; return null; });
    if (seq !== this.seq) return;
    if (failure) {
      // Say why rather than show nothing (e.g. a hub of a very large graph whose list is too long).
      host.prepend(el('section', { class: 'panel-section breakdown-failed' }, el('h3', {}, 'Where its leverage and alignment come from'),
        el('p', { class: 'muted' }, failure.message)));
      return;
    }
    if (!breakdown) return;
    const sections = [];
    if (breakdown.leverageBreakdown) {
      const rows = [...breakdown.leverageBreakdown].sort((x, y) => y.amount - x.amount).slice(0, BREAKDOWN_ROWS);
      const max = Math.max(...rows.map(r => r.amount), 1e-9);
      sections.push(el('section', { class: 'panel-section leverage-breakdown' },
        el('h3', {}, 'Where its leverage comes from'),
        rows.length ? el('ul', { class: 'result-list' }, rows.map(r => el('li', { dataset: { relationId: r.relation.id } },
          this.relationButton(r.relation, this.phrase(r.relation, id, r.over.name),
            el('span', { class: 'bar', style: { width: `${Math.round(60 * r.amount / max)}px` } }),
            el('span', { class: 'delta' }, formatNumber(r.amount))))))
          : el('p', { class: 'muted' }, 'No relation gives it leverage under these filters.')));
    }
    if (breakdown.alignmentBreakdown) {
      const rows = [...breakdown.alignmentBreakdown].sort((x, y) => Math.abs(y.pull) - Math.abs(x.pull)).slice(0, BREAKDOWN_ROWS);
      const max = Math.max(...rows.map(r => Math.abs(r.pull)), 1e-9);
      sections.push(el('section', { class: 'panel-section alignment-breakdown' },
        el('h3', {}, 'What pulls its alignment'),
        rows.length ? el('ul', { class: 'result-list' }, rows.map(r => el('li', { dataset: { relationId: r.relation.id } },
          this.relationButton(r.relation, this.phrase(r.relation, id, r.neighbour.name),
            el('span', { class: `bar ${r.pull < 0 ? 'neg' : 'pos'}`, style: { width: `${Math.round(60 * Math.abs(r.pull) / max)}px` } }),
            el('span', { class: 'delta' }, formatNumber(r.pull, true))))))
          : el('p', { class: 'muted' }, f.poles.includes(id)
            ? `A pole: its alignment is ${id === f.poles[0] ? '+1' : '\u22121'} by definition (the other pole is ${this.ctx.names?.get(f.poles.find(p => p !== id)) ?? f.poles.find(p => p !== id)}).`
            : 'No signed relation reaches it.')));
    }
    host.prepend(...sections);
  }

  // The relation from the actor's side: "Supplies arms to China", or "China supplies arms to it" when it is the target.
  phrase(r, id, otherName) {
    return relationPhrase(this.ctx.catalog?.get(r.type), r.type, r.to.id === id && r.from.id !== id, otherName);
  }

  relationButton(r, text, ...extra) {
    return el('button', { type: 'button', class: 'link-row', title: r.evidence[0]?.quote ?? '', onclick: () => this.ctx.selectEdge(edgeId(r.from.id, r.type, r.to.id)) },
      el('span', { class: 'type-dot', style: { background: this.ctx.typeColor(r.type) } }),
      el('span', { class: 'rel-text' }, text), ...extra);
  }

  picker(name, title, actors, initial, run) {
    const out = el('div', { class: `picker-out ${name}-out` });
    const select = el('select', { id: `${name}-target`, 'aria-label': title },
      el('option', { value: '' }, 'choose an actor'),
      actors.map(a => el('option', { value: a.id, selected: a.id === initial }, a.name)));
    const go = () => {
      if (!select.value) return;
      replaceChildren(out, el('p', { class: 'muted' }, 'Computing\u2026'));
      run(select.value, out).catch(err => replaceChildren(out, el('p', { class: 'muted' }, err.message)));
    };
    select.addEventListener('change', go);
    return el('section', { class: `panel-section ${name}` }, el('h3', {}, title),
      el('div', { class: 'picker' }, select, el('button', { type: 'button', class: 'mini', onclick: go }, 'Show')), out);
  }

  async showPairwise(holder, subject, f, out) {
    const p = await loadPairwise(holder, subject, f, this.ctx.caps);
    replaceChildren(out,
      el('p', {}, el('strong', { class: 'pairwise-value' }, formatNumber(p.value)), ' pairwise leverage'),
      p.paths.length ? p.paths.slice(0, 5).map(path => this.pathCard(path, `carries ${formatNumber(path.amount)}`))
        : el('p', { class: 'muted' }, 'No path gives it leverage there.'));
  }

  async showHolders(id, f, out, seq) {
    const holders = await loadLeverageHolders(id, f);
    if (seq !== this.seq) return;
    replaceChildren(out, holders.length ? el('ol', { class: 'result-list holder-list' }, holders.map(h => el('li', { dataset: { actorId: h.holder.id } },
      el('button', { type: 'button', class: 'link-row', onclick: () => this.ctx.selectActor(h.holder.id) },
        el('span', { class: 'rel-text' }, el('span', { class: 'rel-type' }, h.holder.name), el('br'),
          el('span', { class: 'muted small' }, h.paths[0] ? `through ${h.paths[0].actors.map(a => a.name).join(' \u2192 ')}` : '')),
        el('span', { class: 'delta' }, formatNumber(h.value))),
      h.paths.length ? el('ul', { class: 'path-steps' }, h.paths[0].relations.map(r => this.step(r))) : null)))
      : el('p', { class: 'muted' }, 'No actor holds leverage over it under these filters.'));
  }

  async showReach(from, to, out) {
    const paths = await loadStrongestPaths(from, to);
    replaceChildren(out, paths.length ? paths.map((p, i) => this.pathCard(p, `path ${i + 1}`))
      : el('p', { class: 'muted' }, 'No path between them.'));
  }

  async showMediators(a, b, f, out) {
    const list = await loadMediators(a, b, f);
    replaceChildren(out, list.length ? el('ol', { class: 'result-list mediator-list' }, list.slice(0, 8).map(m => el('li', { dataset: { actorId: m.actor.id } },
      el('button', { type: 'button', class: 'link-row', onclick: () => this.ctx.selectActor(m.actor.id) },
        el('span', { class: 'rel-text' }, el('span', { class: 'rel-type' }, m.actor.name), el('br'),
          el('span', { class: 'muted small' }, `leverage over each ${formatNumber(m.leverageOverA)} / ${formatNumber(m.leverageOverB)}`)),
        el('span', { class: 'delta' }, formatNumber(m.score))),
      el('ul', { class: 'path-steps' }, [...m.tiesToA, ...m.tiesToB].slice(0, 4).map(r => this.step(r))))))
      : el('p', { class: 'muted' }, 'No actor has cooperative ties to both.'));
  }

  pathCard(path, caption) {
    return el('div', { class: 'path' },
      el('p', { class: 'small muted' }, path.actors.map(a => a.name).join(' \u2192 '), ` \u00b7 ${caption}`),
      el('ol', { class: 'path-steps' }, path.relations.map(r => this.step(r))));
  }

  step(r) {
    return el('li', {},
      el('button', { type: 'button', class: 'link', onclick: () => this.ctx.selectEdge(edgeId(r.from.id, r.type, r.to.id)) },
        `${r.from.name} ${verbPhrase(this.ctx.catalog?.get(r.type), r.type)} ${r.to.name}`), ' ', statusBadge(r.status),
      r.evidence[0] ? el('span', { class: 'step-quote evidence-step' }, `\u201c${r.evidence[0].quote}\u201d \u2014 ${r.evidence[0].source.publisher}`) : null);
  }
}
