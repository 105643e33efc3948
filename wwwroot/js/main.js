// Wires the explorer together: loads the catalog, draws the filtered graph and the matrix, and keeps the panel,
// legend, search, analysis views and the link in the address bar in step with every change.

import { loadGraph, loadMeta } from './api.js';
import { loadCapabilities } from './analysis-api.js';
import { ActorInsights } from './actor-insights.js';
import { AnalysisViews } from './analysis-views.js';
import { ErrorBanner } from './banner.js';
import { Filters } from './filters.js';
import { GraphView } from './graph.js';
import { watchChanges } from './live.js';
import { bringIntoView, edgeAt, summary } from './graph-helpers.js';
import { renderLegend } from './legend.js';
import { MatrixView } from './matrix.js';
import { SidePanel } from './panel.js';
import { setupPlayer } from './player.js';
import { setupSearch } from './search.js';
import { setupSharing } from './share.js';
import { readState, writeState } from './url-state.js';

// Test hooks: the browser tests wait on `ready` and `idle()` and inspect `cy`.
let resolveReady;
const hooks = { cy: null, ready: new Promise(resolve => { resolveReady = resolve; }), draws: 0, changes: 0, idle: () => state.pending };
window.influenceGraph = hooks;

const $ = id => document.getElementById(id);
const banner = new ErrorBanner($('error-banner'));
const state = {
  view: null, filters: null, panel: null, search: null, selection: null, names: new Map(), seq: 0, caps: null,
  matrix: null, analysis: null, insights: null, viewName: 'graph', custom: null, customRun: null, hovered: null, link: null,
  narratives: false, pending: Promise.resolve(),
};

async function start() {
  setBusy(true);
  let meta;
  try {
    [meta, state.caps] = await Promise.all([loadMeta(), loadCapabilities()]);
  } catch (err) {
    setBusy(false);
    banner.show(err, start);
    return;
  }
  const caps = state.caps;
  state.narratives = caps.hasArg('graph', 'claimedBy') && caps.actorHasArg('leverage', 'claimedBy');
  state.names = new Map(meta.actors.map(a => [a.id, a.name]));
  state.view = new GraphView($('cy'), meta.relationTypes);
  hooks.cy = state.view.cy;
  const typeColor = t => state.view.typeColor(t);
  state.filters = new Filters({
    ...meta, typeColor, onChange: refresh, onPolesChange: polesChanged, narratives: state.narratives,
  });
  state.panel = new SidePanel($('side-panel'), {
    catalog: meta.relationTypes, typeColor,
    onActor: id => selectActor(id, true), onEdge: id => selectEdge(id, true), onClose: clearSelection,
  });
  const ctx = {
    caps, typeColor, filters: state.filters, panel: state.panel, actors: meta.actors, names: state.names,
    selectActor: id => selectActor(id, true), selectEdge: id => selectEdge(id, true),
  };
  state.analysis = new AnalysisViews(ctx);
  state.insights = new ActorInsights(ctx);
  state.matrix = new MatrixView($('matrix'), { onSelect: id => selectActor(id, state.viewName !== 'matrix'), onHover: hoverActor });
  state.search = setupSearch({
    input: $('search'), status: $('search-status'), datalist: $('actor-names'),
    getCy: () => state.view.cy, actors: meta.actors, onResults: showMatches,
  });

  // A shared link overrides the defaults.
  state.link = readState();
  state.filters.apply(state.link);
  state.selection = state.link.selection ?? null;
  $('color-blocs').checked = Boolean(state.link.blocs);
  setView(state.link.view ?? 'graph');

  renderLegend($('legend'), state.filters.poleNames());
  wireGraphEvents(state.view.cy);
  wireAnalysis(meta);
  setupSharing({
    cy: state.view.cy, matrix: state.matrix, getView: () => state.viewName,
    getActors: () => [...state.view.actors.values()], blocOf: id => state.analysis.blocOf.get(id) ?? null,
    stamp: () => state.filters.current().asOf ?? 'all-dates',
  });
  state.player = setupPlayer({
    button: $('play'), dates: meta.dates,
    step: async iso => { state.filters.setAsOf(iso); await refresh(); },
  });
  // Cytoscape only notices window resizes; the banner, the drawers and the split view resize the container too.
  new ResizeObserver(() => state.view.cy.resize()).observe($('cy'));
  $('relayout').addEventListener('click', () => state.view.layout({ randomize: false, animate: true }).then(syncUrl));
  $('fit').addEventListener('click', () => state.view.cy.animate({ fit: { padding: 40 } }, { duration: 300 }));
  $('toggle-filters').addEventListener('click', toggleFilters);
  document.querySelectorAll('.view-tabs .tab').forEach(tab => tab.addEventListener('click', () => { setView(tab.dataset.view); syncUrl(); }));
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && state.selection && !['INPUT', 'SELECT', 'TEXTAREA'].includes(e.target.tagName)) clearSelection();
  });

  await refresh();
  // Someone else's write (a mutation, a Cypher script) redraws the graph here, keeping filters and positions.
  watchChanges(() => { hooks.changes++; refresh(); });
}

function wireAnalysis(meta) {
  const { caps, analysis } = state;
  const guard = p => p.catch(err => banner.show(err, null, 'The analysis could not be loaded.'));
  const open = () => { $('side-panel').dataset.open = 'true'; };
  // An analysis view in the panel; it is run again after every redraw (filters or the graph changed) while open.
  const custom = (name, run) => () => {
    state.selection = null;
    state.custom = name;
    state.customRun = run;
    renderSelection();
    open();
    return guard(run()).then(syncUrl);
  };
  $('show-contested').hidden = !caps.has('contested');
  $('show-contested').addEventListener('click', custom('contested', () => analysis.showContested(state.view.cy, state.filters.current().asOf)));
  $('show-compare').hidden = !caps.has('compareNarratives');
  // Run again, it keeps the two narratives chosen in its form.
  const chosenNarratives = () => ($('compare-a') && $('compare-b') ? [$('compare-a').value, $('compare-b').value] : undefined);
  $('show-compare').addEventListener('click', custom('compare', () => analysis.showCompare(state.filters.narrativeOptions(), chosenNarratives())));
  $('blocs-toggle').hidden = !caps.has('blocs');
  $('color-blocs').addEventListener('change', custom('blocs', async () => {
    const blocs = await analysis.colourBlocs(state.view.cy, $('color-blocs').checked);
    if (blocs) analysis.showBlocs(blocs);
    else clearSelection();
  }));
  const form = $('changes-form');
  form.hidden = !caps.has('changes') || !meta.firstDate;
  if (meta.firstDate) {
    for (const input of [$('changes-from'), $('changes-to')]) Object.assign(input, { min: meta.firstDate, max: meta.lastDate });
    $('changes-from').value = meta.firstDate;
    $('changes-to').value = meta.lastDate;
  }
  form.addEventListener('submit', e => {
    e.preventDefault();
    custom('changes', () => analysis.showChanges($('changes-from').value, $('changes-to').value))();
  });
}

/** Re-queries graph(...) with the current filters; stale answers (a newer request is out) are dropped. */
function refresh() {
  const run = draw();
  state.pending = run.then(() => undefined, () => undefined);
  return run;
}

async function draw() {
  const seq = ++state.seq;
  setBusy(true);
  try {
    const filters = state.filters.current();
    const graph = await loadGraph(filters, state.narratives);
    if (seq !== state.seq) return false;
    state.view.poles = filters.poles;
    const firstDraw = document.body.dataset.ready !== 'true';
    await state.view.update(graph, firstDraw ? state.link.positions : null);
    state.matrix.update(graph.actors, state.filters.poleNames());
    // An open analysis view follows the new filters: it is run again below (and colours or marks the graph itself).
    const rerun = state.custom ? state.customRun : null;
    await Promise.all([
      state.custom === 'contested' ? null : state.analysis.markContested(state.view.cy, filters.asOf).catch(() => []),
      $('color-blocs').checked && state.custom !== 'blocs' ? state.analysis.colourBlocs(state.view.cy, true).catch(() => null) : null,
    ]);
    if (seq !== state.seq) return false;
    banner.hide();
    state.search.reapply();
    renderSelection(firstDraw);
    if (rerun) {
      await rerun().catch(err => banner.show(err, null, 'The analysis could not be updated for the new filters.'));
      if (seq !== state.seq) return false;
    }
    hooks.draws++;
    syncUrl();
    if (firstDraw) {
      // First successful draw, layout stopped: the page is ready for people and for the browser tests.
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

/** Writes the page's state into the address bar, so the link reproduces this view. */
function syncUrl() {
  if (!state.view) return;
  writeState({
    ...state.filters.linkState(), selection: state.selection, view: state.viewName,
    blocs: $('color-blocs').checked, positions: state.view.positions(),
  });
}

function setView(name) {
  state.viewName = ['graph', 'matrix', 'split'].includes(name) ? name : 'graph';
  document.querySelector('.views').dataset.view = state.viewName;
  document.querySelectorAll('.view-tabs .tab').forEach(t => t.setAttribute('aria-selected', String(t.dataset.view === state.viewName)));
  requestAnimationFrame(() => state.view?.cy.resize());
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
  cy.on('mouseover', 'node', e => state.matrix.highlight(state.selection?.id, e.target.id()));
  cy.on('mouseout', 'node', () => state.matrix.highlight(state.selection?.kind === 'actor' ? state.selection.id : null));
  cy.on('mouseover', 'node, edge', () => { cy.container().style.cursor = 'pointer'; });
  cy.on('mouseout', 'node, edge', () => { cy.container().style.cursor = ''; });
  cy.on('dragfree', 'node', syncUrl);
}

// Hovering a dot in the matrix marks the same actor in the graph.
function hoverActor(id) {
  const cy = state.view.cy;
  cy.nodes('.linked').removeClass('linked');
  if (id) cy.getElementById(id).addClass('linked');
}

function selectActor(id, center) {
  state.selection = { kind: 'actor', id };
  renderSelection(center);
  syncUrl();
}

function selectEdge(id, center) {
  state.selection = { kind: 'edge', id };
  renderSelection(center);
  syncUrl();
}

// One match (or an exact name) opens that actor; several are selected together and brought into view.
function showMatches(matches, exact) {
  const one = exact ?? (matches.length === 1 ? matches.first() : null);
  if (one) {
    selectActor(one.id(), true);
    return;
  }
  clearSelection();
  matches.select();
  bringIntoView(state.view.cy, matches);
}

function clearSelection() {
  state.selection = null;
  state.custom = null;
  renderSelection();
  syncUrl();
}

// Draws the panel and the focus (everything else faded) for the current selection, after any redraw too.
function renderSelection(center = false) {
  const cy = state.view.cy;
  const sel = state.selection;
  const ele = sel ? cy.getElementById(sel.id) : null;
  cy.elements().removeClass('faded');
  state.matrix.highlight(sel?.kind === 'actor' && ele?.nonempty() ? sel.id : null);
  if (!ele || ele.empty()) {
    state.selection = null;
    cy.elements().unselect();
    // Analysis results stay in the panel across redraws until the panel is closed.
    if (state.custom) return;
    $('side-panel').dataset.open = 'false';
    const top = [...state.view.actors.values()].sort((x, y) => y.leverage - x.leverage).slice(0, 8);
    state.panel.showHelp(summary(cy), top);
    return;
  }
  state.custom = null;
  cy.elements().unselect();
  ele.select();
  const focus = sel.kind === 'actor' ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
  cy.elements().difference(focus).addClass('faded');
  if (center) bringIntoView(cy, focus);
  $('side-panel').dataset.open = 'true';
  if (sel.kind === 'actor') {
    const edges = ele.connectedEdges().map(e => ({ ...e.data(), count: e.data('relationIds').length }));
    state.panel.showActor(state.view.actors.get(sel.id), edges, state.names, state.filters.poleNames());
    state.insights.render(state.panel.body, sel.id, state.filters.current());
  } else {
    state.panel.showEdge(ele.data(), state.view.claims.get(sel.id) ?? [], state.names);
  }
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
