// Expanding an actor in a drawing that shows only part of the graph: the API proposes its best neighbours not yet
// drawn (ranked by leverage and evidence, each with its reason), the page adds them with the edges that tie them to
// the actor, and "N more" asks for the next ones. The model here is what is drawn: the overview plus every
// expansion, redone in order when the filters change.

import { loadExpansion } from './graph-api.js';
import { el, replaceChildren } from './dom.js';
import { KIND_LABELS } from './encodings.js';
import { formatNumber } from './panel.js';
import { edgeId } from './merge.js';

/** Neighbours asked for per expansion. */
export const EXPAND_STEP = 25;
// A filter change redoes at most this many expansions (the latest ones), so a redraw stays a few requests.
const REDO_MAX = 8;

export class Expansions {
  constructor() {
    /** actor id -> how many neighbours were asked for (0: the actor alone, added from search). */
    this.asked = new Map();
    /** actor id -> the API's last answer for it ({ neighbours, hiddenNeighbours }). */
    this.answers = new Map();
  }

  /** Restores expansions from a link: [[id, count]]. */
  restore(list) {
    for (const [id, count] of list ?? []) this.asked.set(id, count);
  }

  /** For the link: [[id, count]]. */
  list() {
    return [...this.asked];
  }

  has(id) {
    return (this.asked.get(id) ?? 0) > 0;
  }

  clear() {
    this.asked.clear();
    this.answers.clear();
  }

  /** Adds the expansions, in order, to `model` ({ actors: Map, edges: Map }), under `filters`. */
  async redo(model, filters) {
    const entries = [...this.asked].slice(-REDO_MAX);
    this.asked = new Map(entries);
    for (const [id, count] of entries) {
      const answer = await loadExpansion(id, { first: count, exclude: [...model.actors.keys()] }, filters).catch(() => null);
      if (answer) merge(model, answer);
      this.answers.set(id, answer);
    }
  }

  /** Asks for `step` more neighbours of `id` (0: only the actor and its ties to the drawing) and adds them to `model`. */
  async expand(model, id, filters, step = EXPAND_STEP) {
    const answer = await loadExpansion(id, { first: step, exclude: [...model.actors.keys()].filter(a => a !== id) }, filters);
    merge(model, answer);
    // The latest expansion goes last: a redraw redoes the latest ones.
    const asked = (this.asked.get(id) ?? 0) + step;
    this.asked.delete(id);
    this.asked.set(id, asked);
    const previous = this.answers.get(id);
    const neighbours = [...(previous?.neighbours ?? []), ...answer.neighbours.filter(n => !(previous?.neighbours ?? []).some(p => p.actor.id === n.actor.id))];
    this.answers.set(id, { ...answer, neighbours });
    return answer;
  }

  /** The panel section for actor `id`: its proposed neighbours with their reasons, and the button for more. */
  section(id, { partial, onExpand, onSelect }) {
    const answer = this.answers.get(id);
    if (!partial && !answer) return null;
    const out = el('section', { class: 'panel-section expansion', dataset: { actorId: id } }, el('h3', {}, 'Neighbours to add'));
    if (!answer || !this.has(id)) {
      out.append(el('p', { class: 'muted' }, 'Only part of the graph is drawn. Show the neighbours that matter most, ranked by leverage and by the claims that tie them to this actor.'),
        el('button', { type: 'button', class: 'mini expand-more', onclick: () => onExpand(id) }, `Show its best ${EXPAND_STEP} neighbours`));
      return out;
    }
    const list = answer.neighbours;
    out.append(
      list.length
        ? el('ol', { class: 'result-list neighbour-list' }, list.map(n => el('li', { dataset: { actorId: n.actor.id } },
          el('button', { type: 'button', class: 'link-row', onclick: () => onSelect(n.actor.id) },
            el('span', { class: 'rel-text' }, el('span', { class: 'rel-type' }, n.actor.name),
              el('span', { class: 'muted small' }, ` \u00b7 ${KIND_LABELS[n.actor.kind] ?? n.actor.kind}`), el('br'),
              el('span', { class: 'muted small neighbour-reason' }, n.reason)),
            el('span', { class: 'delta', title: 'score: leverage \u00d7 (1 + ln(1 + claims))' }, formatNumber(n.score))))))
        : el('p', { class: 'muted' }, 'Every neighbour under these filters is already drawn.'),
      answer.hiddenNeighbours > 0
        ? el('button', { type: 'button', class: 'mini expand-more', onclick: () => onExpand(id) },
          `${answer.hiddenNeighbours.toLocaleString('en-US')} more \u2014 show the next ${Math.min(EXPAND_STEP, answer.hiddenNeighbours)}`)
        : el('p', { class: 'muted small' }, 'No more neighbours.'));
    return out;
  }

  /** Replaces an open section in `body` (after an expansion) without redrawing the whole panel. */
  refresh(body, id, options) {
    const old = body.querySelector(`.expansion[data-actor-id="${CSS.escape(id)}"]`);
    const fresh = this.section(id, options);
    if (old && fresh) old.replaceWith(fresh);
    else if (fresh) body.append(fresh);
  }
}

/** Adds an expand answer's actors and edges to a model ({ actors: Map, edges: Map }). */
export function merge(model, answer) {
  if (!model.actors.has(answer.actor.id)) model.actors.set(answer.actor.id, answer.actor);
  for (const n of answer.neighbours) if (!model.actors.has(n.actor.id)) model.actors.set(n.actor.id, n.actor);
  for (const e of answer.edges) {
    const id = edgeId(e.from, e.type, e.to);
    if (!model.edges.has(id)) model.edges.set(id, e);
  }
}

/** Renders `message` as the section's content (an expansion failed). */
export function showFailure(section, message) {
  if (section) replaceChildren(section, el('h3', {}, 'Neighbours to add'), el('p', { class: 'muted' }, message));
}
