// The image exports: the drawing as SVG or PNG, beside a legend (what colours, shapes and line styles mean, as the
// page's legend says) under a stamp (title, date, filters, narrative, poles, export time).

import { humanize } from './dom.js';
import {
  alignmentColor, KIND_LABELS, KIND_SHAPES, NO_ALIGNMENT_COLOR, STATUSES, STATUS_STYLES,
} from './encodings.js';
import { inChunks } from './export-chunks.js';
import { xml } from './export-graph-files.js';

const LEGEND_WIDTH = 320;
// Parallel edges between one pair bow apart by this much per edge, as the page's bezier edges do (control-point-step-size).
const PARALLEL_STEP = 40;
const FONT = 'font-family="sans-serif"';
// The page's node labels wrap at this width (graph-style.js, text-max-width).
const LABEL_MAX_WIDTH = 120;

const dashOf = line => line === 'dashed' ? '7 4' : line === 'dotted' ? '1.5 3' : '';

/** Words of `text` in lines of at most `width` characters. */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(' ')) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function shapeIcon(shape, x, y, r, fill) {
  const style = `fill="${fill}" stroke="#3d4852" stroke-width="1.5"`;
  const pts = list => `<polygon points="${list.map(([px, py]) => `${(x + px * r).toFixed(1)},${(y + py * r).toFixed(1)}`).join(' ')}" ${style}/>`;
  switch (shape) {
    case 'diamond': return pts([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'triangle': return pts([[0, -1], [1, 1], [-1, 1]]);
    case 'hexagon': return pts([[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]]);
    case 'round-rectangle':
      return `<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" rx="${(r / 4).toFixed(1)}" ${style}/>`;
    default: return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" ${style}/>`;
  }
}

/**
 * The legend and stamp as an SVG group at (0, 0), LEGEND_WIDTH wide: { markup, width, height }. `stamp` =
 * { title, lines } (see share.js); `types` = [[type, colour]] of the drawn edges; `poles` = { a, b } names.
 */
export function legendSvg({ stamp, types, poles }) {
  const out = [];
  let y = 22;
  const text = (s, { size = 12, weight = 400, x = 14, fill = '#1f2933' } = {}) =>
    out.push(`<text x="${x}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" ${FONT} fill="${fill}">${xml(s)}</text>`);
  const heading = (s) => { y += 10; text(s, { size: 12, weight: 700 }); y += 18; };
  for (const line of wrap(stamp.title, 34)) { text(line, { size: 15, weight: 700 }); y += 19; }
  for (const entry of stamp.lines) for (const line of wrap(entry, 48)) { text(line, { size: 11, fill: '#3d4852' }); y += 15; }

  heading('Node colour: alignment');
  const stops = [-1, -0.5, 0, 0.5, 1].map(v => `<stop offset="${((v + 1) / 2) * 100}%" stop-color="${alignmentColor(v)}"/>`).join('');
  out.push(`<defs><linearGradient id="legend-alignment">${stops}</linearGradient></defs>`,
    `<rect x="14" y="${(y - 10).toFixed(1)}" width="${LEGEND_WIDTH - 28}" height="12" fill="url(#legend-alignment)" stroke="#9aa5b1" stroke-width="0.5"/>`);
  y += 16;
  text(`\u22121 ${poles.b}`, { size: 11 });
  out.push(`<text x="${LEGEND_WIDTH / 2}" y="${y.toFixed(1)}" font-size="11" text-anchor="middle" ${FONT}>0</text>`,
    `<text x="${LEGEND_WIDTH - 14}" y="${y.toFixed(1)}" font-size="11" text-anchor="end" ${FONT}>${xml(`${poles.a} +1`)}</text>`);
  y += 18;
  out.push(`<circle cx="20" cy="${(y - 4).toFixed(1)}" r="6" fill="${NO_ALIGNMENT_COLOR}"/>`);
  text('No signed path to either pole', { size: 11, x: 32 });
  y += 16;
  text('Node size: leverage (larger = more).', { size: 11 });
  y += 10;

  heading('Node shape: kind');
  for (const [kind, shape] of Object.entries(KIND_SHAPES)) {
    out.push(shapeIcon(shape, 21, y - 4, 6, '#d1d5db'));
    text(KIND_LABELS[kind], { size: 11, x: 34 });
    y += 17;
  }

  heading('Edge line: status');
  for (const s of STATUSES) {
    const style = STATUS_STYLES[s];
    const dash = dashOf(style.line);
    out.push(`<line x1="14" y1="${(y - 4).toFixed(1)}" x2="48" y2="${(y - 4).toFixed(1)}" stroke="#374151" stroke-width="2.5" `
      + `opacity="${style.opacity}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    text(style.label, { size: 11, x: 56 });
    y += 17;
  }

  heading('Edge colour: relation type');
  for (const [type, color] of types) {
    out.push(`<line x1="14" y1="${(y - 4).toFixed(1)}" x2="48" y2="${(y - 4).toFixed(1)}" stroke="${color}" stroke-width="3"/>`);
    text(humanize(type), { size: 11, x: 56 });
    y += 17;
  }
  y += 4;
  for (const line of wrap('Width: weight. Arrow: from actor to target. Edges between the same two actors bow apart.', 48)) {
    text(line, { size: 11, fill: '#3d4852' });
    y += 15;
  }
  const height = y + 8;
  return {
    markup: `<g class="legend"><rect width="${LEGEND_WIDTH}" height="${height.toFixed(1)}" fill="#f8fafc" stroke="#cbd2d9"/>${out.join('')}</g>`,
    width: LEGEND_WIDTH,
    height,
  };
}

/** [[type, colour]] of the drawn edges, by type name. */
export const drawnTypes = cy => [...new Map(cy.edges().toArray().map(e => [e.data('type'), e.data('color')])).entries()]
  .sort(([a], [b]) => a.localeCompare(b));

/**
 * Each edge's bow: edges between one pair (either direction) get offsets -k..+k steps apart, measured on the
 * pair's normal in one fixed orientation, so a->b and b->a bow to opposite sides instead of coinciding.
 */
function bows(cy) {
  const groups = new Map();
  cy.edges().forEach((e) => {
    const key = [e.source().id(), e.target().id()].sort().join('\u0000');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  });
  const offset = new Map();
  for (const edges of groups.values()) {
    edges.sort((x, y) => x.id().localeCompare(y.id()));
    edges.forEach((e, i) => offset.set(e.id(), (i - (edges.length - 1) / 2) * PARALLEL_STEP * 2));
  }
  return offset;
}

function edgeMarkup(e, bow) {
  const [first, second] = [e.source(), e.target()].sort((x, y) => x.id().localeCompare(y.id()));
  const s = e.source().position();
  const t = e.target().position();
  const a = first.position();
  const b = second.position();
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const [nx, ny] = [-(b.y - a.y) / len, (b.x - a.x) / len];
  const c = { x: (s.x + t.x) / 2 + nx * bow, y: (s.y + t.y) / 2 + ny * bow };
  const toEnd = Math.hypot(t.x - c.x, t.y - c.y) || 1;
  const [ux, uy] = [(t.x - c.x) / toEnd, (t.y - c.y) / toEnd];
  const r = e.target().data('size') / 2;
  const [ex, ey] = [t.x - ux * r, t.y - uy * r];
  const dash = dashOf(e.data('lineStyle'));
  const color = e.data('color');
  const f = v => v.toFixed(1);
  const path = bow === 0 ? `M${f(s.x)},${f(s.y)} L${f(ex)},${f(ey)}` : `M${f(s.x)},${f(s.y)} Q${f(c.x)},${f(c.y)} ${f(ex)},${f(ey)}`;
  const [ax, ay] = [ex - ux * 9, ey - uy * 9];
  return `<path class="edge" data-source="${xml(e.source().id())}" data-target="${xml(e.target().id())}" d="${path}" fill="none" stroke="${color}" stroke-width="${e.data('width')}" `
    + `opacity="${e.data('opacity')}"${dash ? ` stroke-dasharray="${dash}"` : ''}><title>${xml(e.data('label'))}</title></path>\n`
    + `<polygon points="${f(ex)},${f(ey)} ${f(ax - uy * 4.5)},${f(ay + ux * 4.5)} ${f(ax + uy * 4.5)},${f(ay - ux * 4.5)}" `
    + `fill="${color}" opacity="${e.data('opacity')}"/>`;
}

/** The graph as drawn, as SVG: parallel edges bowed apart, nodes in their shape and colour, labels; the legend at the right. */
export async function graphSvg(cy, { stamp, poles }, progress) {
  const bb = cy.elements().boundingBox({ includeLabels: true });
  const pad = 30;
  const parts = [];
  const offset = bows(cy);
  const edges = cy.edges().toArray();
  const nodes = cy.nodes().toArray();
  const total = edges.length + nodes.length;
  await inChunks(edges, e => parts.push(edgeMarkup(e, offset.get(e.id()))), done => progress(done, total));
  await inChunks(nodes, (n) => {
    const { x, y } = n.position();
    const r = n.data('size') / 2;
    parts.push(shapeIcon(n.data('shape'), x, y, r, n.data('color')));
    const size = n.data('fontSize');
    // Wrapped as the page wraps labels (text-max-width), at an average glyph width of about 0.55 em.
    const lines = wrap(n.data('name'), Math.max(8, Math.floor(LABEL_MAX_WIDTH / (size * 0.55))));
    const spans = lines.map((line, i) => `<tspan x="${x.toFixed(1)}" dy="${i ? size.toFixed(1) : 0}">${xml(line)}</tspan>`).join('');
    parts.push(`<text x="${x.toFixed(1)}" y="${(y + r + 4 + size).toFixed(1)}" font-size="${size}" `
      + `text-anchor="middle" ${FONT} font-weight="600" fill="#1f2933" paint-order="stroke" stroke="#fff" `
      + `stroke-width="3">${spans}</text>`);
  }, done => progress(edges.length + done, total));
  const legend = legendSvg({ stamp, types: drawnTypes(cy), poles });
  const x0 = bb.x1 - pad;
  const y0 = bb.y1 - pad;
  const w = bb.w + 3 * pad + legend.width;
  const h = Math.max(bb.h + 2 * pad, legend.height + 2 * pad);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w.toFixed(0)}" height="${h.toFixed(0)}" `
    + `viewBox="${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}">\n<title>${xml(stamp.title)}</title>\n`
    + `<rect x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="#fff"/>\n`
    + `${parts.join('\n')}\n<g transform="translate(${(bb.x2 + pad).toFixed(1)} ${(y0 + pad).toFixed(1)})">${legend.markup}</g>\n</svg>\n`;
}

const loadImage = src => new Promise((resolve, reject) => {
  const img = new Image();
  img.onload = () => resolve(img);
  img.onerror = () => reject(new Error('The legend could not be drawn.'));
  img.src = src;
});

/** The drawing as Cytoscape renders it (PNG, scale 2), the legend and stamp at its right. */
export async function graphPng(cy, { stamp, poles }, scale = 2) {
  const drawing = await createImageBitmap(cy.png({ full: true, scale, bg: '#ffffff', output: 'blob' }));
  const legend = legendSvg({ stamp, types: drawnTypes(cy), poles });
  const legendSvgText = `<svg xmlns="http://www.w3.org/2000/svg" width="${legend.width}" height="${legend.height.toFixed(0)}">${legend.markup}</svg>`;
  const url = URL.createObjectURL(new Blob([legendSvgText], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const gap = 20 * scale;
    const canvas = document.createElement('canvas');
    canvas.width = drawing.width + gap * 2 + legend.width * scale;
    canvas.height = Math.max(drawing.height, legend.height * scale + gap * 2);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(drawing, 0, 0);
    ctx.drawImage(image, drawing.width + gap, gap, legend.width * scale, legend.height * scale);
    return await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
    drawing.close();
  }
}
