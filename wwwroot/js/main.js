// Wires the explorer together: loads the catalog, draws the filtered graph, and keeps the panel,
// legend and search in step with every filter change.

import { loadGraph, loadMeta } from './api.js';
import { ErrorBanner } from './banner.js';
import { Filters } from './filters.js';
import { GraphView } from './graph.js';
import { renderLegend } from './legend.js';
import { SidePanel } from './panel.js';
import { setupSearch } from './search.js';

// Test hooks: the browser test waits on `ready` and inspects `cy`.
let resolveReady;
const hooks = { cy: null, ready: new Promise(resolve => { resolveReady = resolve; }) };
window.influenceGraph = hooks;

const $ = id => document.getElementById(id);
const banner = new ErrorBanner($('error-banner'));
const state = { view: null, filters: null, panel: null, search: null, selection: null, names: new Map(), seq: 0 };

async function start() {
  setBusy(true);
  let meta;
  try {
    meta = await loadMeta();
  } catch (err) {
    setBusy(false);
    banner.show(err, start);
    return;
  }
  state.names = new Map(meta.actors.map(a => [a.id, a.name]));
  state.view = new GraphView($('cy'), meta.relationTypes);
  hooks.cy = state.view.cy;
  const typeColor = t => state.view.typeColor(t);
  state.filters = new Filters({ ...meta, typeColor, onChange: refresh, onPolesChange: polesChanged });
  state.panel = new SidePanel($('side-panel'), {
    catalog: meta.relationTypes, typeColor,
    onActor: id => selectActor(id, true), onEdge: id => selectEdge(id, true), onClose: clearSelection,
  });
  state.search = setupSearch({
    input: $('search'), status: $('search-status'), datalist: $('actor-names'),
    getCy: () => state.view.cy, actors: meta.actors, onResults: showMatches,
  });
  renderLegend($('legend'), state.filters.poleNames());
  wireGraphEvents(state.view.cy);
  // Cytoscape only notices window resizes; the banner and the drawers resize the container too.
  new ResizeObserver(() => state.view.cy.resize()).observe($('cy'));
  $('relayout').addEventListener('click', () => state.view.layout({ randomize: false, animate: true }));
  $('fit').addEventListener('click', () => state.view.cy.animate({ fit: { padding: 40 } }, { duration: 300 }));
  $('toggle-filters').addEventListener('click', toggleFilters);
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && state.selection && !['INPUT', 'SELECT', 'TEXTAREA'].includes(e.target.tagName)) clearSelection();
  });

  await refresh();
}

/** Re-queries graph(...) with the current filters; stale answers (a newer request is out) are dropped. */
async function refresh() {
  const seq = ++state.seq;
  setBusy(true);
  try {
    const filters = state.filters.current();
    const graph = await loadGraph(filters);
    if (seq !== state.seq) return false;
    state.view.poles = filters.poles;
    await state.view.update(graph);
    banner.hide();
    state.search.reapply();
    renderSelection();
    if (document.body.dataset.ready !== 'true') {
      // First successful draw, layout stopped: the page is ready for people and for the browser test.
      document.body.dataset.ready = 'true';
      resolveReady(hooks);
    }
    return true;
  } catch (err) {
    if (seq === state.seq) {
      const drawn = document.body.dataset.ready === 'true';
      banner.show(err, refresh, drawn ? 'The graph could not be updated; it still shows the previous filters.' : undefined);
    }
    return false;
  } finally {
    if (seq === state.seq) setBusy(false);
  }
}

function polesChanged() {
  renderLegend($('legend'), state.filters.poleNames());
  refresh();
}

function wireGraphEvents(cy) {
  cy.on('tap', 'node', e => selectActor(e.target.id(), false));
  cy.on('tap', 'edge', e => selectEdge(edgeAt(cy, e.target, e.renderedPosition).id(), false));
  cy.on('tap', e => { if (e.target === cy) clearSelection(); });
  cy.on('mouseover', 'edge', e => e.target.addClass('hover'));
  cy.on('mouseout', 'edge', e => e.target.removeClass('hover'));
  cy.on('mouseover', 'node, edge', () => { cy.container().style.cursor = 'pointer'; });
  cy.on('mouseout', 'node, edge', () => { cy.container().style.cursor = ''; });
}

// Edges cross and parallel claims run close together, so their hit areas overlap. A click within a few pixels
// of an edge's midpoint (where people aim, and where its label sits) selects that edge, whatever lies on top.
const MIDPOINT_RADIUS = 8;

function edgeAt(cy, tapped, point) {
  let best = tapped;
  let bestDistance = MIDPOINT_RADIUS;
  cy.edges().forEach(e => {
    const m = e.renderedMidpoint();
    const d = Math.hypot(m.x - point.x, m.y - point.y);
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  });
  return best;
}

function selectActor(id, center) {
  state.selection = { kind: 'actor', id };
  renderSelection(center);
}

function selectEdge(id, center) {
  state.selection = { kind: 'edge', id };
  renderSelection(center);
}

// One match (or an exact name) opens that actor; several are selected together and brought into view.
function showMatches(matches, exact) {
  const one = exact ?? (matches.length === 1 ? matches.first() : null);
  if (one) {
    selectActor(one.id(), true);
    return;
  }
  clearSelection();
  const cy = state.view.cy;
  matches.select();
  bringIntoView(cy, matches);
}

function clearSelection() {
  state.selection = null;
  renderSelection();
}

// Draws the panel and the focus (everything else faded) for the current selection, after any redraw too.
function renderSelection(center = false) {
  const cy = state.view.cy;
  const sel = state.selection;
  const ele = sel ? cy.getElementById(sel.id) : null;
  cy.elements().removeClass('faded');
  if (!ele || ele.empty()) {
    state.selection = null;
    cy.elements().unselect();
    $('side-panel').dataset.open = 'false';
    const top = [...state.view.actors.values()].sort((x, y) => y.leverage - x.leverage).slice(0, 8);
    state.panel.showHelp(summary(cy), top);
    return;
  }
  cy.elements().unselect();
  ele.select();
  const focus = sel.kind === 'actor' ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
  cy.elements().difference(focus).addClass('faded');
  if (center) bringIntoView(cy, focus);
  $('side-panel').dataset.open = 'true';
  if (sel.kind === 'actor') {
    const edges = ele.connectedEdges().map(e => ({ ...e.data(), count: e.data('relationIds').length }));
    state.panel.showActor(state.view.actors.get(sel.id), edges, state.names, state.filters.poleNames());
  } else {
    state.panel.showEdge(ele.data(), state.view.claims.get(sel.id) ?? [], state.names);
  }
}

// Fits the selection and its neighbours, without zooming in so far that a lone actor fills the screen.
function bringIntoView(cy, eles) {
  const bb = eles.boundingBox();
  const padding = 60;
  const zoom = Math.min(1.3, (cy.width() - 2 * padding) / Math.max(bb.w, 1), (cy.height() - 2 * padding) / Math.max(bb.h, 1));
  const center = { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 };
  cy.animate({ zoom, pan: { x: cy.width() / 2 - center.x * zoom, y: cy.height() / 2 - center.y * zoom } }, { duration: 350 });
}

function summary(cy) {
  const claims = cy.edges().reduce((n, e) => n + e.data('relationIds').length, 0);
  return `Showing ${cy.nodes().length} actors and ${claims} sourced claims drawn as ${cy.edges().length} edges.`;
}

function setBusy(busy) {
  document.body.classList.toggle('busy', busy);
  $('busy').hidden = !busy;
}

function toggleFilters() {
  const open = document.body.dataset.filtersOpen === 'true';
  document.body.dataset.filtersOpen = String(!open);
  $('toggle-filters').setAttribute('aria-expanded', String(!open));
}

start().catch(err => banner.show(err, () => location.reload()));
