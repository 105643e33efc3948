// The Cytoscape instance: draws what the page was given (actors and merged edges), keeps positions stable across
// filter changes, and lays out only what is new (or everything, on demand). Every layout runs in the layout worker:
// fcose for small drawings, the worker's force layout for large ones, whose positions arrive in rounds while the
// drawing is already on screen and usable. Large drawings are added to Cytoscape in slices, so no single task of
// the main thread grows with the graph.

import { edgeData, nodeData, springLength } from './graph-data.js';
import { drawWithoutTextures, pictureAtScreenResolution } from './canvas-textures.js';
import { graphStyle } from './graph-style.js';
import { LayoutClient } from './layout-client.js';
import { afterNextFrame, yieldToMain } from './tasks.js';

const PADDING = 40;
/** Up to this size fcose lays the drawing out (it takes about a second here); above, the force layout. */
export const FCOSE_MAX_NODES = 60;
export const FCOSE_MAX_EDGES = 300;
/** Elements added (or restyled) per task, with their styles computed: well under 50 ms each. */
const SLICE = 200;
/** Nodes added per drawn frame at most, and in the first slice (see addSliced). */
const NODE_SLICE = 50;
const FIRST_NODE_SLICE = 10;
// A round of positions redraws the whole drawing; for a large one the rounds are shown this often at most (ms).
// How long a large first drawing waits for its layout before it appears, and from how many moving nodes on the
// edges wait for the layout to stop.
const PREVIEW_MS = 400;
const SETTLE_MIN_NODES = 150;
// While edges are being added, the drawing shows them this often (ms).
const EDGE_DRAW_MS = 400;
const ROUND_INTERVAL = n => (n > 2000 ? 500 : n > 300 ? 250 : 0);
// Long edges drawn above short ones (see stackEdges), only where it is cheap.
const STACK_MAX_EDGES = 2000;


/**
 * Wraps one Cytoscape instance. `typeColor(type)` is a relation type's colour (encodings.js's typeColors);
 * `renderer` is renderer.js's choice; `onLayout({ engine, running, progress })` hears
 * how the layout is getting on; `onEdges()` that edges which waited for a large layout were added.
 */
export class GraphView {
  constructor(container, typeColor, { renderer, onLayout = () => {}, onEdges = () => {}, layoutOverride = null } = {}) {
    if (typeof window.cytoscape !== 'function') throw new Error('Cytoscape.js did not load (/lib/cytoscape).');
    this.typeColor = typeColor;
    this.actors = new Map();
    this.renderer = renderer;
    this.large = renderer.large;
    this.onLayout = onLayout;
    this.onEdges = onEdges;
    this.waitingEdges = null;
    this.layoutOverride = layoutOverride;
    this.layouts = new LayoutClient();
    this.token = 0;
    this.marksToken = 0;
    this.follow = false;
    this.fitting = false;
    this.pending = null;
    this.layoutState = { engine: null, running: false, progress: 1 };
    this.cy = window.cytoscape({
      container,
      style: graphStyle({ large: renderer.large, webgl: renderer.name === 'webgl' }),
      minZoom: renderer.large ? 0.02 : 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      ...renderer.options,
    });
    this.useBitmapPolicy();
    // Once the user moves the view, a running layout no longer refits it.
    this.cy.on('dragpan scrollzoom pinchzoom', () => { this.follow = false; });
    this.cy.on('viewport', () => { if (!this.fitting) this.follow = false; });
    this.cy.on('dragfree', 'node', e => {
      if (this.order) this.layouts.pin(this.order.get(e.target.id()), e.target.position());
    });
  }

  // Small drawings draw without bitmaps; large ones move a picture at the screen's resolution (canvas-textures.js).
  useBitmapPolicy() {
    if (this.renderer.name !== 'canvas') return;
    if (this.large) pictureAtScreenResolution(this.cy);
    else drawWithoutTextures(this.cy);
  }

  /**
   * Draws `model` ({ actors, edges }: the API's actors and AggregateEdges); what it lacks is removed, existing nodes
   * keep their positions, new ones are laid out around them. `saved` positions (from a link) place actors on the
   * first drawing. Resolves once everything is drawn: after the layout for small drawings, while it still refines
   * for large ones (`layoutDone()` waits for the end).
   */
  async update(model, saved = null) {
    const token = ++this.token;
    this.layouts.cancel();
    // Edges an interrupted layout kept waiting are not drawn: this drawing adds what it lacks.
    this.waitingEdges = null;
    const cy = this.cy;
    const firstDraw = cy.nodes().length === 0;
    const large = this.large;
    const nodes = model.actors.map(a => nodeData(a, large));
    const ids = new Set(nodes.map(n => n.id));
    const edges = model.edges.filter(e => ids.has(e.from) && ids.has(e.to)).map(e => edgeData(e, this.typeColor(e.type), large));
    this.actors = new Map(model.actors.map(a => [a.id, a]));
    const wanted = new Set(ids);
    for (const e of edges) wanted.add(e.id);

    const freshNodes = [];
    const freshEdges = [];
    cy.batch(() => {
      cy.elements().filter(ele => !wanted.has(ele.id())).remove();
      for (const data of nodes) {
        const existing = cy.getElementById(data.id);
        if (existing.nonempty()) existing.data(data);
        else freshNodes.push(data);
      }
      for (const data of edges) {
        const existing = cy.getElementById(data.id);
        if (existing.nonempty()) existing.data(data);
        else freshEdges.push(data);
      }
    });

    const small = this.layoutOverride === 'fcose'
      || (this.layoutOverride !== 'force' && nodes.length <= FCOSE_MAX_NODES && edges.length <= FCOSE_MAX_EDGES);
    if (small) await this.drawSmall(token, freshNodes, freshEdges, firstDraw, saved);
    else await this.drawLarge(token, freshNodes, freshEdges, firstDraw, saved);
    if (token !== this.token) return;
    this.markIsolated();
  }

  /** Resolves when the running layout (if any) has finished or was replaced. */
  layoutDone() {
    return this.pending ?? Promise.resolve();
  }

  /** Every actor's position, for a shareable link. */
  positions() {
    return new Map(this.cy.nodes().map(n => [n.id(), { ...n.position() }]));
  }

  /** Lays out the whole drawing again, starting from the current positions; resolves when it has stopped. */
  layout({ randomize = false, animate = true } = {}) {
    const token = ++this.token;
    const cy = this.cy;
    const small = this.layoutOverride === 'fcose'
      || (this.layoutOverride !== 'force' && cy.nodes().length <= FCOSE_MAX_NODES && cy.edges().length <= FCOSE_MAX_EDGES);
    if (small) return this.runFcose(token, cy.nodes(), { randomize, animate: animate ? 600 : 0, fit: true });
    this.follow = true;
    // While every node moves, the edges step aside (see drawLarge) and come back when the layout stops.
    if (cy.nodes().length > SETTLE_MIN_NODES) {
      this.waitingEdges = cy.edges().map(e => e.data());
      cy.edges().remove();
    }
    return this.runForce(token, cy.nodes().map(n => n.data()), { alpha: 0.6, pinOld: false, saved: null });
  }

  // ---------- small drawings: fcose in the worker, as the page has always laid them out ----------

  async drawSmall(token, freshNodes, freshEdges, firstDraw, saved) {
    const cy = this.cy;
    const added = cy.batch(() => cy.add([
      ...freshNodes.map(data => ({ group: 'nodes', data, classes: firstDraw ? 'unplaced' : '' })),
      ...freshEdges.map(data => ({ group: 'edges', data, classes: firstDraw ? 'unplaced' : '' })),
    ]));
    let newNodes = added.nodes();
    if (firstDraw && saved && saved.size) {
      // Positions from a shared link: those actors go where the link says; only the others are laid out.
      newNodes.forEach(n => { if (saved.has(n.id())) n.position(saved.get(n.id())); });
      newNodes = newNodes.filter(n => !saved.has(n.id()));
      cy.elements().removeClass('unplaced');
      if (newNodes.nonempty()) await this.layoutNew(token, newNodes, 0);
      if (token === this.token) this.fit();
    } else if (firstDraw) {
      await this.runFcose(token, cy.nodes(), { randomize: true, animate: 400, fit: true });
    } else if (newNodes.nonempty()) {
      await this.layoutNew(token, newNodes, 400);
    }
    if (token === this.token) this.stackEdges();
  }

  // New nodes start beside their drawn neighbours; everything already placed stays pinned.
  layoutNew(token, newNodes, animate) {
    const cy = this.cy;
    const old = cy.nodes().difference(newNodes);
    newNodes.forEach(n => {
      const placed = n.neighborhood('node').difference(newNodes);
      const anchor = placed.nonempty() ? centroid(placed) : centroid(old.nonempty() ? old : cy.nodes());
      n.position({ x: anchor.x + (Math.random() - 0.5) * 80, y: anchor.y + (Math.random() - 0.5) * 80 });
    });
    if (old.empty()) return this.runFcose(token, cy.nodes(), { randomize: true, animate: 0, fit: true });
    return this.runFcose(token, cy.nodes(), { randomize: false, animate, fit: false, pinned: old });
  }

  /**
   * Sends `nodes` (with their label-inclusive sizes) and one spring per pair of actors to fcose in the worker;
   * ten claims between India and Pakistan are one spring, not ten pulling the two hubs together.
   */
  runFcose(token, nodes, { randomize, animate, fit, pinned = null }) {
    const cy = this.cy;
    const index = new Map();
    const list = nodes.map((n, i) => {
      index.set(n.id(), i);
      const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
      const p = n.position();
      return { id: n.id(), w: bb.w, h: bb.h, x: p.x, y: p.y, fixed: Boolean(pinned && pinned.contains(n)) };
    });
    const seen = new Set();
    const springs = [];
    cy.edges().forEach(e => {
      const s = index.get(e.source().id());
      const t = index.get(e.target().id());
      if (s === undefined || t === undefined || s === t) return;
      const pair = s < t ? `${s} ${t}` : `${t} ${s}`;
      if (seen.has(pair)) return;
      seen.add(pair);
      springs.push([s, t, springLength(e.source().degree(false), e.target().degree(false))]);
    });
    const [right, left] = this.poles ?? [];
    this.setLayoutState({ engine: 'fcose', running: true, progress: 0 });
    const { done } = this.layouts.run({
      engine: 'fcose', nodes: list, edges: springs, randomize, poles: right && left ? { left, right } : null,
    }, (positions, round) => {
      if (token !== this.token) return;
      const target = new Map(list.map((n, i) => [n.id, { x: positions[2 * i], y: positions[2 * i + 1] }]));
      const first = cy.elements('.unplaced');
      if (first.nonempty()) {
        // The draft: shown at once, then the refinement moves the nodes to their final places.
        cy.batch(() => nodes.forEach(n => n.position(target.get(n.id()))));
        first.removeClass('unplaced');
        if (fit) this.fit();
      } else {
        this.moveTo(nodes, target, animate, fit && round.done);
      }
      this.setLayoutState({ engine: 'fcose', running: !round.done, progress: round.progress });
    });
    const finished = done
      .then(ok => (ok && animate ? wait(animate + 30) : undefined))
      .then(() => {
        if (token !== this.token) return;
        if (fit) this.fit();
        this.stackEdges();
        this.setLayoutState({ engine: 'fcose', running: false, progress: 1 });
      });
    this.pending = finished;
    return finished;
  }

  moveTo(nodes, target, animate, fit) {
    if (!animate) {
      this.cy.batch(() => nodes.forEach(n => n.position(target.get(n.id()))));
      return;
    }
    const layout = nodes.layout({
      name: 'preset', positions: n => target.get(n.id()), animate: true, animationDuration: animate, fit, padding: PADDING,
    });
    this.fitting = fit;
    layout.one('layoutstop', () => { this.fitting = false; });
    layout.run();
  }

  // ---------- large drawings: the force layout in the worker, positions in rounds ----------

  /**
   * The layout starts first; the drawing appears with its positions as they are after PREVIEW_MS (or when the
   * layout is done, if sooner), nodes first. Edges join once the layout has stopped moving many nodes: each round
   * would otherwise recompute thousands of edges in one frame. They are added a slice per frame.
   */
  async drawLarge(token, freshNodes, freshEdges, firstDraw, saved) {
    const all = [...this.cy.nodes().map(n => n.data()), ...freshNodes];
    if (freshNodes.length === 0) {
      await this.addSliced(token, freshEdges.map(data => ({ group: 'edges', data })), EDGE_DRAW_MS);
      return;
    }
    if (firstDraw) this.follow = true;
    let started;
    const start = new Promise(resolve => { started = resolve; });
    this.incomingEdges = freshEdges;
    const finished = this.runForce(token, all, { alpha: firstDraw ? 1 : 0.35, pinOld: !firstDraw, saved, onStart: started });
    this.incomingEdges = null;
    const first = await Promise.race([start, finished.then(() => null)]);
    if (token !== this.token || !first) return;
    const { positions, done } = first;
    const index = this.order;
    // The view is set before anything is drawn: a first frame at another zoom would draw every label for nothing.
    if (this.follow) this.fitBox(boxOf(all.map(d => {
      const i = index.get(d.id);
      return { x: positions[2 * i], y: positions[2 * i + 1], r: d.size / 2 };
    })));
    await this.addSliced(token, freshNodes.map(data => {
      const i = index.get(data.id);
      return { group: 'nodes', data, position: { x: positions[2 * i], y: positions[2 * i + 1] } };
    }));
    if (token !== this.token) return;
    if (this.follow) this.fit();
    await yieldToMain();
    if (token !== this.token) return;
    // Only a few new nodes among pinned ones (an expansion, a filter change): their edges can show at once.
    // (The layout may have stopped while the nodes were being added: then the edges come now too.)
    if (done || !this.layouts.running || freshNodes.length <= SETTLE_MIN_NODES) {
      await this.addSliced(token, freshEdges.map(data => ({ group: 'edges', data })), EDGE_DRAW_MS);
    } else this.waitingEdges = freshEdges;
  }

  /**
   * Runs the force layout over `nodes` (element data, in this order). Existing nodes keep their positions (pinned
   * when `pinOld`); `saved` positions from a link pin their actors. `onStart({ positions, done })` gets the positions
   * to draw with first; later rounds move the drawn nodes, at most one frame's worth at a time.
   */
  runForce(token, nodes, { alpha, pinOld, saved, onStart = null }) {
    const cy = this.cy;
    const n = nodes.length;
    const order = new Map(nodes.map((d, i) => [d.id, i]));
    this.order = order;
    const x = new Float64Array(n).fill(NaN);
    const y = new Float64Array(n).fill(NaN);
    const radius = new Float32Array(n);
    const fixed = new Uint8Array(n);
    nodes.forEach((d, i) => {
      radius[i] = d.size / 2;
      const ele = cy.getElementById(d.id);
      const link = saved?.get(d.id);
      if (link) {
        x[i] = link.x;
        y[i] = link.y;
        fixed[i] = 1;
      } else if (ele.nonempty()) {
        const p = ele.position();
        x[i] = p.x;
        y[i] = p.y;
        fixed[i] = pinOld ? 1 : 0;
      }
    });
    // One spring per pair of actors, drawn edges and new ones alike.
    const seen = new Set();
    const pairs = [];
    const addPair = (a, b) => {
      const s = order.get(a);
      const t = order.get(b);
      if (s === undefined || t === undefined || s === t) return;
      const key = s < t ? s * n + t : t * n + s;
      if (seen.has(key)) return;
      seen.add(key);
      pairs.push(s, t);
    };
    cy.edges().forEach(e => addPair(e.data('source'), e.data('target')));
    for (const e of this.incomingEdges ?? []) addPair(e.source, e.target);
    const links = Int32Array.from(pairs);
    const [right, left] = this.poles ?? [];
    const poles = order.has(right) && order.has(left) && right !== left ? [order.get(right), order.get(left)] : null;

    let latest = null;
    let frame = 0;
    let shown = 0;
    const interval = ROUND_INTERVAL(n);
    const apply = () => {
      frame = 0;
      if (token !== this.token || !latest) return;
      const positions = latest;
      latest = null;
      shown = performance.now();
      this.applyPositions(nodes, positions);
      if (this.follow) this.fit();
    };
    const schedule = () => {
      if (frame) return;
      const wait = Math.max(0, shown + interval - performance.now());
      frame = wait > 0 ? setTimeout(() => { frame = requestAnimationFrame(apply); }, wait) : requestAnimationFrame(apply);
    };
    const began = performance.now();
    let waiting = Boolean(onStart);
    this.setLayoutState({ engine: 'force', running: true, progress: 0 });
    const { done } = this.layouts.run({
      engine: 'force', n, x, y, radius, fixed, links, poles, alpha, sliceMs: n > 2000 ? 120 : 60,
    }, (positions, round) => {
      if (token !== this.token) return;
      this.setLayoutState({ engine: 'force', running: !round.done, progress: round.progress });
      if (waiting) {
        // The drawing waits a moment for the layout, so it appears close to its final shape.
        if (!round.done && performance.now() - began < PREVIEW_MS) return;
        waiting = false;
        shown = performance.now();
        onStart({ positions, done: round.done });
        return;
      }
      latest = positions;
      schedule();
    }, [x.buffer, y.buffer, radius.buffer, fixed.buffer, links.buffer]);
    const finished = done.then(async ok => {
      if (frame) {
        clearTimeout(frame);
        cancelAnimationFrame(frame);
        frame = 0;
        if (ok) apply();
      }
      if (token !== this.token) return;
      await this.addWaitingEdges(token);
      if (token !== this.token) return;
      this.stackEdges();
      this.setLayoutState({ engine: 'force', running: false, progress: 1 });
    }).catch(err => {
      this.setLayoutState({ engine: 'force', running: false, progress: 1, error: err.message });
    });
    this.pending = finished;
    return finished;
  }

  // The edges that waited for the layout join the drawing; the page hears of it (for counts and marks).
  async addWaitingEdges(token) {
    const edges = this.waitingEdges;
    this.waitingEdges = null;
    if (!edges || edges.length === 0) return;
    await this.addSliced(token, edges.filter(d => this.cy.getElementById(d.id).empty()).map(data => ({ group: 'edges', data })), EDGE_DRAW_MS);
    if (token === this.token) this.onEdges();
  }

  applyPositions(nodes, positions) {
    const cy = this.cy;
    cy.batch(() => {
      for (let i = 0; i < nodes.length; i++) {
        const ele = cy.getElementById(nodes[i].id);
        // A node the user holds stays under the pointer.
        if (ele.empty() || ele.grabbed()) continue;
        ele.position({ x: positions[2 * i], y: positions[2 * i + 1] });
      }
    });
  }

  /**
   * Holds Cytoscape's drawing until the returned function is called (holds nest): between the slices of a large
   * change it would redraw everything every frame; held, it draws once, at the end.
   */
  freeze() {
    const renderer = this.cy.renderer();
    if (!renderer || typeof renderer.render !== 'function') return () => {};
    if (!this.frozen) {
      // Cytoscape's render loop calls render() each frame something changed; held, the call does nothing, and the
      // frame after the release draws everything at once. (The WebGL renderer has a render() of its own.)
      this.frozen = 0;
      this.ownRender = Object.prototype.hasOwnProperty.call(renderer, 'render') ? renderer.render : null;
      renderer.render = () => {};
    }
    this.frozen++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.frozen--;
      if (this.frozen === 0) {
        if (this.ownRender) renderer.render = this.ownRender;
        else delete renderer.render;
        this.cy.forceRender();
      }
    };
  }

  /**
   * Adds `elements` a slice per task, computing their styles, geometry and bounds as it goes. Between slices
   * Cytoscape would redraw everything added so far each frame: it draws at most every `drawEveryMs` (0: every
   * slice; a node's first drawing builds its texture, so nodes are best drawn a slice at a time; edges are drawn
   * directly, and each drawing of them all costs the same, so fewer drawings finish sooner).
   */
  async addSliced(token, elements, drawEveryMs = 0) {
    const renderer = this.cy.renderer();
    // A frame that draws new nodes first makes their bitmaps (disc and label, about a millisecond each without a
    // GPU), so nodes come NODE_SLICE at a time whatever the pace of adding them. The first slice of nodes is small:
    // it and the frame after it also pay for compiling Cytoscape's style and drawing code (over 200 ms for 50 nodes).
    const pace = drawEveryMs === 0 ? new Pace(NODE_SLICE, FIRST_NODE_SLICE) : new Pace(2 * SLICE);
    let release = drawEveryMs > 0 && elements.length > SLICE ? this.freeze() : null;
    let drawn = performance.now();
    try {
      for (let i = 0; i < elements.length;) {
        if (token !== this.token) return;
        const size = pace.size();
        const started = performance.now();
        const added = this.cy.add(elements.slice(i, i + size));
        // Cytoscape computes styles, geometry and bounds lazily, on the next frame, for everything added: here,
        // slice by slice, instead (the frame then only draws).
        if (renderer?.flushRenderedStyleQueue) {
          renderer.flushRenderedStyleQueue();
          added.forEach(ele => { ele.boundingBox(); });
        } else added.cleanStyle?.();
        pace.took(size, performance.now() - started);
        i += size;
        if (i >= elements.length) break;
        if (release && performance.now() - drawn >= drawEveryMs) {
          // Let one frame draw what is in so far.
          release();
          await afterNextFrame();
          drawn = performance.now();
          release = this.freeze();
        } else await yieldToMain();
      }
    } finally {
      release?.();
    }
  }

  // ---------- marks ----------

  /**
   * Fades everything but `focus` (null: nothing). Only what changes is touched, and a large change is made a slice
   * per task: each element whose class changes has its style computed again.
   */
  fade(focus) {
    const token = ++this.marksToken;
    const cy = this.cy;
    const target = focus ? cy.elements().difference(focus) : cy.collection();
    const current = cy.elements('.faded');
    const off = current.difference(target);
    const on = target.difference(current);
    return this.sliced(token, off, e => e.removeClass('faded'))
      .then(() => this.sliced(token, on, e => e.addClass('faded')));
  }

  /** Applies `change(ele)` to `eles` a slice per task (the first slice at once); stops if `token` is stale. */
  sliced(token, eles, change) {
    const cy = this.cy;
    const renderer = cy.renderer();
    const pace = new Pace();
    const run = start => {
      if (token !== this.marksToken && token !== null) return Promise.resolve();
      const size = pace.size();
      const started = performance.now();
      const slice = eles.slice(start, start + size);
      cy.batch(() => slice.forEach(change));
      if (eles.length > SLICE) renderer?.flushRenderedStyleQueue?.();
      pace.took(size, performance.now() - started);
      return start + size < eles.length ? yieldToMain().then(() => run(start + size)) : Promise.resolve();
    };
    return eles.length ? run(0) : Promise.resolve();
  }

  // ---------- helpers ----------

  setLayoutState(state) {
    this.layoutState = state;
    this.onLayout(state);
  }

  fit() {
    this.fitting = true;
    if (this.large) this.fitNodes();
    else this.cy.fit(undefined, PADDING);
    this.fitting = false;
  }

  // Cytoscape's fit measures every label of every element; for a large drawing the nodes' discs are enough.
  fitNodes() {
    this.fitBox(boxOf(this.cy.nodes().map(n => ({ ...n.position(), r: (n.data('size') ?? 30) / 2 }))));
  }

  fitBox({ x1, y1, x2, y2 }) {
    const cy = this.cy;
    if (!Number.isFinite(x1)) return;
    this.fitting = true;
    const w = cy.width();
    const h = cy.height();
    let zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), (w - 2 * PADDING) / Math.max(1, x2 - x1), (h - 2 * PADDING) / Math.max(1, y2 - y1)));
    if (this.large) zoom = this.keepTextureLevel(zoom);
    cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2 } });
    this.fitting = false;
  }

  /**
   * The canvas draws each node and label from a bitmap made for the zoom's texture level (a power of two); a frame
   * after the level changed makes every bitmap again, which for hundreds of nodes without a GPU blocks the main
   * thread for 300 ms and more. So the page's own fits of a large drawing (while its layout runs, and at its end)
   * zoom in no further than the level the drawing is at: the drawing may fill a little less of the view, and the
   * user's own zooming is not limited. (Zooming out, to a level of smaller bitmaps, is allowed.)
   */
  keepTextureLevel(zoom) {
    const ratio = this.cy.renderer()?.getPixelRatio?.() ?? 1;
    const level = z => Math.ceil(Math.log2(z * ratio));
    if (this.cy.nodes().length === 0) return zoom;
    const current = level(this.cy.zoom());
    return level(zoom) > current ? Math.pow(2, current) / ratio : zoom;
  }

  // An actor without a drawn edge has a dashed outline; the edges that wait for a large layout count as drawn.
  markIsolated() {
    const cy = this.cy;
    const waiting = new Set();
    for (const e of this.waitingEdges ?? []) {
      waiting.add(e.source);
      waiting.add(e.target);
    }
    cy.batch(() => cy.nodes().forEach(n => {
      const isolated = n.degree(false) === 0 && !waiting.has(n.id());
      if (n.hasClass('isolated') !== isolated) n.toggleClass('isolated', isolated);
    }));
  }

  // Long edges are drawn (and hit) above short ones: where edges cross, a click on a long edge's midpoint,
  // the easiest place to aim at, selects that edge rather than a short one passing over it.
  stackEdges() {
    const cy = this.cy;
    if (cy.edges().length > STACK_MAX_EDGES) return;
    cy.batch(() => cy.edges().forEach(e => {
      const s = e.source().position();
      const t = e.target().position();
      e.data('z', Math.min(19, 1 + Math.round(Math.hypot(s.x - t.x, s.y - t.y) / 60)));
    }));
  }
}

// How many elements a slice takes: it starts small (the first slices also pay for compiling Cytoscape's style code)
// and grows or shrinks to about SLICE_MS a slice, whatever the machine's speed and load.
const SLICE_MS = 30;

class Pace {
  constructor(most = 2 * SLICE, first = Math.min(60, most)) {
    this.most = most;
    this.next = first;
  }

  size() {
    return this.next;
  }

  took(count, ms) {
    const perElement = Math.max(ms, 1) / count;
    this.next = Math.max(20, Math.min(this.most, Math.round(SLICE_MS / perElement), this.next * 2));
  }
}

function boxOf(discs) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y, r } of discs) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x - r < x1) x1 = x - r;
    if (x + r > x2) x2 = x + r;
    if (y - r < y1) y1 = y - r;
    if (y + r > y2) y2 = y + r;
  }
  return { x1, y1, x2, y2 };
}

function centroid(nodes) {
  let x = 0;
  let y = 0;
  nodes.forEach(n => { x += n.position('x'); y += n.position('y'); });
  return { x: x / nodes.length, y: y / nodes.length };
}

function wait(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}
