// The layout worker: computes node positions off the page's main thread, so the page stays responsive however long
// a layout takes. Two engines:
// - fcose (the page's layout since the start), run in a headless Cytoscape here, for small graphs: a quick draft
//   (fcose's spectral stage) and then the refined picture, two rounds;
// - a Barnes-Hut force layout (force-layout.js) for larger graphs, whose positions stream out in rounds while it
//   converges.
// A job stops when the page cancels it or starts another. A classic worker: the libraries are UMD scripts.
//
// Messages in:  { type: 'run', job, engine: 'fcose' | 'force', ... }, { type: 'cancel', job }, { type: 'pin', job, index, x, y }
// Messages out: { type: 'round', job, round, progress, done, positions: Float64Array [x0, y0, x1, y1, ...] },
//               { type: 'error', job, message }

/* global ForceLayout, cytoscape, cytoscapeFcose */
'use strict';

importScripts('/js/worker/force-layout.js');

let current = null; // { job, layout?, timer? }
let fcoseLoaded = false;

self.onmessage = event => {
  const message = event.data;
  switch (message.type) {
    case 'run':
      stop();
      current = { job: message.job };
      try {
        if (message.engine === 'fcose') runFcose(message);
        else runForce(message);
      } catch (err) {
        post({ type: 'error', job: message.job, message: String(err && err.message || err) });
        current = null;
      }
      break;
    case 'cancel':
      if (current && current.job === message.job) stop();
      break;
    case 'pin':
      // A node the user dragged stays where it was dropped.
      if (current && current.job === message.job && current.layout) {
        const l = current.layout;
        l.x[message.index] = message.x;
        l.y[message.index] = message.y;
        l.fixed[message.index] = 1;
      }
      break;
    default:
      break;
  }
};

function stop() {
  if (current && current.timer) clearTimeout(current.timer);
  current = null;
}

function post(message, transfer = []) {
  self.postMessage(message, transfer);
}

function positionsOf(layout) {
  const out = new Float64Array(2 * layout.n);
  for (let i = 0; i < layout.n; i++) {
    out[2 * i] = layout.x[i];
    out[2 * i + 1] = layout.y[i];
  }
  return out;
}

// Steps for about `sliceMs`, then hands out the positions and yields, so a 'cancel' or a new 'run' is read between
// slices. The first round goes out at once: the starting positions, so the page can draw before anything converges.
function runForce(message) {
  const me = current;
  const layout = new ForceLayout(message);
  me.layout = layout;
  const sliceMs = message.sliceMs || 60;
  let round = 0;
  const send = () => {
    const positions = positionsOf(layout);
    post({ type: 'round', job: me.job, round: round++, progress: layout.progress(), done: layout.done(), positions }, [positions.buffer]);
  };
  send();
  const slice = () => {
    if (current !== me) return;
    const start = performance.now();
    while (!layout.done() && performance.now() - start < sliceMs) layout.step();
    send();
    if (layout.done()) current = null;
    else me.timer = setTimeout(slice, 0);
  };
  me.timer = setTimeout(slice, 0);
}

function loadFcose() {
  if (fcoseLoaded) return;
  importScripts('/lib/layout-base/layout-base.js', '/lib/cose-base/cose-base.js',
    '/lib/cytoscape/dist/cytoscape.min.js', '/lib/cytoscape-fcose/cytoscape-fcose.js');
  if (!cytoscape('layout', 'fcose')) cytoscape.use(cytoscapeFcose);
  fcoseLoaded = true;
}

// The page's fcose options; node sizes arrive measured (labels included), as the page's renderer sees them.
const FCOSE = {
  name: 'fcose',
  nodeDimensionsIncludeLabels: false,
  nodeRepulsion: 26000,
  nodeSeparation: 100,
  gravity: 0.25,
  numIter: 5000,
  padding: 40,
  packComponents: true,
  animate: false,
  fit: false,
  idealEdgeLength: edge => edge.data('length'),
};

/**
 * `nodes` = [{ id, w, h, x, y, fixed }], `edges` = [[source index, target index, ideal length]] (one spring per pair),
 * `poles` = { left, right } ids or null, `randomize`. A fresh layout goes out twice (draft, then refined); a layout
 * of new nodes around pinned ones goes out once.
 */
function runFcose(message) {
  loadFcose();
  const me = current;
  const { nodes, edges, poles, randomize } = message;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle', 'border-width': 0 } }],
    elements: [
      ...nodes.map(n => ({ group: 'nodes', data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x || 0, y: n.y || 0 } })),
      ...edges.map(([s, t, length], i) => ({ group: 'edges', data: { id: `s${i}`, source: nodes[s].id, target: nodes[t].id, length } })),
    ],
  });
  const fixed = nodes.filter(n => n.fixed).map(n => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
  const constraints = {};
  if (fixed.length) constraints.fixedNodeConstraint = fixed;
  else if (poles && poles.left !== poles.right && cy.getElementById(poles.left).nonempty() && cy.getElementById(poles.right).nonempty()) {
    constraints.relativePlacementConstraint = [{ left: poles.left, right: poles.right, gap: 400 }];
  }
  const send = (round, done) => {
    const positions = new Float64Array(2 * nodes.length);
    nodes.forEach((n, i) => {
      const p = cy.getElementById(n.id).position();
      positions[2 * i] = p.x;
      positions[2 * i + 1] = p.y;
    });
    post({ type: 'round', job: me.job, round, progress: done ? 1 : 0.5, done, positions }, [positions.buffer]);
  };
  if (randomize && !fixed.length) {
    withSeededRandom(() => cy.layout({ ...FCOSE, ...constraints, quality: 'draft', randomize: true }).run());
    send(0, false);
    // The refinement runs in the next task, so a 'cancel' that arrived meanwhile is honoured. It starts again from
    // the same seeded spectral draft (fcose's 'proof' is the draft refined), so the picture is what fcose alone gives.
    me.timer = setTimeout(() => {
      if (current !== me) return;
      withSeededRandom(() => cy.layout({ ...FCOSE, ...constraints, quality: 'proof', randomize: true }).run());
      send(1, true);
      current = null;
    }, 0);
    return;
  }
  withSeededRandom(() => cy.layout({ ...FCOSE, ...constraints, quality: 'proof', randomize: false }).run());
  send(0, true);
  current = null;
}

// fcose draws its spectral start from Math.random. Seeding it for the (synchronous) computation makes the same data
// always give the same picture: reloads do not reshuffle the graph, and screenshots are comparable.
function withSeededRandom(run) {
  const original = Math.random;
  let seed = 0x1f2e3d4c;
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    run();
  } finally {
    Math.random = original;
  }
}
