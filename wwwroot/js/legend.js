// The legend (#legend): what node colour, size and shape and edge line style mean.
// Edge colours are keyed next to each relation-type filter, where they can also be switched off.

import { el, replaceChildren } from './dom.js';
import {
  alignmentGradient, KIND_LABELS, KIND_SHAPES, NO_ALIGNMENT_COLOR, nodeSize, STATUSES, STATUS_STYLES,
} from './encodings.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/** A short line drawn in a status's line style, shared with the status filters. */
export function lineSample(status, color) {
  const style = STATUS_STYLES[status];
  const dash = style.line === 'dashed' ? '6 3' : style.line === 'dotted' ? '1.5 3' : '';
  return svg('svg', { class: 'line-sample', width: 34, height: 10, viewBox: '0 0 34 10', 'aria-hidden': 'true' },
    svg('line', {
      x1: 1, y1: 5, x2: 33, y2: 5, stroke: color, 'stroke-width': 2.5, 'stroke-linecap': 'round',
      'stroke-dasharray': dash, opacity: style.opacity,
    }));
}

// Small outlines of the Cytoscape node shapes, so the legend shows what the graph draws.
function shapeIcon(shape) {
  const common = { fill: '#d1d5db', stroke: '#3d4852', 'stroke-width': 1.5 };
  const shapes = {
    ellipse: () => svg('circle', { cx: 9, cy: 9, r: 7, ...common }),
    diamond: () => svg('polygon', { points: '9,1.5 16.5,9 9,16.5 1.5,9', ...common }),
    'round-rectangle': () => svg('rect', { x: 2, y: 3, width: 14, height: 12, rx: 3, ...common }),
    triangle: () => svg('polygon', { points: '9,2 16.5,15.5 1.5,15.5', ...common }),
    hexagon: () => svg('polygon', { points: '5,2 13,2 17,9 13,16 5,16 1,9', ...common }),
  };
  return svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' }, (shapes[shape] ?? shapes.ellipse)());
}

/** Renders the legend; call again when the poles change so the colour bar names them. */
export function renderLegend(root, poles) {
  const small = nodeSize(0.05);
  const large = nodeSize(1);
  replaceChildren(root,
    el('h2', { class: 'section-title' }, 'Legend'),
    el('div', { class: 'legend-block' },
      el('h3', {}, 'Node colour: alignment'),
      el('div', { class: 'gradient', style: { background: alignmentGradient() }, role: 'img',
        'aria-label': `from ${poles.b} (red, minus one) through neutral to ${poles.a} (blue, plus one)` }),
      el('div', { class: 'gradient-labels' },
        el('span', {}, `\u22121 ${poles.b}`), el('span', {}, '0'), el('span', {}, `${poles.a} +1`)),
      el('p', { class: 'legend-row' },
        el('span', { class: 'swatch', style: { background: NO_ALIGNMENT_COLOR } }), 'No signed path to either pole'),
      el('p', { class: 'legend-row' },
        el('span', { class: 'swatch dashed' }), 'Dashed outline: no relation passes the filters')),
    el('div', { class: 'legend-block' },
      el('h3', {}, 'Node size: leverage'),
      el('p', { class: 'legend-row sizes' },
        el('span', { class: 'size-dot', style: { width: `${small / 2}px`, height: `${small / 2}px` } }), 'low',
        el('span', { class: 'size-dot', style: { width: `${large / 2}px`, height: `${large / 2}px` } }), 'highest')),
    el('div', { class: 'legend-block' },
      el('h3', {}, 'Node shape: kind'),
      el('ul', { class: 'legend-list' }, Object.entries(KIND_SHAPES).map(([kind, shape]) =>
        el('li', {}, shapeIcon(shape), KIND_LABELS[kind])))),
    el('div', { class: 'legend-block' },
      el('h3', {}, 'Edge line: status'),
      el('ul', { class: 'legend-list' }, STATUSES.map(s =>
        el('li', {}, lineSample(s, '#374151'), STATUS_STYLES[s].label))),
      el('p', { class: 'muted small' },
        'Edge colour: relation type (key beside each type filter; blues, greens and purples cooperative; reds, oranges and pinks hostile; gold neutral). Width: weight. Arrow: from actor to target.')));
}
