// The graph by keyboard: the drawing (#cy) takes focus; the arrow keys (or n / p) move a cursor from actor to actor
// in order of leverage, Home and End go to the first and last, Enter (or Space) opens the actor under the cursor in
// the side panel. Each move is announced to screen readers through a polite live region.

import { formatNumber } from './panel.js';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'p', 'P']);

/**
 * `container` the graph's element, `announcer` the live region; `cy()` the drawing; `selected()` the selected actor's
 * id (or null); `select(id)` opens an actor; `poles()` = { a, b } names.
 */
export function setupGraphKeyboard({ container, announcer, cy, selected, select, poles }) {
  let cursor = null;
  const order = () => cy().nodes().toArray()
    .sort((x, y) => (y.data('leverage') ?? 0) - (x.data('leverage') ?? 0) || String(x.data('name') ?? x.id()).localeCompare(String(y.data('name') ?? y.id())));

  const nameOf = node => node.data('name') ?? node.id();
  const describe = (node, i, n) => {
    const alignment = node.data('alignment');
    const leaning = alignment === null || alignment === undefined ? 'no alignment'
      : `alignment ${formatNumber(alignment, true)}${Math.abs(alignment) >= 0.05 ? `, toward ${alignment > 0 ? poles().a : poles().b}` : ''}`;
    return `${nameOf(node)}: leverage ${formatNumber(node.data('leverage'))}, ${leaning}. ${i + 1} of ${n} by leverage. Enter opens it.`;
  };

  const place = node => {
    cy().nodes('.keyboard-cursor').removeClass('keyboard-cursor');
    cursor = node ? node.id() : null;
    if (!node) return;
    node.addClass('keyboard-cursor');
    // Keep the actor under the cursor on screen.
    const ext = cy().extent();
    const p = node.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy().animate({ center: { eles: node } }, { duration: 200 });
  };

  // `to(at, n)`: the index moved to from `at` (-1: no actor yet) among `n`.
  const move = to => {
    const nodes = order();
    if (nodes.length === 0) return;
    const from = cursor ?? selected();
    const index = to(nodes.findIndex(n => n.id() === from), nodes.length);
    place(nodes[index]);
    announcer.textContent = describe(nodes[index], index, nodes.length);
  };
  const next = (at, n) => (at < 0 ? 0 : (at + 1) % n);
  const previous = (at, n) => (at < 0 ? n - 1 : (at - 1 + n) % n);

  container.addEventListener('keydown', e => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (NEXT.has(e.key)) move(next);
    else if (PREVIOUS.has(e.key)) move(previous);
    else if (e.key === 'Home') move(() => 0);
    else if (e.key === 'End') move((at, n) => n - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && (cursor || selected())) {
      const id = cursor ?? selected();
      if (cy().getElementById(id).empty()) return;
      select(id);
      announcer.textContent = `${nameOf(cy().getElementById(id))} opened in the details panel.`;
    } else return;
    e.preventDefault();
  });
  container.addEventListener('focus', () => {
    if (!cursor && !announcer.textContent) {
      announcer.textContent = `Graph of ${cy().nodes().length} actors. Arrow keys or n and p move from actor to actor by leverage; Enter opens one.`;
    }
  });
  container.addEventListener('blur', () => {
    cy().nodes('.keyboard-cursor').removeClass('keyboard-cursor');
    cursor = null;
  });
}
