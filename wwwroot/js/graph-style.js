// The Cytoscape stylesheet. Values come from element data computed in graph-data.js with encodings.js,
// so the drawing and the legend share one definition of every colour, shape and line style.

const FONT = '"Inter", "Segoe UI", system-ui, -apple-system, sans-serif';

const BASE = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'border-width': 1.5,
      'border-color': '#3d4852',
      label: 'data(name)',
      'font-family': FONT,
      'font-size': 'data(fontSize)',
      'font-weight': 600,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2.5,
      'text-outline-opacity': 0.9,
      'min-zoomed-font-size': 6,
      'transition-property': 'background-color, width, height, opacity',
      'transition-duration': '250ms',
      'z-index': 10,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'line-style': 'data(lineStyle)',
      'line-dash-pattern': [7, 4],
      'line-dash-offset': 0,
      opacity: 'data(opacity)',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(color)',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      'control-point-step-size': 40,
      'font-family': FONT,
      'z-index': 'data(z)',
    },
  },
  {
    selector: 'edge:selected, edge.hover',
    style: {
      label: 'data(label)',
      'font-size': 17,
      'font-weight': 600,
      color: '#111827',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 3,
      'text-background-shape': 'round-rectangle',
      'underlay-color': '#111827',
      'underlay-opacity': 0.18,
      'underlay-padding': 4,
      opacity: 1,
      'z-index': 20,
    },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#111827', 'z-index': 30 },
  },
  {
    selector: '.faded',
    style: { opacity: 0.2, 'text-opacity': 0.45 },
  },
  {
    selector: 'node.match',
    style: { 'border-width': 5, 'border-color': '#f5a300', 'font-size': 14, opacity: 1, 'text-opacity': 1, 'z-index': 40 },
  },
  {
    selector: 'node.isolated',
    style: { 'border-style': 'dashed' },
  },
  {
    // Contested relations (claimed by one side, denied or disputed by the other) glow, so they stand out
    // whatever their type colour.
    selector: 'edge.contested',
    style: {
      'underlay-color': '#f59e0b', 'underlay-opacity': 0.6, 'underlay-padding': 6, 'underlay-shape': 'round-rectangle',
      'mid-target-arrow-shape': 'diamond', 'mid-target-arrow-color': '#b45309', 'mid-target-arrow-fill': 'filled',
    },
  },
  {
    // Drawn but not yet placed by the first layout: invisible, so nothing flashes at the origin.
    selector: '.unplaced',
    style: { opacity: 0, events: 'no' },
  },
  {
    selector: 'node.by-bloc',
    style: { 'background-color': 'data(blocColor)' },
  },
  {
    // The actor under the pointer in the matrix view.
    selector: 'node.linked',
    style: { 'border-width': 5, 'border-color': '#f5a300', opacity: 1, 'text-opacity': 1, 'z-index': 40 },
  },
  // The keyboard's cursor (keyboard.js): a thick blue ring, never faded.
  {
    selector: 'node.keyboard-cursor',
    style: { 'border-width': 6, 'border-color': '#2563eb', opacity: 1, 'text-opacity': 1, 'z-index': 50 },
  },
];

// A drawing of thousands of elements gets a stylesheet of its own, as short as the encodings allow: Cytoscape
// computes every property of every element (the cost of adding a thousand actors is mostly this), and draws every
// one each frame. Labels wait for the zoom (the leading actors, whose labels are larger, are named first) and do
// not wrap; edges are haystack or straight lines without arrows, z-order or transitions; the node outline is thin.
// Parallel claims are already one edge (merged by the API).
const LARGE = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': '#3d4852',
      label: 'data(name)',
      'font-family': FONT,
      'font-size': 'data(fontSize)',
      'font-weight': 600,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      // A plain backing instead of an outline: Cytoscape draws each label into a texture when it first shows at a
      // zoom level, and an outline doubles that cost for hundreds of labels at once.
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.65,
      'text-background-padding': 1,
      'min-zoomed-font-size': 12,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'line-style': 'data(lineStyle)',
      opacity: 'data(opacity)',
    },
  },
  {
    selector: 'edge:selected, edge.hover',
    style: {
      label: 'data(label)', 'font-family': FONT, 'font-size': 15, 'font-weight': 600, color: '#111827',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 3,
      opacity: 1, width: 3, 'z-index': 20,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827', 'z-index': 30 } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.4 } },
  { selector: 'node.match', style: { 'border-width': 5, 'border-color': '#f5a300', opacity: 1, 'text-opacity': 1, 'z-index': 40 } },
  { selector: 'node.isolated', style: { 'border-style': 'dashed' } },
  // Hundreds of contested edges: a thin glow, so they stand out without burying the drawing.
  { selector: 'edge.contested', style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.45, 'underlay-padding': 2 } },
  { selector: 'edge.contested.faded', style: { 'underlay-opacity': 0.08 } },
  // Long dashes for claims and short ones for disputes and denials, instead of Cytoscape's dense dashes and dots: a
  // canvas without a GPU draws every dash, and the dense patterns made a frame of 2,000 edges half as long again.
  { selector: 'edge[lineStyle = "dashed"]', style: { 'line-dash-pattern': [14, 8] } },
  { selector: 'edge[lineStyle = "dotted"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [3, 9] } },
  { selector: '.unplaced', style: { opacity: 0, events: 'no' } },
  { selector: 'node.by-bloc', style: { 'background-color': 'data(blocColor)' } },
  { selector: 'node.linked', style: { 'border-width': 5, 'border-color': '#f5a300', opacity: 1, 'text-opacity': 1, 'z-index': 40 } },
  { selector: 'node.keyboard-cursor', style: { 'border-width': 6, 'border-color': '#2563eb', opacity: 1, 'text-opacity': 1, 'z-index': 50 } },
];

/**
 * The stylesheet for a drawing: `large` for thousands of elements, `webgl` when Cytoscape's WebGL renderer draws it
 * (straight lines there; haystack lines, the canvas's cheapest, otherwise).
 */
export function graphStyle({ large = false, webgl = false } = {}) {
  if (!large) return BASE;
  const curve = webgl ? { 'curve-style': 'straight' } : { 'curve-style': 'haystack', 'haystack-radius': 0 };
  return [LARGE[0], { ...LARGE[1], style: { ...LARGE[1].style, ...curve } }, ...LARGE.slice(2)];
}
