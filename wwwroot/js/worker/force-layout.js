// A force-directed layout for graphs too large for fcose: springs along the edges, a Barnes-Hut approximation of
// every node repelling every other (O(n log n) a step instead of O(n^2)), a weak pull to the centre that keeps
// components together, and collision of the nodes' discs. It advances step by step, so the worker can hand out
// positions between steps and stop when asked. A classic script (the worker loads it with importScripts): it defines
// self.ForceLayout.

(function (scope) {
  'use strict';

  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  const THETA2 = 0.81; // Barnes-Hut opening criterion, squared (theta 0.9): far cells count as one body.
// Repulsion reaches this far (px, squared): beyond, the weak pull to the centre wins, so a small component or a lone
// actor settles beside the main cluster instead of being pushed off by the sum of all its charges.
const REACH2 = 1100 * 1100;

  /** A small seeded generator (mulberry32), so the same graph always gives the same picture. */
  function random(seed) {
    let s = seed | 0;
    return () => {
      s = (s + 0x6d2b79f5) | 0;
      let t = Math.imul(s ^ (s >>> 15), 1 | s);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /**
   * `graph` = { n, x, y (Float64Array, NaN where unplaced), radius (Float32Array), fixed (Uint8Array),
   * links (Int32Array of source, target index pairs, one per pair of nodes), poles ([right, left] indices or null),
   * alpha (1 for a fresh layout, less to refine), seed }.
   */
  function ForceLayout(graph) {
    const n = graph.n;
    this.n = n;
    this.x = graph.x;
    this.y = graph.y;
    this.vx = new Float64Array(n);
    this.vy = new Float64Array(n);
    this.radius = graph.radius;
    this.fixed = graph.fixed;
    this.links = graph.links;
    this.poles = graph.poles;
    this.rand = random(graph.seed ?? 0x1f2e3d4c);
    this.alpha = graph.alpha ?? 1;
    this.alphaMin = 0.002;
    // About 270 steps from alpha 1, fewer when refining.
    this.alphaDecay = 1 - Math.pow(this.alphaMin, 1 / 270);
    this.velocityDecay = 0.6;

    const m = this.links.length / 2;
    const degree = new Float64Array(n);
    for (let e = 0; e < m; e++) {
      degree[this.links[2 * e]]++;
      degree[this.links[2 * e + 1]]++;
    }
    this.degree = degree;
    // Hubs get longer springs, as the fcose layout gives them, so their neighbours do not pile up on them.
    this.distance = new Float32Array(m);
    this.strength = new Float32Array(m);
    this.bias = new Float32Array(m);
    for (let e = 0; e < m; e++) {
      const s = this.links[2 * e];
      const t = this.links[2 * e + 1];
      this.distance[e] = 30 + 3 * Math.sqrt(degree[s] + degree[t]) + this.radius[s] + this.radius[t];
      this.strength[e] = 1 / Math.min(degree[s], degree[t]);
      this.bias[e] = degree[s] / (degree[s] + degree[t]);
    }
    // Bigger nodes push harder, so they get room for their size.
    this.charge = new Float64Array(n);
    for (let i = 0; i < n; i++) this.charge[i] = -(160 + 0.3 * this.radius[i] * this.radius[i]);
    this.maxRadius = 0;
    for (let i = 0; i < n; i++) this.maxRadius = Math.max(this.maxRadius, this.radius[i]);
    this.tree = null;
    this.place();
  }

  /** How far the layout has come, 0 to 1. */
  ForceLayout.prototype.progress = function () {
    if (this.alpha <= this.alphaMin) return 1;
    return Math.min(1, Math.log(this.alpha) / Math.log(this.alphaMin));
  };

  ForceLayout.prototype.done = function () {
    return this.alpha <= this.alphaMin;
  };

  // Nodes without a position start beside their placed neighbours; the rest on a sunflower spiral, hubs in the middle.
  ForceLayout.prototype.place = function () {
    const { n, x, y, links } = this;
    const unplaced = [];
    for (let i = 0; i < n; i++) if (Number.isNaN(x[i]) || Number.isNaN(y[i])) unplaced.push(i);
    if (unplaced.length === 0) return;
    const neighbours = adjacency(n, links);
    const placed = new Uint8Array(n);
    let anyPlaced = false;
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) {
        placed[i] = 1;
        anyPlaced = true;
      }
    }
    // Breadth first from what is placed, so a chain of new nodes grows out of the drawing.
    if (anyPlaced) {
      let frontier = unplaced.filter(i => neighbours[i].some(j => placed[j]));
      while (frontier.length) {
        const next = [];
        for (const i of frontier) {
          if (placed[i]) continue;
          let sx = 0;
          let sy = 0;
          let k = 0;
          for (const j of neighbours[i]) if (placed[j]) { sx += x[j]; sy += y[j]; k++; }
          const spread = 60 + 4 * Math.sqrt(neighbours[i].length);
          const angle = this.rand() * 2 * Math.PI;
          x[i] = sx / k + Math.cos(angle) * spread;
          y[i] = sy / k + Math.sin(angle) * spread;
          placed[i] = 1;
          for (const j of neighbours[i]) if (!placed[j]) next.push(j);
        }
        frontier = next;
      }
    }
    const rest = unplaced.filter(i => !placed[i]).sort((a, b) => this.degree[b] - this.degree[a] || a - b);
    let cx = 0;
    let cy = 0;
    let extent = 0;
    if (anyPlaced) {
      let k = 0;
      for (let i = 0; i < n; i++) if (placed[i]) { cx += x[i]; cy += y[i]; k++; }
      cx /= k;
      cy /= k;
      for (let i = 0; i < n; i++) if (placed[i]) extent = Math.max(extent, Math.hypot(x[i] - cx, y[i] - cy));
    }
    const step = 14 + this.maxRadius / 2;
    rest.forEach((i, k) => {
      // Around what is drawn, or from the centre on a fresh layout.
      const r = (anyPlaced ? extent + 80 : 0) + step * Math.sqrt(k + 0.5);
      const a = k * GOLDEN_ANGLE;
      x[i] = cx + r * Math.cos(a);
      y[i] = cy + r * Math.sin(a);
    });
  };

  /** Advances the layout by one step. */
  ForceLayout.prototype.step = function () {
    const { n, x, y, vx, vy, fixed } = this;
    this.alpha += (0 - this.alpha) * this.alphaDecay;
    const alpha = this.alpha;
    this.springs(alpha);
    this.repel(alpha);
    // The pull to the centre: weak, only enough to keep components and lone nodes from drifting off.
    const gravity = 0.04 * alpha;
    for (let i = 0; i < n; i++) {
      vx[i] -= x[i] * gravity;
      vy[i] -= y[i] * gravity;
    }
    this.collide(0.7);
    const decay = this.velocityDecay;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) {
        vx[i] = 0;
        vy[i] = 0;
        continue;
      }
      vx[i] *= decay;
      vy[i] *= decay;
      x[i] += vx[i];
      y[i] += vy[i];
    }
    this.holdPoles();
  };

  ForceLayout.prototype.springs = function (alpha) {
    const { links, x, y, vx, vy, distance, strength, bias } = this;
    const m = links.length / 2;
    for (let e = 0; e < m; e++) {
      const s = links[2 * e];
      const t = links[2 * e + 1];
      let dx = x[t] + vx[t] - x[s] - vx[s];
      let dy = y[t] + vy[t] - y[s] - vy[s];
      if (dx === 0 && dy === 0) {
        dx = (this.rand() - 0.5) * 1e-3;
        dy = (this.rand() - 0.5) * 1e-3;
      }
      let l = Math.sqrt(dx * dx + dy * dy);
      l = (l - distance[e]) / l * alpha * strength[e];
      dx *= l;
      dy *= l;
      const b = bias[e];
      vx[t] -= dx * b;
      vy[t] -= dy * b;
      vx[s] += dx * (1 - b);
      vy[s] += dy * (1 - b);
    }
  };

  // Barnes-Hut: a quadtree over the nodes; a cell far enough away (size / distance < theta) acts as one body at its
  // centre of charge.
  ForceLayout.prototype.repel = function (alpha) {
    const tree = buildTree(this.n, this.x, this.y, this.charge);
    this.tree = tree;
    const { x, y, vx, vy, n } = this;
    const { child, cx, cy, charge, size, point, next } = tree;
    const stack = new Int32Array(tree.count * 4 + 8);
    for (let i = 0; i < n; i++) {
      let top = 0;
      stack[top++] = 0;
      const xi = x[i];
      const yi = y[i];
      let fx = 0;
      let fy = 0;
      while (top > 0) {
        const c = stack[--top];
        if (charge[c] === 0) continue;
        const dx = cx[c] - xi;
        const dy = cy[c] - yi;
        let d2 = dx * dx + dy * dy;
        const leaf = point[c] >= 0;
        // A whole cell out of reach: nothing in it pushes.
        if (d2 > REACH2 && (size[c] * size[c]) * 2 < d2) continue;
        if (!leaf && (size[c] * size[c]) / THETA2 < d2) {
          if (d2 > REACH2) continue;
          if (d2 < 1) d2 = 1;
          const f = charge[c] / d2;
          fx += dx * f;
          fy += dy * f;
          continue;
        }
        if (leaf) {
          // Every node stored in this cell (nodes on the same spot share it).
          for (let j = point[c]; j >= 0; j = next[j]) {
            if (j === i) continue;
            let ex = x[j] - xi;
            let ey = y[j] - yi;
            let e2 = ex * ex + ey * ey;
            if (e2 === 0) {
              ex = (this.rand() - 0.5) * 1e-3;
              ey = (this.rand() - 0.5) * 1e-3;
              e2 = ex * ex + ey * ey;
            }
            if (e2 > REACH2) continue;
            if (e2 < 1) e2 = Math.sqrt(e2);
            const f = this.charge[j] / e2;
            fx += ex * f;
            fy += ey * f;
          }
          continue;
        }
        for (let q = 0; q < 4; q++) {
          const k = child[4 * c + q];
          if (k >= 0) stack[top++] = k;
        }
      }
      vx[i] += fx * alpha;
      vy[i] += fy * alpha;
    }
  };

  // Overlapping discs push each other apart; a uniform grid finds the pairs that can overlap.
  ForceLayout.prototype.collide = function (strength) {
    const { n, x, y, vx, vy, radius } = this;
    const padding = 6;
    const cell = 2 * (this.maxRadius + padding);
    const cells = new Map();
    for (let i = 0; i < n; i++) {
      const key = Math.floor((x[i] + vx[i]) / cell) * 73856093 ^ Math.floor((y[i] + vy[i]) / cell) * 19349663;
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    }
    for (let i = 0; i < n; i++) {
      const xi = x[i] + vx[i];
      const yi = y[i] + vy[i];
      const gx = Math.floor(xi / cell);
      const gy = Math.floor(yi / cell);
      for (let ox = -1; ox <= 1; ox++) {
        for (let oy = -1; oy <= 1; oy++) {
          const list = cells.get((gx + ox) * 73856093 ^ (gy + oy) * 19349663);
          if (!list) continue;
          for (const j of list) {
            if (j <= i) continue;
            const r = radius[i] + radius[j] + padding;
            let dx = xi - x[j] - vx[j];
            let dy = yi - y[j] - vy[j];
            let l = dx * dx + dy * dy;
            if (l >= r * r) continue;
            if (l === 0) {
              dx = (this.rand() - 0.5) * 1e-3;
              dy = (this.rand() - 0.5) * 1e-3;
              l = dx * dx + dy * dy;
            }
            l = Math.sqrt(l);
            l = (r - l) / l * strength;
            const wi = radius[j] * radius[j];
            const wj = radius[i] * radius[i];
            const share = wi / (wi + wj);
            dx *= l;
            dy *= l;
            vx[i] += dx * share;
            vy[i] += dy * share;
            vx[j] -= dx * (1 - share);
            vy[j] -= dy * (1 - share);
          }
        }
      }
    }
  };

  // The second pole stays left of the first by a clear gap, as the legend's colour bar reads (-1 to +1).
  ForceLayout.prototype.holdPoles = function () {
    if (!this.poles) return;
    const [right, left] = this.poles;
    const gap = 400;
    const short = this.x[left] + gap - this.x[right];
    if (short <= 0) return;
    const { fixed } = this;
    if (fixed[left] && fixed[right]) return;
    const l = fixed[left] ? 0 : fixed[right] ? short : short / 2;
    this.x[left] -= l;
    this.x[right] += short - l;
  };

  function adjacency(n, links) {
    const list = Array.from({ length: n }, () => []);
    for (let e = 0; e < links.length; e += 2) {
      list[links[e]].push(links[e + 1]);
      list[links[e + 1]].push(links[e]);
    }
    return list;
  }

  // The quadtree in flat arrays: cell 0 is the root; child[4c+q] the four quadrants (-1: none); point[c] the first
  // node of a leaf (-1: an inner cell), next[] chains nodes that share a leaf; cx, cy, charge the centre of charge.
  function buildTree(n, x, y, charges) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (x[i] < minX) minX = x[i];
      if (x[i] > maxX) maxX = x[i];
      if (y[i] < minY) minY = y[i];
      if (y[i] > maxY) maxY = y[i];
    }
    const side = Math.max(maxX - minX, maxY - minY, 1) * 1.0001;
    let capacity = Math.max(16, 4 * n);
    let child = new Int32Array(capacity * 4).fill(-1);
    let point = new Int32Array(capacity).fill(-1);
    let x0 = new Float64Array(capacity);
    let y0 = new Float64Array(capacity);
    let size = new Float64Array(capacity);
    const next = new Int32Array(n).fill(-1);
    let count = 1;
    x0[0] = minX;
    y0[0] = minY;
    size[0] = side;
    let empty = true;

    const grow = () => {
      const more = capacity * 2;
      const c2 = new Int32Array(more * 4).fill(-1);
      c2.set(child);
      const p2 = new Int32Array(more).fill(-1);
      p2.set(point);
      const gx = new Float64Array(more);
      gx.set(x0);
      const gy = new Float64Array(more);
      gy.set(y0);
      const gs = new Float64Array(more);
      gs.set(size);
      child = c2; point = p2; x0 = gx; y0 = gy; size = gs; capacity = more;
    };
    const make = (parent, q) => {
      if (count >= capacity) grow();
      const c = count++;
      const half = size[parent] / 2;
      x0[c] = x0[parent] + (q & 1 ? half : 0);
      y0[c] = y0[parent] + (q & 2 ? half : 0);
      size[c] = half;
      child[4 * parent + q] = c;
      return c;
    };
    const quadrant = (c, px, py) => {
      const half = size[c] / 2;
      return (px >= x0[c] + half ? 1 : 0) | (py >= y0[c] + half ? 2 : 0);
    };

    for (let i = 0; i < n; i++) {
      if (empty) {
        point[0] = i;
        empty = false;
        continue;
      }
      let c = 0;
      for (let depth = 0; ; depth++) {
        const leaf = point[c] >= 0;
        if (leaf) {
          const j = point[c];
          // Same spot (or as deep as it is worth going): share the leaf.
          if ((x[j] === x[i] && y[j] === y[i]) || depth > 48) {
            next[i] = point[c];
            point[c] = i;
            break;
          }
          // Split the leaf: its nodes move one level down.
          point[c] = -1;
          const qj = quadrant(c, x[j], y[j]);
          const k = make(c, qj);
          point[k] = j;
        }
        const q = quadrant(c, x[i], y[i]);
        const k = child[4 * c + q];
        if (k < 0) {
          const made = make(c, q);
          point[made] = i;
          break;
        }
        c = k;
      }
    }

    // Centres of charge, children before parents (a cell's children always have higher indices).
    const cx = new Float64Array(count);
    const cy = new Float64Array(count);
    const charge = new Float64Array(count);
    for (let c = count - 1; c >= 0; c--) {
      let q = 0;
      let sx = 0;
      let sy = 0;
      let w = 0;
      if (point[c] >= 0) {
        for (let j = point[c]; j >= 0; j = next[j]) {
          const s = Math.abs(charges[j]);
          q += charges[j];
          w += s;
          sx += x[j] * s;
          sy += y[j] * s;
        }
      } else {
        for (let k = 0; k < 4; k++) {
          const ch = child[4 * c + k];
          if (ch < 0) continue;
          const s = Math.abs(charge[ch]);
          q += charge[ch];
          w += s;
          sx += cx[ch] * s;
          sy += cy[ch] * s;
        }
      }
      charge[c] = q;
      cx[c] = w ? sx / w : x0[c] + size[c] / 2;
      cy[c] = w ? sy / w : y0[c] + size[c] / 2;
    }
    return { child, point, next, cx, cy, charge, size, count };
  }

  scope.ForceLayout = ForceLayout;
})(self);
