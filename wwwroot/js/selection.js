// The selection: an actor or an edge chosen in the graph, the matrix, the panel or a link. It fades everything else,
// fills the side panel (an actor's facts, explanations and neighbours to add; an edge's claims, fetched when it is
// chosen) and follows every redraw.

import { CLAIMS_BATCH, loadClaims, loadClaimsById } from './graph-api.js';
import { bringIntoView, summary } from './graph-helpers.js';

/**
 * `state` is the page's (view, panel, matrix, insights, expansions, filters, names, custom, partial, totals);
 * `onExpand(id)` asks for more neighbours; `onChange()` is called after every change of selection (for the link).
 */
export class Selection {
  constructor(state, { onExpand, onChange }) {
    this.state = state;
    this.onExpand = onExpand;
    this.onChange = onChange;
    this.current = null;
    this.claims = new Map();
    this.seq = 0;
  }

  /** Forgets the claims read for edges: the filters or the graph changed. */
  forgetClaims() {
    this.claims.clear();
  }

  selectActor(id, center) {
    this.current = { kind: 'actor', id };
    this.render(center);
    this.onChange();
  }

  selectEdge(id, center) {
    this.current = { kind: 'edge', id };
    this.render(center);
    this.onChange();
  }

  clear() {
    this.current = null;
    this.state.custom = null;
    this.render();
    this.onChange();
  }

  // One match (or an exact name) opens that actor; several are selected together and brought into view.
  showMatches(matches, exact) {
    const one = exact ?? (matches.length === 1 ? matches.first() : null);
    if (one) {
      this.selectActor(one.id(), true);
      return;
    }
    this.clear();
    matches.select();
    bringIntoView(this.state.view.cy, matches);
  }

  // Draws the panel and the focus (everything else faded) for the current selection, after any redraw too.
  render(center = false) {
    const { view, matrix, panel } = this.state;
    const cy = view.cy;
    const sel = this.current;
    const ele = sel ? cy.getElementById(sel.id) : null;
    matrix.highlight(sel?.kind === 'actor' && ele?.nonempty() ? sel.id : null);
    if (!ele || ele.empty()) {
      this.current = null;
      view.fade(null);
      cy.$(':selected').unselect();
      // Analysis results stay in the panel across redraws until the panel is closed.
      if (this.state.custom) return;
      panel.root.dataset.open = 'false';
      const top = [...view.actors.values()].sort((x, y) => y.leverage - x.leverage).slice(0, 8);
      panel.showHelp(summary(cy, this.state.totals), top);
      return;
    }
    this.state.custom = null;
    cy.$(':selected').unselect();
    ele.select();
    const focus = sel.kind === 'actor' ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    view.fade(focus);
    if (center) bringIntoView(cy, focus);
    panel.root.dataset.open = 'true';
    if (sel.kind === 'actor') this.renderActor(ele);
    else this.renderEdge(ele);
  }

  renderActor(ele) {
    const { view, panel, insights, expansions, filters, names } = this.state;
    const id = ele.id();
    const edges = ele.connectedEdges().map(e => e.data());
    panel.showActor(view.actors.get(id), edges, names, filters.poleNames());
    const section = expansions.section(id, this.expansionOptions());
    if (section) panel.body.append(section);
    insights.render(panel.body, id, filters.current());
  }

  expansionOptions() {
    return {
      partial: this.state.partial,
      onExpand: id => this.onExpand(id),
      onSelect: id => this.selectActor(id, true),
    };
  }

  /** After an expansion answered: the open actor's section shows the new neighbours. */
  refreshExpansion(id) {
    if (this.current?.kind === 'actor' && this.current.id === id) this.state.expansions.refresh(this.state.panel.body, id, this.expansionOptions());
  }

  async renderEdge(ele) {
    const { panel, names, filters, view } = this.state;
    const edge = ele.data();
    const seq = ++this.seq;
    const cached = this.claims.get(edge.id);
    if (cached) {
      panel.showEdge(edge, cached, names);
      return;
    }
    panel.showEdge(edge, null, names);
    // A server without relationsById (older than the page): read the claims from the end with fewer drawn edges,
    // whose pages of relations are likely the shorter.
    const byId = this.state.caps.has('relationsById') && edge.relationIds.length <= CLAIMS_BATCH;
    const s = view.cy.getElementById(edge.source).degree(false);
    const t = view.cy.getElementById(edge.target).degree(false);
    try {
      const claims = byId ? await loadClaimsById(edge.relationIds)
        : await loadClaims(edge, t < s ? edge.target : edge.source, filters.current());
      this.claims.set(edge.id, claims);
      if (seq === this.seq && this.current?.id === edge.id) panel.showEdge(edge, claims, names);
    } catch (err) {
      if (seq === this.seq && this.current?.id === edge.id) panel.showEdgeFailure(edge, names, err.message);
    }
  }
}
