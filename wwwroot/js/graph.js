// The Cytoscape instance: draws the filtered graph, keeps positions stable across filter changes,
// and lays out only what is new (or everything, on demand).

import { graphStyle } from './graph-style.js';
import { mergeRelations } from './merge.js';
import {
  alignmentColor, edgeWidth, KIND_SHAPES, nodeSize, STATUS_STYLES, typePalette, UNKNOWN_TYPE_COLOR,
} from './encodings.js';
import { humanize } from './dom.js';

const LAYOUT = {
  name: 'fcose',
  quality: 'proof',
  nodeDimensionsIncludeLabels: true,
  // Hubs (India, Pakistan) carry dozens of edges: longer springs around them keep their neighbours legible.
  idealEdgeLength: edge => 70 + 7 * Math.sqrt(edge.source().degree(false) + edge.target().degree(false)),
  nodeRepulsion: 26000,
  nodeSeparation: 100,
  gravity: 0.25,
  numIter: 5000,
  padding: 40,
  packComponents: true,
};

/** Wraps one Cytoscape instance; `claims` maps each drawn edge id to its merged relations. */
export class GraphView {
  constructor(container, relationTypes) {
    if (typeof window.cytoscape !== 'function') throw new Error('Cytoscape.js did not load (/lib/cytoscape).');
    // cytoscape-fcose registers itself when it finds the global cytoscape; a second use() would only warn.
    if (!window.cytoscape('layout', 'fcose')) {
      if (typeof window.cytoscapeFcose !== 'function') throw new Error('The fcose layout did not load (/lib/cytoscape-fcose).');
      window.cytoscape.use(window.cytoscapeFcose);
    }
    this.palette = typePalette(relationTypes);
    this.claims = new Map();
    this.actors = new Map();
    this.cy = window.cytoscape({
      container,
      style: graphStyle,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
  }

  /** Colour of a relation type in the drawing (and the legend). */
  typeColor(type) {
    return this.palette.get(type) ?? UNKNOWN_TYPE_COLOR;
  }

  /**
   * Replaces the drawn elements with `graph` ({actors, relations}); existing nodes keep their positions.
   * Resolves when any layout it had to run has stopped.
   */
  async update(graph, saved = null) {
    const cy = this.cy;
    const firstDraw = cy.nodes().length === 0;
    const nodes = graph.actors.map(a => ({ group: 'nodes', data: this.nodeData(a) }));
    const edges = mergeRelations(graph.relations)
      .filter(e => graph.actors.some(a => a.id === e.source) && graph.actors.some(a => a.id === e.target))
      .map(e => ({ group: 'edges', data: this.edgeData(e), claims: e.relations }));

    this.actors = new Map(graph.actors.map(a => [a.id, a]));
    this.claims = new Map(edges.map(e => [e.data.id, e.claims]));
    const wanted = new Set([...nodes, ...edges].map(e => e.data.id));
    const added = [];

    cy.batch(() => {
      cy.elements().filter(ele => !wanted.has(ele.id())).remove();
      for (const item of [...nodes, ...edges]) {
        const existing = cy.getElementById(item.data.id);
        if (existing.nonempty()) existing.data(item.data);
        else {
          added.push(item.data.id);
          cy.add({ group: item.group, data: item.data });
        }
      }
      cy.nodes().forEach(n => n.toggleClass('isolated', n.degree(false) === 0));
    });

    let newNodes = cy.nodes().filter(n => added.includes(n.id()));
    // Positions from a shared link: those actors go where the link says; only the others are laid out.
    if (firstDraw && saved && saved.size) {
      newNodes.forEach(n => { if (saved.has(n.id())) n.position(saved.get(n.id())); });
      newNodes = newNodes.filter(n => !saved.has(n.id()));
      if (newNodes.nonempty()) await this.layoutNew(newNodes);
      cy.fit(undefined, LAYOUT.padding);
    } else if (firstDraw) await this.layout({ randomize: true, animate: false });
    else if (newNodes.nonempty()) await this.layoutNew(newNodes);
    this.stackEdges();
  }

  // Long edges are drawn (and hit) above short ones: where edges cross, a click on a long edge's midpoint,
  // the easiest place to aim at, selects that edge rather than a short one passing over it.
  stackEdges() {
    this.cy.batch(() => this.cy.edges().forEach(e => {
      const s = e.source().position();
      const t = e.target().position();
      e.data('z', Math.min(19, 1 + Math.round(Math.hypot(s.x - t.x, s.y - t.y) / 60)));
    }));
  }

  nodeData(actor) {
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      shape: KIND_SHAPES[actor.kind] ?? 'ellipse',
      size: nodeSize(actor.leverage),
      // Labels grow with the node, so the actors that matter most stay readable when zoomed out.
      fontSize: Math.round(14 + 6 * Math.sqrt(Math.max(0, Math.min(1, Number(actor.leverage) || 0)))),
      color: alignmentColor(actor.alignment),
      leverage: actor.leverage,
      alignment: actor.alignment ?? null,
      searchText: [actor.name, ...(actor.aliases ?? [])].join('\n').toLowerCase(),
    };
  }

  edgeData(edge) {
    const style = STATUS_STYLES[edge.status] ?? STATUS_STYLES.CONFIRMED;
    const count = edge.relations.length;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      status: edge.status,
      relationIds: edge.relationIds,
      color: this.typeColor(edge.type),
      width: edgeWidth(edge.weight),
      lineStyle: style.line,
      opacity: style.opacity,
      label: count > 1 ? `${humanize(edge.type)} (${count} claims)` : humanize(edge.type),
      z: this.cy.getElementById(edge.id).data('z') ?? 1,
    };
  }

  /** Every actor's position, for a shareable link. */
  positions() {
    return new Map(this.cy.nodes().map(n => [n.id(), { ...n.position() }]));
  }

  /** Lays out the whole graph; positions start from the current ones unless `randomize`. */
  layout({ randomize = false, animate = true } = {}) {
    const layout = springs(this.cy).layout({
      ...LAYOUT, randomize, animate, animationDuration: 600, fit: true, ...this.poleConstraint(),
    });
    // Fit once more at the end: the container may have been resized while the layout ran.
    const stopped = layout.promiseOn('layoutstop').then(() => {
      this.cy.fit(undefined, LAYOUT.padding);
      this.stackEdges();
    });
    withSeededRandom(() => layout.run());
    return stopped;
  }

  // Everyone is linked to both hubs, which would pull India and Pakistan together; instead the layout holds the
  // second pole on the left and the first on the right, as the legend's colour bar reads (-1 to +1).
  poleConstraint() {
    const [a, b] = this.poles ?? [];
    if (!a || !b || a === b || this.cy.getElementById(a).empty() || this.cy.getElementById(b).empty()) return {};
    return { relativePlacementConstraint: [{ left: b, right: a, gap: 400 }] };
  }

  // New nodes start beside their drawn neighbours; everything already placed stays pinned.
  layoutNew(newNodes) {
    const cy = this.cy;
    const old = cy.nodes().difference(newNodes);
    newNodes.forEach(n => {
      const placed = n.neighborhood('node').difference(newNodes);
      const anchor = placed.nonempty() ? centroid(placed) : centroid(old.nonempty() ? old : cy.nodes());
      n.position({ x: anchor.x + (Math.random() - 0.5) * 80, y: anchor.y + (Math.random() - 0.5) * 80 });
    });
    if (old.empty()) return this.layout({ randomize: true, animate: false });
    const layout = springs(cy).layout({
      ...LAYOUT,
      randomize: false,
      animate: true,
      animationDuration: 400,
      fit: false,
      fixedNodeConstraint: old.map(n => ({ nodeId: n.id(), position: { ...n.position() } })),
    });
    const stopped = layout.promiseOn('layoutstop');
    withSeededRandom(() => layout.run());
    return stopped;
  }
}

// fcose draws its spectral start from Math.random. Seeding it for the (synchronous) computation makes the
// same data always give the same picture: reloads do not reshuffle the graph, and screenshots are comparable.
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

// The layout sees one spring per pair of actors: ten claims between India and Pakistan would otherwise be
// ten springs pulling the two hubs on top of each other.
function springs(cy) {
  const seen = new Set();
  const edges = cy.edges().filter(e => {
    const pair = [e.source().id(), e.target().id()].sort().join('\n');
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
  return cy.nodes().union(edges);
}

function centroid(nodes) {
  let x = 0;
  let y = 0;
  nodes.forEach(n => { x += n.position('x'); y += n.position('y'); });
  return { x: x / nodes.length, y: y / nodes.length };
}
