// Exports: the current view as PNG or SVG, the graph as Cytoscape JSON or GraphML, the metrics table as CSV.
// Everything is built in the page from what is drawn, so a file always matches the screen.

/** Offers `content` (a string or Blob) as a download named `name`. */
export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Cytoscape's own JSON for the drawn elements (positions included), loadable with cytoscape({ elements }). */
export function graphJson(cy) {
  return JSON.stringify({ elements: cy.elements().jsons().map(({ group, data, position }) => ({ group, data, position })) }, null, 2);
}

const xml = s => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GraphML 1.0 with the actors' metrics and each drawn edge's type, status and claim ids. */
export function graphMl(cy) {
  const keys = [
    ['name', 'node', 'string'], ['kind', 'node', 'string'], ['leverage', 'node', 'double'], ['alignment', 'node', 'double'],
    ['x', 'node', 'double'], ['y', 'node', 'double'],
    ['type', 'edge', 'string'], ['status', 'edge', 'string'], ['relationIds', 'edge', 'string'],
  ];
  const data = (key, value) => value === null || value === undefined ? '' : `<data key="${key}">${xml(value)}</data>`;
  const nodes = cy.nodes().map(n => `    <node id="${xml(n.id())}">${data('name', n.data('name'))}${data('kind', n.data('kind'))}`
    + `${data('leverage', n.data('leverage'))}${data('alignment', n.data('alignment'))}`
    + `${data('x', n.position('x').toFixed(1))}${data('y', n.position('y').toFixed(1))}</node>`);
  const edges = cy.edges().map(e => `    <edge id="${xml(e.id())}" source="${xml(e.source().id())}" target="${xml(e.target().id())}">`
    + `${data('type', e.data('type'))}${data('status', e.data('status'))}${data('relationIds', e.data('relationIds').join(' '))}</edge>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="influence" edgedefault="directed">', ...nodes, ...edges, '  </graph>', '</graphml>', ''].join('\n');
}

const csvCell = v => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per actor: id, name, kind, leverage, alignment (empty when none), and the bloc when known. */
export function metricsCsv(actors, blocOf = () => null) {
  const rows = [...actors].sort((x, y) => y.leverage - x.leverage)
    .map(a => [a.id, a.name, a.kind, a.leverage, a.alignment ?? '', blocOf(a.id) ?? ''].map(csvCell).join(','));
  return ['id,name,kind,leverage,alignment,bloc', ...rows, ''].join('\n');
}

/** The graph as drawn, written as SVG: edges as lines with arrowheads, nodes in their shape and colour, labels. */
export function graphSvg(cy) {
  const bb = cy.elements().boundingBox({ includeLabels: true });
  const pad = 30;
  const parts = [];
  cy.edges().forEach(e => {
    const s = e.source().position();
    const t = e.target().position();
    const r = e.target().data('size') / 2;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const ux = (t.x - s.x) / len;
    const uy = (t.y - s.y) / len;
    const ex = t.x - ux * r;
    const ey = t.y - uy * r;
    const dash = e.data('lineStyle') === 'dashed' ? ' stroke-dasharray="7 4"' : e.data('lineStyle') === 'dotted' ? ' stroke-dasharray="1.5 3"' : '';
    const color = e.data('color');
    parts.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${color}" `
      + `stroke-width="${e.data('width')}" opacity="${e.data('opacity')}"${dash}><title>${xml(e.data('label'))}</title></line>`);
    const ax = ex - ux * 9;
    const ay = ey - uy * 9;
    parts.push(`<polygon points="${ex.toFixed(1)},${ey.toFixed(1)} ${(ax - uy * 4.5).toFixed(1)},${(ay + ux * 4.5).toFixed(1)} `
      + `${(ax + uy * 4.5).toFixed(1)},${(ay - ux * 4.5).toFixed(1)}" fill="${color}" opacity="${e.data('opacity')}"/>`);
  });
  cy.nodes().forEach(n => {
    const { x, y } = n.position();
    const r = n.data('size') / 2;
    parts.push(shape(n.data('shape'), x, y, r, n.data('color')));
    parts.push(`<text x="${x.toFixed(1)}" y="${(y + r + 4 + n.data('fontSize')).toFixed(1)}" font-size="${n.data('fontSize')}" `
      + `text-anchor="middle" font-family="sans-serif" font-weight="600" fill="#1f2933" paint-order="stroke" stroke="#fff" `
      + `stroke-width="3">${xml(n.data('name'))}</text>`);
  });
  const w = bb.w + 2 * pad;
  const h = bb.h + 2 * pad;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w.toFixed(0)}" height="${h.toFixed(0)}" `
    + `viewBox="${(bb.x1 - pad).toFixed(1)} ${(bb.y1 - pad).toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}">\n`
    + `<rect x="${(bb.x1 - pad).toFixed(1)}" y="${(bb.y1 - pad).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="#fff"/>\n`
    + `${parts.join('\n')}\n</svg>\n`;
}

function shape(kind, x, y, r, fill) {
  const style = `fill="${fill}" stroke="#3d4852" stroke-width="1.5"`;
  const pts = list => `<polygon points="${list.map(([px, py]) => `${(x + px * r).toFixed(1)},${(y + py * r).toFixed(1)}`).join(' ')}" ${style}/>`;
  switch (kind) {
    case 'diamond': return pts([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'triangle': return pts([[0, -1], [1, 1], [-1, 1]]);
    case 'hexagon': return pts([[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]]);
    case 'round-rectangle':
      return `<rect x="${(x - r).toFixed(1)}" y="${(y - r).toFixed(1)}" width="${(2 * r).toFixed(1)}" height="${(2 * r).toFixed(1)}" rx="${(r / 4).toFixed(1)}" ${style}/>`;
    default: return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" ${style}/>`;
  }
}

/** Rasterises an SVG text to a PNG Blob (for the matrix view's PNG export). */
export async function svgToPng(svgText, width, height, scale = 2) {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    await new Promise((resolve, reject) => { img.onload = resolve; img.onerror = () => reject(new Error('The SVG could not be drawn.')); img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
