// Analysis shown in the side panel: contested relations, two narratives compared, what changed between two
// dates, and blocs. Every item is a button that selects its actor or edge in the graph.

import {
  compareNarratives, loadBlocs, loadChanges, loadContested, loadContestedIds,
} from './analysis-api.js';
import { el, humanize, replaceChildren } from './dom.js';
import { edgeId } from './merge.js';
import { formatNumber, statusBadge } from './panel.js';

// A panel list longer than this would cost the page more than a reader gains; the rest is counted, not listed.
const ROWS_MAX = 300;

/** Colours of blocs, distinct from the alignment scale's blue and red. */
export const BLOC_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];

/**
 * `ctx` = { caps, filters, panel, typeColor, selectActor(id), selectEdge(id), names, view() }: the page's parts
 * the views drive (view() is the graph view, which restyles large drawings a slice at a time).
 */
export class AnalysisViews {
  constructor(ctx) {
    this.ctx = ctx;
    this.contestedIds = new Set();
    this.blocOf = new Map();
  }

  relationRow(r) {
    const id = edgeId(r.from.id, r.type, r.to.id);
    return el('li', { dataset: { relationId: r.id, edgeId: id } },
      el('button', { type: 'button', class: 'link-row', onclick: () => this.ctx.selectEdge(id) },
        el('span', { class: 'type-dot', style: { background: this.ctx.typeColor(r.type) } }),
        el('span', { class: 'rel-text' }, el('span', { class: 'rel-other' }, r.from.name), ' ',
          el('span', { class: 'rel-type' }, humanize(r.type).toLowerCase()), ' ', el('span', { class: 'rel-other' }, r.to.name),
          r.claimedBy.length ? el('span', { class: 'muted small' }, ` \u00b7 claimed by ${r.claimedBy.map(a => a.name).join(', ')}`) : null),
        statusBadge(r.status)));
  }

  shiftRow(s, { showAlignment = true } = {}) {
    const d = s.leverageDelta;
    return el('li', { dataset: { actorId: s.actor.id } },
      el('button', { type: 'button', class: 'link-row', onclick: () => this.ctx.selectActor(s.actor.id) },
        el('span', { class: 'rel-text' }, el('span', { class: 'rel-type' }, s.actor.name), el('br'),
          el('span', { class: 'muted small' }, `leverage ${formatNumber(s.leverageA)} \u2192 ${formatNumber(s.leverageB)}`,
            showAlignment && s.alignmentDelta !== null && s.alignmentDelta !== undefined
              ? ` \u00b7 alignment ${formatNumber(s.alignmentA, true)} \u2192 ${formatNumber(s.alignmentB, true)}` : '')),
        el('span', { class: `delta ${d > 0 ? 'up' : d < 0 ? 'down' : ''}`, title: 'change in leverage' }, formatNumber(d, true))));
  }

  /** Marks contested relations in the graph (class `contested`), unless `current()` says a newer drawing replaced it. */
  async markContested(cy, day, current = () => true) {
    if (!this.ctx.caps.has('contested')) return;
    const ids = new Set(await loadContestedIds(day, this.ctx.caps));
    if (!current()) return;
    this.contestedIds = ids;
    await this.applyContested(cy);
  }

  // Only the edges whose mark changes are restyled, a slice at a time on a large drawing.
  applyContested(cy) {
    const changed = cy.edges().filter(e => e.data('relationIds').some(id => this.contestedIds.has(id)) !== e.hasClass('contested'));
    return this.ctx.view().sliced(null, changed, e => e.toggleClass('contested'));
  }

  /** After actors were added to the drawing: they get the marks the drawing already shows (contested, blocs). */
  applyMarks(cy) {
    return this.applyContested(cy).then(() => (this.blocOf.size ? this.paintBlocs(cy) : undefined));
  }

  async showContested(cy, day) {
    const { list, total } = await loadContested(day, this.ctx.caps);
    for (const r of list) this.contestedIds.add(r.id);
    await this.applyContested(cy);
    // They mostly run between the two hubs, in the thick of the drawing: everything else steps back.
    const hot = cy.edges('.contested');
    this.ctx.view().fade(hot.union(hot.connectedNodes()));
    this.ctx.panel.showCustom('contested',
      el('p', { class: 'eyebrow' }, 'Narratives'),
      el('h2', { class: 'panel-title' }, `Contested relations (${total.toLocaleString('en-US')})`),
      el('p', { class: 'muted' }, 'Claimed by one side, denied or disputed by the other. They glow amber in the graph.'),
      total > list.length ? el('p', { class: 'muted small limit-note' },
        `Listing the first ${list.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} in id order; the drawing shows those among its actors. Choose a date ("As of") to narrow them.`) : null,
      list.length ? el('ul', { class: 'result-list contested-list' }, list.map(r => this.relationRow(r)))
        : el('p', { class: 'muted' }, 'No contested relation on this date.'));
  }

  /** An analysis the API refused at this size (too large, over the query budget): why, and how to narrow it. */
  showLimit(name, err) {
    const titles = { contested: 'Contested relations', compare: 'Compare two narratives', changes: 'What changed', blocs: 'Blocs' };
    const hints = {
      blocs: 'Blocs are computed over every actor with a cooperative or hostile relation. Narrow the graph first: choose a date ("As of"), confirmed claims only, or one side\u2019s account, then tick "Colour by bloc" again.',
      compare: 'A comparison lists every actor\u2019s shift between the two accounts, and the API has no page of it yet: on a graph this large it is refused whole.',
      changes: 'Choose two dates closer together.',
      contested: 'Choose a date ("As of") to narrow them.',
    };
    const budget = err.code === 'COST_LIMIT_EXCEEDED' ? 'The answer would be larger than the API\u2019s query budget allows.' : null;
    this.ctx.panel.showCustom(name,
      el('p', { class: 'eyebrow' }, 'Analysis'),
      el('h2', { class: 'panel-title' }, titles[name] ?? name),
      el('p', { class: 'limit-message' }, budget ?? 'The API cannot answer this at the graph\u2019s size:'),
      el('blockquote', { class: 'limit-quote' }, err.message),
      el('p', { class: 'muted' }, hints[name] ?? 'Narrow the filters and try again.'));
  }

  /**
   * The comparison form; `narrativeOptions` = [[value, label]] as the Narrative control offers them, `initial` the two
   * compared first (the page passes the two poles' accounts).
   */
  showCompare(narrativeOptions, initial) {
    const pick = (id, label, value) => el('label', {}, label,
      el('select', { id }, narrativeOptions.map(([v, l]) => el('option', { value: v, selected: v === value }, l))));
    const results = el('div', { class: 'compare-results' });
    const form = el('form', { class: 'compare-form', id: 'compare-form' },
      pick('compare-a', 'Narrative A', initial[0]), pick('compare-b', 'Narrative B', initial[1]),
      el('button', { type: 'submit', class: 'mini' }, 'Compare'));
    form.addEventListener('submit', e => {
      e.preventDefault();
      this.runCompare(form.querySelector('#compare-a').value, form.querySelector('#compare-b').value, results);
    });
    this.ctx.panel.showCustom('compare',
      el('p', { class: 'eyebrow' }, 'Narratives'),
      el('h2', { class: 'panel-title' }, 'Compare two narratives'),
      el('p', { class: 'muted' }, 'Leverage and alignment under each account; the actors that move most come first.'),
      form, results);
    return this.runCompare(initial[0], initial[1], results);
  }

  async runCompare(a, b, results) {
    const f = this.ctx.filters.current();
    const narrative = value => ({
      status: value === 'confirmed' ? ['CONFIRMED'] : null,
      claimedBy: value.startsWith('claimed:') ? value.slice(8) : null,
      asOf: f.asOf,
      includeUndated: f.includeUndated,
      types: f.types,
    });
    replaceChildren(results, el('p', { class: 'muted' }, 'Computing\u2026'));
    // Only the last comparison asked for is shown (an earlier one may answer after it).
    const seq = this.compareSeq = (this.compareSeq ?? 0) + 1;
    const shifts = await compareNarratives(narrative(a), narrative(b), f.poles);
    if (seq !== this.compareSeq) return;
    const moved = shifts.filter(s => Math.abs(s.leverageDelta) > 0.005 || Math.abs(s.alignmentDelta ?? 0) > 0.005)
      .sort((x, y) => Math.abs(y.leverageDelta) + Math.abs(y.alignmentDelta ?? 0) - Math.abs(x.leverageDelta) - Math.abs(x.alignmentDelta ?? 0));
    replaceChildren(results,
      el('h3', {}, `${moved.length.toLocaleString('en-US')} of ${shifts.length.toLocaleString('en-US')} actors move`),
      moved.length > ROWS_MAX ? el('p', { class: 'muted small limit-note' }, `The ${ROWS_MAX} that move most are listed.`) : null,
      el('ul', { class: 'result-list compare-list' }, moved.slice(0, ROWS_MAX).map(s => this.shiftRow(s))));
  }

  async showChanges(from, to) {
    const f = this.ctx.filters.current();
    const changes = await loadChanges(from, to, f.poles, this.ctx.caps);
    const count = (list, key) => (changes.totals && changes.totals[key] > list.length
      ? `${list.length} of ${changes.totals[key].toLocaleString('en-US')}` : String(list.length));
    // The server ranks the movers (leverage and alignment shifts together); its order is kept.
    const movers = changes.movers;
    this.ctx.panel.showCustom('changes',
      el('p', { class: 'eyebrow' }, 'Time'),
      el('h2', { class: 'panel-title' }, `What changed, ${from} to ${to}`),
      el('section', { class: 'panel-section' }, el('h3', {}, `Appeared (${count(changes.appeared, 'appeared')})`),
        el('ul', { class: 'result-list appeared-list' }, changes.appeared.map(r => this.relationRow(r)))),
      el('section', { class: 'panel-section' }, el('h3', {}, `Ended (${count(changes.ended, 'ended')})`),
        changes.ended.length ? el('ul', { class: 'result-list ended-list' }, changes.ended.map(r => this.relationRow(r)))
          : el('p', { class: 'muted' }, 'No relation ended.')),
      el('section', { class: 'panel-section' }, el('h3', {}, 'Biggest movers'),
        el('ul', { class: 'result-list movers-list' }, movers.slice(0, 12).map(s => this.shiftRow(s)))));
    return changes;
  }

  /** Loads blocs for the current filters and colours the nodes; returns them for the panel. */
  async colourBlocs(cy, on) {
    if (!on) {
      this.blocOf = new Map();
      await this.ctx.view().sliced(null, cy.nodes('.by-bloc'), n => n.removeClass('by-bloc'));
      return null;
    }
    const f = this.ctx.filters.current();
    const blocs = await loadBlocs(f);
    this.blocOf = new Map(blocs.groups.flatMap((g, i) => g.map(a => [a.id, i])));
    await this.paintBlocs(cy);
    return blocs;
  }

  paintBlocs(cy) {
    return this.ctx.view().sliced(null, cy.nodes(), n => {
      const i = this.blocOf.get(n.id());
      const color = i === undefined ? '#d1d5db' : BLOC_COLORS[i % BLOC_COLORS.length];
      if (n.data('blocColor') !== color) n.data('blocColor', color);
      if (!n.hasClass('by-bloc')) n.addClass('by-bloc');
    });
  }

  showBlocs(blocs) {
    this.ctx.panel.showCustom('blocs',
      el('p', { class: 'eyebrow' }, 'Blocs'),
      el('h2', { class: 'panel-title' }, `${blocs.groups.length} blocs`),
      el('p', { class: 'muted' }, 'Actors split so that as few signed relations as possible contradict the split (structural balance).'),
      blocs.groups.map((g, i) => el('section', { class: 'panel-section bloc', dataset: { bloc: String(i) } },
        el('h3', {}, el('span', { class: 'bloc-chip', style: { background: BLOC_COLORS[i % BLOC_COLORS.length] } }), `Bloc ${i + 1} (${g.length})`),
        el('p', {}, g.map((a, k) => [k ? ', ' : '', el('button', { type: 'button', class: 'link', onclick: () => this.ctx.selectActor(a.id) }, a.name)])))),
      el('section', { class: 'panel-section' }, el('h3', {}, `Frustrated relations (${blocs.frustrated.length.toLocaleString('en-US')})`),
        el('p', { class: 'muted small' }, 'Cooperative across blocs, or hostile within one.',
          blocs.frustrated.length > ROWS_MAX ? ` The first ${ROWS_MAX} are listed.` : ''),
        el('ul', { class: 'result-list frustrated-list' }, blocs.frustrated.slice(0, ROWS_MAX).map(r => this.relationRow(r)))));
  }
}
