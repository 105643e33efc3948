// Wires the explorer together: loads the catalog, draws the filtered graph (the whole of it, or for a graph too large
// to draw whole the actors with most leverage, expanded on demand) and the matrix, and keeps the panel, legend,
// search, analysis views and the link in the address bar in step with every change.

import { loadMeta } from './api.js';
import { loadCapabilities } from './analysis-api.js';
import { ActorInsights } from './actor-insights.js';
import { AnalysisViews } from './analysis-views.js';
import { ErrorBanner } from './banner.js';
import { EXPAND_STEP, Expansions } from './expansion.js';
import { Filters } from './filters.js';
import { loadOverview, loadWholeGraph, setSources } from './graph-api.js';
import { GraphView } from './graph.js';
import { setupGraphKeyboard } from './keyboard.js';
import { byName } from './dom.js';
import { drawnClaims, edgeAt } from './graph-helpers.js';
import { edgeBudget, withinBudget } from './edge-budget.js';
import { watchChanges } from './live.js';
import { renderLegend } from './legend.js';
import { MatrixView } from './matrix.js';
import { edgeId } from './merge.js';
import { SidePanel } from './panel.js';
import { setupPlayer } from './player.js';
import { chooseRenderer } from './renderer.js';
import { typeColors } from './encodings.js';
import { afterNextFrame, yieldToMain } from './tasks.js';
import { ScopeLine } from './scope.js';
import { setupSearch } from './search.js';
import { Selection } from './selection.js';
import { setupSharing } from './share.js';
import { readState, writeState } from './url-state.js';
import { wireAnalysis } from './analysis-wiring.js';

/** How many actors the overview draws of a larger graph (`#top=` in the link overrides it, up to MAX_TOP). */
export const DEFAULT_TOP = 500;
const MAX_TOP = 5000;
// A link carries every node's position only for drawings up to this size (a longer link would not be shared).
const POSITIONS_MAX = 300;
// An update of the link waits at most this long for an idle moment (ms).
const URL_UPDATE_MS = 500;

// Test hooks: the browser tests wait on `ready` and `idle()` and inspect `cy`.
let resolveReady;
const hooks = {
  cy: null, ready: new Promise(resolve => { resolveReady = resolve; }), draws: 0, changes: 0, expansions: 0,
  idle: () => state.pending.then(() => state.urlUpdate?.written), layoutDone: () => state.view?.layoutDone(), layout: null, renderer: null, timings: {},
};
window.influenceGraph = hooks;

const $ = id => document.getElementById(id);
const banner = new ErrorBanner($('error-banner'));
const state = {
  view: null, filters: null, panel: null, search: null, names: new Map(), seq: 0, caps: null,
  matrix: null, matrixDirty: false, analysis: null, insights: null, viewName: 'graph', custom: null, customRun: null, link: null,
  narratives: false, pending: Promise.resolve(), model: null, partial: false, totals: null, top: DEFAULT_TOP, edgeBudget: null, started: false,
  expansions: new Expansions(), selection: null, scope: null, urlUpdate: null,
};

async function start() {
  setBusy(true);
  state.link = readState();
  let meta;
  try {
    [meta, state.caps] = await Promise.all([loadMeta(state.link.poles), loadCapabilities()]);
  } catch (err) {
    setBusy(false);
    banner.show(err, start);
    return;
  }
  hooks.timings.meta = performance.now();
  const caps = state.caps;
  setSources(meta.sources);
  state.narratives = caps.hasArg('graph', 'claimedBy') && caps.actorHasArg('leverage', 'claimedBy');
  state.top = Math.min(MAX_TOP, state.link.top ?? DEFAULT_TOP);
  state.expansions.restore(state.link.expand);
  for (const a of meta.actors) state.names.set(a.id, a.name);

  // The filters come first: the drawing's query goes out with them, and the server answers it while the rest of the
  // page is built.
  const typeColor = typeColors(meta.relationTypes);
  state.filters = new Filters({
    ...meta, typeColor, onChange: filtersChanged, onPolesChange: polesChanged, narratives: state.narratives, defaultPoles: meta.topActors,
  });
  // A shared link overrides the defaults.
  state.filters.apply(state.link);
  // The renderer is chosen once, for the drawing this graph will give: WebGL when it holds thousands of elements. It
  // sets how many edges the drawing shows.
  const expected = Math.min(meta.totalActors, state.top) + Math.min(meta.totalRelations, 20 * state.top);
  const renderer = chooseRenderer(expected, state.link.renderer);
  hooks.renderer = renderer.name;
  hooks.gpu = renderer.gpu;
  state.edgeBudget = edgeBudget(renderer.name);
  const firstFilters = state.filters.current();
  const firstAnswer = { key: JSON.stringify(firstFilters), answer: requestDrawing(firstFilters) };
  firstAnswer.answer.catch(() => {});
  // The browser lays out the controls just built in a frame of its own, before Cytoscape reads the page's geometry
  // (in one task, the two blocked the main thread for 300 ms and more).
  await afterNextFrame();

  state.scope = new ScopeLine($('scope'));
  state.view = new GraphView($('cy'), typeColor, {
    renderer, layoutOverride: state.link.layout,
    onLayout: s => { hooks.layout = s; state.scope.showLayout(s); },
    // The edges of a large drawing join when its layout stops: counts and marks follow.
    onEdges: () => { afterDrawing(); state.analysis.applyMarks(state.view.cy); state.search.reapply(); },
  });
  hooks.cy = state.view.cy;
  // The rest of the page is built in a task of its own (with Cytoscape's start, one task held the main thread for
  // over 200 ms).
  await yieldToMain();
  state.panel = new SidePanel($('side-panel'), {
    catalog: meta.relationTypes, typeColor,
    onActor: id => state.selection.selectActor(id, true), onEdge: id => state.selection.selectEdge(id, true), onClose: () => state.selection.clear(),
  });
  state.selection = new Selection(state, { onExpand: id => expandActor(id), onChange: () => syncUrl(true) });
  const ctx = {
    caps, typeColor, catalog: new Map(meta.relationTypes.map(t => [t.name, t])), filters: state.filters, panel: state.panel, actors: pickerActors, names: state.names, view: () => state.view,
    selectActor: id => state.selection.selectActor(id, true), selectEdge: id => state.selection.selectEdge(id, true),
  };
  state.analysis = new AnalysisViews(ctx);
  state.insights = new ActorInsights(ctx);
  state.matrix = new MatrixView($('matrix'), { onSelect: id => state.selection.selectActor(id, state.viewName !== 'matrix'), onHover: hoverActor });
  state.search = setupSearch({
    input: $('search'), status: $('search-status'), datalist: $('actor-names'),
    getCy: () => state.view.cy, actors: meta.actors, onResults: (m, exact) => state.selection.showMatches(m, exact),
    partial: () => state.partial, onRemote: showRemoteResults, caps,
  });

  state.selection.current = state.link.selection ?? null;
  $('color-blocs').checked = Boolean(state.link.blocs);
  setView(state.link.view ?? 'graph');

  renderLegend($('legend'), state.filters.poleNames());
  wireGraphEvents(state.view.cy);
  setupGraphKeyboard({
    container: $('cy'), announcer: $('graph-announcer'), cy: () => state.view.cy, poles: () => state.filters.poleNames(),
    selected: () => (state.selection.current?.kind === 'actor' ? state.selection.current.id : null),
    select: id => state.selection.selectActor(id, true),
  });
  wireAnalysis({ state, meta, banner, syncUrl });
  setupSharing({
    cy: state.view.cy, matrix: state.matrix, getView: () => state.viewName,
    getActors: () => [...state.view.actors.values()], blocOf: id => state.analysis.blocOf.get(id) ?? null,
    filters: state.filters, banner,
  });
  state.dates = meta.dates;
  state.player = setupPlayer({
    button: $('play'), dates: () => state.dates,
    step: async iso => { state.filters.setAsOf(iso); await refresh(); },
  });
  // Cytoscape only notices window resizes; the banner, the drawers and the split view resize the container too.
  new ResizeObserver(() => state.view.cy.resize()).observe($('cy'));
  $('relayout').addEventListener('click', () => state.view.layout({ randomize: false, animate: true }).then(syncUrl));
  $('fit').addEventListener('click', () => state.view.cy.animate({ fit: { padding: 40 } }, { duration: 300 }));
  $('toggle-filters').addEventListener('click', toggleFilters);
  document.querySelectorAll('.view-tabs .tab').forEach(tab => tab.addEventListener('click', () => { setView(tab.dataset.view); syncUrl(true); }));
  // Back, Forward and a hash typed into the address bar (or a link followed in this tab) bring their state back.
  window.addEventListener('popstate', followUrl);
  window.addEventListener('hashchange', followUrl);
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && state.selection.current && !['INPUT', 'SELECT', 'TEXTAREA'].includes(e.target.tagName)) state.selection.clear();
  });

  // Filter changes made while the page was being built are read by this first drawing.
  state.started = true;
  const first = refresh(firstAnswer);
  // A large graph's dates arrive page by page after the first drawing.
  if (!meta.datesComplete) {
    first.then(() => meta.moreDates()).then(range => {
      state.dates = range.dates;
      state.filters.setDateRange(range, range.datesComplete ? null : range.datesRead);
    }).catch(() => {});
  }
  await first;
  // Someone else's write (a mutation, a Cypher script) redraws the graph here, keeping filters and positions.
  watchChanges(() => { hooks.changes++; refresh(); });
}

/**
 * Re-draws with the current filters; stale answers (a newer request is out) are dropped. `sent`: the drawing's query
 * already sent ({ key: the filters' JSON, answer }), used if the filters are still those.
 */
function refresh(sent = null) {
  const run = draw(sent);
  state.pending = run.then(() => undefined, () => undefined);
  return run;
}

// What the drawing asks for: the overview of the top actors (the whole graph from a server without it).
function requestDrawing(filters) {
  return state.caps.has('overview')
    ? loadOverview(filters, state.top, state.caps.hasArg('overview', 'maxEdges') ? state.edgeBudget : null)
    : loadWholeGraph(filters, state.narratives);
}

async function draw(sent) {
  const seq = ++state.seq;
  setBusy(true);
  try {
    const filters = state.filters.current();
    const overview = await (sent?.key === JSON.stringify(filters) ? sent.answer : requestDrawing(filters));
    if (seq !== state.seq) return false;
    hooks.timings.overview ??= performance.now();
    const model = {
      actors: new Map(overview.actors.map(a => [a.id, a])),
      edges: new Map(overview.edges.map(e => [edgeId(e.from, e.type, e.to), e])),
    };
    state.partial = overview.hiddenActors > 0;
    state.totals = { actors: overview.totalActors, relations: overview.totalRelations };
    if (state.caps.has('expand')) {
      await state.expansions.redo(model, filters);
      // A link (or a search) may name an actor the overview leaves out: it is added with its ties to the drawing.
      const sel = state.selection.current;
      if (sel?.kind === 'actor' && !model.actors.has(sel.id) && state.partial) {
        await state.expansions.expand(model, sel.id, filters, 0).catch(() => null);
      }
    }
    if (seq !== state.seq) return false;
    state.model = model;
    state.view.poles = filters.poles;
    state.selection.forgetClaims();
    const firstDraw = document.body.dataset.ready !== 'true';
    await state.view.update(modelList(model), firstDraw ? state.link.positions : null);
    if (seq !== state.seq) return false;
    hooks.timings.drawn ??= performance.now();
    afterDrawing();
    // An open analysis view follows the new filters: it is run again below (and colours or marks the graph itself).
    const rerun = state.custom ? state.customRun : null;
    const current = () => seq === state.seq;
    const marks = Promise.all([
      state.custom === 'contested' ? null : state.analysis.markContested(state.view.cy, filters, current).catch(() => []),
      $('color-blocs').checked && state.custom !== 'blocs' ? state.analysis.colourBlocs(state.view.cy, true).catch(() => null) : null,
    ]);
    // A drawing of part of a large graph is usable before its marks arrive (the contested ids come in pages).
    if (state.partial) state.pending = Promise.all([state.pending, marks]).then(() => undefined);
    else await marks;
    if (seq !== state.seq) return false;
    banner.hide();
    state.search.reapply();
    state.selection.render(firstDraw);
    if (rerun) {
      await rerun().catch(err => banner.show(err, null, 'The analysis could not be updated for the new filters.'));
      if (seq !== state.seq) return false;
    }
    hooks.draws++;
    syncUrl();
    if (firstDraw) {
      // First successful drawing (for a small graph, its layout stopped): ready for people and for the browser tests.
      hooks.timings.firstDraw = performance.now();
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

/** What the view draws of the model: every actor, and the edges within the edge budget (edge-budget.js). */
function modelList(model) {
  const keep = new Set(state.expansions.list().map(([id]) => id));
  if (state.selection?.current?.kind === 'actor') keep.add(state.selection.current.id);
  return { actors: [...model.actors.values()], edges: withinBudget([...model.edges.values()], state.edgeBudget, keep) };
}

// What every drawing (a redraw or an expansion) updates: names, the count of what is shown, the matrix.
function afterDrawing() {
  for (const a of state.model.actors.values()) state.names.set(a.id, a.name);
  const cy = state.view.cy;
  state.scope.showCounts({ actors: cy.nodes().length, relations: drawnClaims(cy) }, state.totals);
  state.search.setNames([...state.model.actors.values()]);
  state.matrixDirty = true;
  if (state.viewName !== 'graph') updateMatrix();
}

function updateMatrix() {
  if (!state.matrixDirty || !state.model) return;
  state.matrixDirty = false;
  const actors = [...state.model.actors.values()];
  state.matrix.update(actors, state.filters.poleNames());
  state.matrix.setNote(state.partial
    ? `The ${actors.length.toLocaleString('en-US')} drawn actors of ${state.totals.actors.toLocaleString('en-US')}: the matrix places what the graph shows. Expand or search to add others.`
    : '');
  state.matrix.highlight(state.selection.current?.kind === 'actor' ? state.selection.current.id : null);
}

/** Adds the next neighbours of `id` (ranked and explained by the API) to the drawing. */
function expandActor(id, step = EXPAND_STEP) {
  const run = (async () => {
    const seq = state.seq;
    setBusy(true);
    try {
      await state.expansions.expand(state.model, id, state.filters.current(), step);
      if (seq !== state.seq) return;
      await state.view.update(modelList(state.model));
      if (seq !== state.seq) return;
      afterDrawing();
      state.analysis.applyMarks(state.view.cy);
      state.search.reapply();
      if (state.selection.current?.id === id) state.selection.render();
      hooks.expansions++;
      syncUrl();
    } catch (err) {
      banner.show(err, null, 'The neighbours could not be loaded.');
    } finally {
      if (seq === state.seq) setBusy(false);
    }
  })();
  state.pending = Promise.all([state.pending, run]).then(() => undefined);
  return run;
}

// A search in a partial drawing also asks the API: actors not drawn are listed, and choosing one adds it.
function showRemoteResults(results, text) {
  state.selection.current = null;
  state.custom = 'search';
  state.customRun = null;
  state.selection.render();
  state.panel.showSearch(text, results, {
    drawn: id => state.model.actors.has(id),
    onChoose: id => {
      if (state.model.actors.has(id)) state.selection.selectActor(id, true);
      else addActor(id);
    },
    onChooseRelation: r => showRelation(r),
  });
  $('side-panel').dataset.open = 'true';
}

async function addActor(id) {
  await expandActor(id, 0);
  state.selection.selectActor(id, true);
}

// A relation found by search: its edge is selected, its ends added to the drawing first where missing. An edge the
// filters leave out selects its source actor, whose panel says so.
async function showRelation(r) {
  for (const id of [r.from.id, r.to.id]) if (!state.model.actors.has(id)) await expandActor(id, 0);
  const id = edgeId(r.from.id, r.type, r.to.id);
  if (state.view.cy.getElementById(id).nonempty()) state.selection.selectEdge(id, true);
  else state.selection.selectActor(r.from.id, true);
}

/**
 * Writes the page's state into the address bar, so the link reproduces this view; `push` makes it a new history
 * entry (a choice Back should undo), at once. Otherwise the current entry is updated (redraws, layouts, slider
 * steps) at the next idle moment: the browser took 70-110 ms to replace the entry while the page was drawing (500
 * actors, no GPU), inside the task that had just drawn. A push writes everything a waiting update would have.
 */
function syncUrl(push = false) {
  if (!state.view) return;
  if (push) {
    cancelUrlUpdate();
    writeUrl(true);
    return;
  }
  if (state.urlUpdate) return;
  let done;
  const written = new Promise(resolve => { done = resolve; });
  const idle = window.requestIdleCallback ?? (run => setTimeout(run, 0));
  state.urlUpdate = { done, written };
  idle(() => {
    if (state.urlUpdate?.written !== written) return;
    state.urlUpdate = null;
    writeUrl(false);
    done();
  }, { timeout: URL_UPDATE_MS });
}

function cancelUrlUpdate() {
  state.urlUpdate?.done();
  state.urlUpdate = null;
}

function writeUrl(push) {
  const cy = state.view.cy;
  writeState({
    ...state.filters.linkState(), selection: state.selection.current, view: state.viewName,
    blocs: $('color-blocs').checked, positions: cy.nodes().length <= POSITIONS_MAX ? state.view.positions() : null,
    top: state.top !== DEFAULT_TOP ? state.top : null, expand: state.expansions.list(),
    renderer: state.link.renderer, layout: state.link.layout,
  }, push);
  state.writtenHash = location.hash;
}

/** The address bar's hash changed under the page (Back, Forward, a new hash): its filters, view and selection apply. */
function followUrl() {
  if (!state.filters || location.hash === state.writtenHash) return;
  // The address bar now says what to show: an update of the old entry waiting for an idle moment is dropped.
  cancelUrlUpdate();
  // A plain fragment (the skip link's #side-panel) is a place on the page, not a state.
  if (location.hash.length > 1 && !location.hash.includes('=')) return;
  state.writtenHash = location.hash;
  const link = readState();
  const before = JSON.stringify(state.filters.current());
  const polesBefore = state.filters.current().poles.join();
  state.filters.restore(link);
  setView(link.view ?? 'graph');
  state.selection.current = link.selection ?? null;
  state.custom = null;
  if (JSON.stringify(state.filters.current()) !== before) {
    if (state.filters.current().poles.join() !== polesBefore) renderLegend($('legend'), state.filters.poleNames());
    // The redraw renders the selection when it is done.
    refresh();
  } else {
    state.selection.render(true);
    state.matrix.highlight(state.selection.current?.kind === 'actor' ? state.selection.current.id : null);
  }
  // "Colour by bloc" is part of the entry too: switched on, the nodes take their bloc's colour; off, they lose it.
  const blocs = Boolean(link.blocs);
  if ($('color-blocs').checked !== blocs) {
    $('color-blocs').checked = blocs;
    const painted = state.analysis.colourBlocs(state.view.cy, blocs).catch(err => banner.show(err, null, 'The blocs could not be loaded.'));
    state.pending = Promise.all([state.pending, painted]).then(() => undefined);
  }
}

function filtersChanged(change) {
  if (!state.started) return;
  // A box ticked or a narrative chosen is a history entry; a slider's steps replace the current one.
  syncUrl(!change?.rapid);
  refresh();
}

function setView(name) {
  state.viewName = ['graph', 'matrix', 'split'].includes(name) ? name : 'graph';
  document.querySelector('.views').dataset.view = state.viewName;
  document.querySelectorAll('.view-tabs .tab').forEach(t => t.setAttribute('aria-selected', String(t.dataset.view === state.viewName)));
  if (state.viewName !== 'graph') updateMatrix();
  requestAnimationFrame(() => state.view?.cy.resize());
}

function polesChanged() {
  if (!state.started) return;
  syncUrl(true);
  renderLegend($('legend'), state.filters.poleNames());
  refresh();
}

function wireGraphEvents(cy) {
  cy.on('tap', 'node', e => {
    const id = e.target.id();
    state.selection.selectActor(id, false);
    // Only part of the graph is drawn: a click brings in the actor's best neighbours.
    if (state.partial && state.caps.has('expand') && !state.expansions.has(id)) expandActor(id);
  });
  cy.on('tap', 'edge', e => state.selection.selectEdge(edgeAt(cy, e.target, e.renderedPosition).id(), false));
  cy.on('tap', e => { if (e.target === cy) state.selection.clear(); });
  cy.on('mouseover', 'edge', e => e.target.addClass('hover'));
  cy.on('mouseout', 'edge', e => e.target.removeClass('hover'));
  cy.on('mouseover', 'node', e => state.matrix.highlight(state.selection.current?.id, e.target.id()));
  cy.on('mouseout', 'node', () => state.matrix.highlight(state.selection.current?.kind === 'actor' ? state.selection.current.id : null));
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

// The actors the panel's pickers offer (leverage over, reach, mediators): the drawn ones, at most the 400 with most
// leverage, by name.
function pickerActors() {
  const drawn = [...(state.model?.actors.values() ?? [])];
  const chosen = drawn.length > 400 ? [...drawn].sort((x, y) => y.leverage - x.leverage).slice(0, 400) : drawn;
  return chosen.map(a => ({ id: a.id, name: a.name })).sort(byName);
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
