// Every visual encoding in one place, so the graph's style and the legend cannot disagree.

// A diverging scale (ColorBrewer RdBu end points): +1 = the first pole's side (blue), -1 = the second's (red).
const ALIGN_STOPS = [
  [-1, [178, 24, 43]],
  [-0.5, [239, 138, 98]],
  [0, [238, 232, 222]],
  [0.5, [103, 169, 207]],
  [1, [33, 102, 172]],
];
/** Colour for actors with no signed path to either pole: deliberately not on the diverging scale. */
export const NO_ALIGNMENT_COLOR = '#8d949c';

/** Maps alignment in [-1, 1] (or null) to a CSS colour. */
export function alignmentColor(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return NO_ALIGNMENT_COLOR;
  const v = Math.max(-1, Math.min(1, value));
  for (let i = 1; i < ALIGN_STOPS.length; i++) {
    const [x1, c1] = ALIGN_STOPS[i];
    if (v <= x1) {
      const [x0, c0] = ALIGN_STOPS[i - 1];
      const t = (v - x0) / (x1 - x0);
      const rgb = c0.map((c, k) => Math.round(c + (c1[k] - c) * t));
      return `rgb(${rgb.join(', ')})`;
    }
  }
  return `rgb(${ALIGN_STOPS[ALIGN_STOPS.length - 1][1].join(', ')})`;
}

/** CSS gradient matching alignmentColor, for the legend bar (second pole on the left). */
export function alignmentGradient() {
  const stops = ALIGN_STOPS.map(([x, rgb]) => `rgb(${rgb.join(', ')}) ${((x + 1) / 2) * 100}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** Node diameter in pixels from leverage in [0, 1]. */
export function nodeSize(leverage) {
  const l = Math.max(0, Math.min(1, Number(leverage) || 0));
  return Math.round(22 + 58 * Math.sqrt(l));
}

export const KIND_SHAPES = {
  STATE: 'ellipse',
  PERSON: 'diamond',
  ORGANIZATION: 'round-rectangle',
  ARMED_GROUP: 'triangle',
  ALLIANCE: 'hexagon',
};
export const KIND_LABELS = {
  STATE: 'State',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  ARMED_GROUP: 'Armed group',
  ALLIANCE: 'Alliance',
};

/** Status order, best attested first: a merged edge is drawn with the best status among its claims. */
export const STATUSES = ['CONFIRMED', 'CLAIMED', 'DISPUTED', 'DENIED'];
export const STATUS_STYLES = {
  CONFIRMED: { line: 'solid', opacity: 0.9, label: 'Confirmed' },
  CLAIMED: { line: 'dashed', opacity: 0.9, label: 'Claimed (asserted, unconfirmed)' },
  DISPUTED: { line: 'dotted', opacity: 0.9, label: 'Disputed (asserted and denied)' },
  DENIED: { line: 'dotted', opacity: 0.45, label: 'Denied' },
};

// Hue families by the catalog's alignment sign, so an edge's colour already says cooperative or hostile.
const FAMILIES = {
  1: ['#1f77b4', '#2ca02c', '#17becf', '#9467bd', '#c5b0d5', '#98df8a', '#6a3d9a', '#35978f',
    '#a6cee3', '#bcbd22', '#00441b', '#08306b', '#4d9221', '#54278f'],
  [-1]: ['#d62728', '#ff7f0e', '#8c564b', '#e377c2', '#a50f15', '#fdae61', '#c51b7d', '#f4a582'],
  0: ['#e6ab02', '#b8860b', '#7f7f7f'],
};
const UNKNOWN_TYPE_COLOR = '#6b7280';

/**
 * Each relation type's colour, for the drawing, the legend and the filters: `typeColors(catalog)(type)`. It depends
 * only on the catalog (a type's sign and name), never on which types the current filter happens to show.
 */
export function typeColors(relationTypes) {
  const palette = typePalette(relationTypes);
  return type => palette.get(type) ?? UNKNOWN_TYPE_COLOR;
}

function typePalette(relationTypes) {
  const colors = new Map();
  for (const sign of [1, -1, 0]) {
    const family = FAMILIES[sign];
    relationTypes
      .filter(t => Math.sign(t.sign) === sign)
      .map(t => t.name)
      .sort()
      .forEach((name, i) => colors.set(name, family[i % family.length]));
  }
  return colors;
}

/** Edge width in pixels from a claim's weight (expected in [0, 1]). */
export function edgeWidth(weight) {
  const w = Math.max(0, Math.min(1, Number(weight) || 0));
  return +(1.2 + 4.8 * w).toFixed(2);
}
