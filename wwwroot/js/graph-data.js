// What Cytoscape is given for an actor and for a drawn edge (the claims of one (from, type, to) merged, as the API's
// overview and expand answer them), computed with encodings.js so the drawing and the legend agree.

import { humanize } from './dom.js';
import { alignmentColor, edgeWidth, KIND_SHAPES, nodeSize, STATUS_STYLES } from './encodings.js';
import { edgeId } from './merge.js';

/** `large`: a drawing of hundreds of actors, whose labels must wait for the zoom (see graph-style.js). */
export function nodeData(actor, large = false) {
  const leverage = Math.max(0, Math.min(1, Number(actor.leverage) || 0));
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    shape: KIND_SHAPES[actor.kind] ?? 'ellipse',
    size: nodeSize(actor.leverage),
    // Labels grow with the node, so the actors that matter most stay readable when zoomed out. In a large drawing
    // the spread is wider and labels show from 12 px on screen (graph-style.js): at the overview's zoom only the
    // leading actors are named, the others as the zoom reaches them (and only the few then in view).
    fontSize: Math.round(large ? 8 + 26 * Math.sqrt(leverage) : 14 + 6 * Math.sqrt(leverage)),
    color: alignmentColor(actor.alignment),
    leverage: actor.leverage,
    alignment: actor.alignment ?? null,
    searchText: [actor.name, ...(actor.aliases ?? [])].join('\n').toLowerCase(),
  };
}

/** `edge` = { from, to, type, count, weight, status, relationIds } (the API's AggregateEdge). */
export function edgeData(edge, color, large = false) {
  const style = STATUS_STYLES[edge.status] ?? STATUS_STYLES.CONFIRMED;
  const count = edge.count ?? edge.relationIds.length;
  return {
    id: edgeId(edge.from, edge.type, edge.to),
    source: edge.from,
    target: edge.to,
    type: edge.type,
    status: edge.status,
    relationIds: edge.relationIds,
    count,
    weight: edge.weight,
    color,
    // Thousands of edges: thinner and fainter, so the actors stay visible through them.
    width: large ? Math.min(3, edgeWidth(edge.weight) * 0.6) : edgeWidth(edge.weight),
    lineStyle: style.line,
    opacity: large ? +(style.opacity * 0.45).toFixed(2) : style.opacity,
    label: count > 1 ? `${humanize(edge.type)} (${count} claims)` : humanize(edge.type),
    z: 1,
  };
}

/** The layout's ideal spring length for an edge between nodes of these degrees (hubs get longer springs). */
export function springLength(sourceDegree, targetDegree) {
  return 70 + 7 * Math.sqrt(sourceDegree + targetDegree);
}
