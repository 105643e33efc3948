// The alignment-leverage matrix (#matrix): one dot per actor, alignment on x (second pole left, first right, as
// the legend's colour bar reads), leverage on y, quadrants labelled. Plain SVG; dots glide to their new place
// when the filters or the date change, so moving the date slider shows who moves.

import { alignmentColor, nodeSize } from './encodings.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 900;
const H = 620;
const M = { left: 170, right: 40, top: 58, bottom: 64 };
// Actors with no signed path to a pole have no x; they sit in a strip of their own left of the axis.
const NONE_X = 105;
/** The leverage that splits the quadrants: at least a quarter of the top actor's. */
export const HIGH_LEVERAGE = 0.25;
// Leverage is PageRank-like: one actor at 1 and a crowd with a floor near 0.1. A log axis spreads the crowd;
// its bottom is a round value under the lowest actor, so it only moves when a filter drops the floor a lot.
const FLOORS = [0.1, 0.05, 0.02, 0.01, 0.001];
const LABELLED_MAX = 80;
/** Below this |alignment| an actor is "Unaligned" (README, Matrix; the API's matrix quadrant): neither side's ally. */
export const ALIGNED_AT = 0.1;

/** The API's quadrant for an actor: "Unaligned", or "Key"/"Minor" "ally"/"opponent" (the first pole's side is > 0). */
export function quadrantOf(alignment, leverage) {
  if (alignment === null || alignment === undefined || Math.abs(alignment) < ALIGNED_AT) return 'Unaligned';
  return `${leverage >= HIGH_LEVERAGE ? 'Key' : 'Minor'} ${alignment > 0 ? 'ally' : 'opponent'}`;
}
const xOf = alignment => alignment === null || alignment === undefined
  ? NONE_X
  : M.left + ((Math.max(-1, Math.min(1, alignment)) + 1) / 2) * (W - M.left - M.right);

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/** Draws into `root`; `onSelect(id)` on a click, `onHover(id|null)` on hover. */
export class MatrixView {
  constructor(root, { onSelect, onHover }) {
    this.root = root;
    this.onSelect = onSelect;
    this.onHover = onHover;
    this.dots = new Map();
    this.floor = FLOORS[0];
    this.svg = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'matrix-svg', role: 'img', 'aria-labelledby': 'matrix-title', xmlns: NS });
    this.title = svg('title', { id: 'matrix-title' });
    this.frame = svg('g', { class: 'matrix-frame' });
    this.layer = svg('g', { class: 'matrix-dots' });
    this.svg.append(this.title, this.frame, this.layer);
    this.note = document.createElement('p');
    this.note.className = 'matrix-note muted small';
    this.note.hidden = true;
    root.append(this.note, this.svg);
  }

  /** `actors` from graph(...), `poles` = { a, b } display names. */
  update(actors, poles) {
    const lowest = Math.min(...actors.map(a => a.leverage).filter(l => l > 0), 1);
    this.floor = FLOORS.find(f => f <= lowest * 0.95) ?? FLOORS[FLOORS.length - 1];
    this.title.textContent = `Alignment between ${poles.a} and ${poles.b} against leverage, one dot per actor`;
    this.drawFrame(poles);
    const seen = new Set();
    // Small dots on top, so a big actor never hides a small one.
    const ordered = [...actors].sort((x, y) => y.leverage - x.leverage);
    for (const a of ordered) {
      seen.add(a.id);
      let dot = this.dots.get(a.id);
      if (!dot) {
        dot = this.makeDot(a.id);
        this.dots.set(a.id, dot);
      }
      const r = Math.max(5, nodeSize(a.leverage) / 4);
      const x = xOf(a.alignment);
      const y = this.yOf(a.leverage);
      dot.g.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      dot.g.dataset.leverage = String(a.leverage);
      dot.g.dataset.alignment = a.alignment === null || a.alignment === undefined ? '' : String(a.alignment);
      dot.g.dataset.quadrant = quadrantOf(a.alignment, a.leverage);
      dot.circle.setAttribute('r', r.toFixed(1));
      dot.circle.setAttribute('fill', alignmentColor(a.alignment));
      dot.label.textContent = a.name;
      dot.label.setAttribute('y', String(-r - 4));
      dot.tip.textContent = `${a.name}: leverage ${a.leverage.toFixed(2)}, alignment ${a.alignment === null || a.alignment === undefined ? 'none' : a.alignment.toFixed(2)} (${dot.g.dataset.quadrant.toLowerCase()})`;
      dot.x = x;
      dot.y = y;
      dot.r = r;
      this.layer.append(dot.g);
    }
    this.placeLabels(ordered);
    for (const [id, dot] of this.dots) {
      if (!seen.has(id)) {
        dot.g.remove();
        this.dots.delete(id);
      }
    }
  }

  yOf(leverage) {
    const t = Math.log(Math.max(this.floor, Math.min(1, leverage)) / this.floor) / Math.log(1 / this.floor);
    return M.top + (1 - t) * (H - M.top - M.bottom);
  }

  // Labels go to the actors with most leverage first; a label that would overlap one already placed (or a dot)
  // is left for hover and selection to show.
  placeLabels(ordered) {
    const b = (x, p) => x.x1 < p.x2 && x.x2 > p.x1 && x.y1 < p.y2 && x.y2 > p.y1;
    const hit = (x, boxes) => boxes.some(p => b(x, p));
    const dots = ordered.map(a => this.dots.get(a.id));
    const discs = dots.map(d => ({ dot: d, x1: d.x - d.r, x2: d.x + d.r, y1: d.y - d.r, y2: d.y + d.r }));
    const placed = [];
    // Only the leading actors are candidates for a label: with hundreds of dots the rest could never get one, and
    // trying would cost the square of their number.
    ordered.forEach((a, i) => {
      const dot = this.dots.get(a.id);
      if (i >= LABELLED_MAX) {
        dot.g.classList.remove('major');
        return;
      }
      const w = a.name.length * 6.4 + 4;
      const box = { x1: dot.x - w / 2, x2: dot.x + w / 2, y1: dot.y - dot.r - 17, y2: dot.y - dot.r - 2 };
      const free = box.x1 > 0 && box.x2 < W && !hit(box, placed) && !discs.some(d => d.dot !== dot && b(box, d));
      dot.g.classList.toggle('major', free);
      if (free) placed.push(box);
    });
  }

  makeDot(id) {
    const tip = svg('title');
    const circle = svg('circle', { r: 6, class: 'matrix-dot' });
    const label = svg('text', { class: 'matrix-label', 'text-anchor': 'middle' });
    const g = svg('g', { class: 'matrix-point', tabindex: 0, role: 'button', 'data-id': id }, tip, circle, label);
    g.addEventListener('click', () => this.onSelect(id));
    g.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.onSelect(id); } });
    g.addEventListener('mouseenter', () => this.onHover(id));
    g.addEventListener('mouseleave', () => this.onHover(null));
    return { g, circle, label, tip };
  }

  /** A line above the matrix (what it shows of a graph too large to draw whole); empty: none. */
  setNote(text) {
    this.note.textContent = text;
    this.note.hidden = !text;
  }

  /** Marks the selected actor (null: none) and the one hovered in the graph. */
  highlight(selectedId, hoveredId = null) {
    for (const [id, dot] of this.dots) {
      dot.g.classList.toggle('selected', id === selectedId);
      dot.g.classList.toggle('hovered', id === hoveredId);
      dot.g.classList.toggle('dimmed', Boolean(selectedId) && id !== selectedId);
    }
    const chosen = this.dots.get(selectedId);
    if (chosen) this.layer.append(chosen.g);
  }

  drawFrame(poles) {
    const x0 = M.left;
    const x1 = W - M.right;
    const y0 = M.top;
    const y1 = H - M.bottom;
    const xm = xOf(0);
    // Allies start at +0.1, opponents at -0.1; the band between is "Unaligned", whatever the leverage.
    const xa = xOf(ALIGNED_AT);
    const xb = xOf(-ALIGNED_AT);
    const yOf = v => this.yOf(v);
    const ym = yOf(HIGH_LEVERAGE);
    const text = (x, y, s, cls, anchor = 'middle') => svg('text', { x, y, class: cls, 'text-anchor': anchor }, s);
    const ticks = [...new Set([this.floor, 0.1, 0.15, 0.25, 0.5, 1])].filter(v => v >= this.floor).map(v => svg('g', {},
      svg('line', { x1: x0 - 5, x2: x0, y1: yOf(v), y2: yOf(v), class: 'matrix-axis' }),
      text(x0 - 8, yOf(v) + 4, v.toFixed(2), 'matrix-tick', 'end')));
    const xticks = [-1, -0.5, 0, 0.5, 1].map(v => svg('g', {},
      svg('line', { x1: xOf(v), x2: xOf(v), y1: y1, y2: y1 + 5, class: 'matrix-axis' }),
      text(xOf(v), y1 + 18, v > 0 ? `+${v}` : String(v), 'matrix-tick')));
    this.frame.replaceChildren(
      svg('rect', { x: 0, y: 0, width: W, height: H, class: 'matrix-bg' }),
      svg('rect', { x: xa, y: y0, width: x1 - xa, height: ym - y0, class: 'quadrant q-a-high' }),
      svg('rect', { x: x0, y: y0, width: xb - x0, height: ym - y0, class: 'quadrant q-b-high' }),
      svg('rect', { x: xa, y: ym, width: x1 - xa, height: y1 - ym, class: 'quadrant q-a-low' }),
      svg('rect', { x: x0, y: ym, width: xb - x0, height: y1 - ym, class: 'quadrant q-b-low' }),
      svg('rect', { x: xb, y: y0, width: xa - xb, height: y1 - y0, class: 'quadrant q-unaligned' }),
      text(xm, y0 - 12, 'Unaligned', 'quadrant-label'),
      text(xm, y0 + 14, `|a| < ${ALIGNED_AT}`, 'matrix-tick'),
      svg('rect', { x: NONE_X - 30, y: y0, width: 60, height: y1 - y0, class: 'quadrant q-none' }),
      text(NONE_X, y1 + 18, 'no alignment', 'matrix-tick'),
      text(x1 - 28, y0 - 12, `Key allies of ${poles.a} \u2197`, 'quadrant-label', 'end'),
      text(x0, y0 - 12, `\u2196 Key allies of ${poles.b}`, 'quadrant-label', 'start'),
      text(x1 - 8, y1 - 10, `Minor, leaning to ${poles.a}`, 'quadrant-label', 'end'),
      text(x0 + 8, y1 - 10, `Minor, leaning to ${poles.b}`, 'quadrant-label', 'start'),
      svg('line', { x1: xa, x2: xa, y1: y0, y2: y1, class: 'matrix-divider' }),
      svg('line', { x1: xb, x2: xb, y1: y0, y2: y1, class: 'matrix-divider' }),
      svg('line', { x1: x0, x2: xb, y1: ym, y2: ym, class: 'matrix-divider' }),
      svg('line', { x1: xa, x2: x1, y1: ym, y2: ym, class: 'matrix-divider' }),
      svg('line', { x1: x0, x2: x0, y1: y0, y2: y1, class: 'matrix-axis' }),
      svg('line', { x1: x0, x2: x1, y1: y1, y2: y1, class: 'matrix-axis' }),
      ...ticks, ...xticks,
      text((x0 + x1) / 2, H - 16, `Alignment: \u22121 ${poles.b}  \u2190  neutral  \u2192  ${poles.a} +1`, 'matrix-axis-title'),
      svg('text', { x: 18, y: (y0 + y1) / 2, class: 'matrix-axis-title', 'text-anchor': 'middle',
        transform: `rotate(-90 18 ${(y0 + y1) / 2})` }, 'Leverage (log scale; 1 = the top actor)'));
  }

  /** A standalone SVG document of the matrix as drawn, styles inlined (for export). */
  toSvgText() {
    const copy = this.svg.cloneNode(true);
    copy.querySelectorAll('.matrix-point').forEach(g => {
      const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(g.style.transform);
      g.removeAttribute('style');
      if (m) g.setAttribute('transform', `translate(${m[1]} ${m[2]})`);
    });
    copy.insertBefore(svg('style', {}, MATRIX_EXPORT_CSS), copy.firstChild);
    copy.setAttribute('width', String(W));
    copy.setAttribute('height', String(H));
    return new XMLSerializer().serializeToString(copy);
  }
}

// The page's stylesheet does not travel with an exported file; these rules repeat what app.css gives the matrix.
const MATRIX_EXPORT_CSS = `
.matrix-bg { fill: #ffffff; } .quadrant { opacity: 0.5; } .q-a-high { fill: #dbeafe; } .q-b-high { fill: #fee2e2; }
.q-a-low { fill: #eff6ff; } .q-b-low { fill: #fef2f2; } .q-none { fill: #f3f4f6; } .q-unaligned { fill: #e5e7eb; }
.quadrant-label { font: 600 13px sans-serif; fill: #6b7280; } .matrix-axis { stroke: #6b7280; }
.matrix-divider { stroke: #9ca3af; stroke-dasharray: 4 4; } .matrix-tick { font: 11px sans-serif; fill: #4b5563; }
.matrix-axis-title { font: 600 12px sans-serif; fill: #374151; } .matrix-dot { stroke: #1f2933; stroke-width: 1.2; }
.matrix-label { font: 600 11px sans-serif; fill: #111827; paint-order: stroke; stroke: #fff; stroke-width: 3px; display: none; }
.matrix-point.major .matrix-label, .matrix-point.selected .matrix-label { display: inline; }`;
