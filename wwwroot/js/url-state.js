// The page's state in the URL's hash, so a copied link reproduces the view: poles, filters, narrative, date,
// selection, view and layout positions, and for graphs too large to draw whole, how many actors the overview shows
// (`top`) and which actors were expanded (`exp`). Only what differs from the defaults is written, to keep links short.
// `renderer=webgl|canvas` and `layout=fcose|force` force a renderer or a layout engine (for comparisons and tests).

/**
 * Reads the hash into { poles, types, status, narrative, asOf, undated, level, selection, view, blocs, positions, top, expand,
 * renderer, layout };
 * absent keys are undefined (keep the page's default).
 */
export function readState(hash = location.hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = key => (p.has(key) ? p.get(key).split(',').filter(Boolean) : undefined);
  const state = {
    poles: list('poles'),
    types: list('types'),
    status: list('status'),
    narrative: p.get('narrative') ?? undefined,
    asOf: p.get('asOf') ?? undefined,
    undated: p.get('undated') === '1' ? true : undefined,
    level: p.get('level') === 'states' ? 'STATES' : undefined,
    view: p.get('view') ?? undefined,
    blocs: p.get('blocs') === '1' ? true : undefined,
    selection: undefined,
    positions: undefined,
    top: Number.isInteger(Number(p.get('top'))) && Number(p.get('top')) > 0 ? Number(p.get('top')) : undefined,
    expand: undefined,
    renderer: ['webgl', 'canvas'].includes(p.get('renderer')) ? p.get('renderer') : undefined,
    layout: ['fcose', 'force'].includes(p.get('layout')) ? p.get('layout') : undefined,
  };
  const exp = p.get('exp');
  if (exp) {
    state.expand = exp.split(',').filter(Boolean).map(item => {
      const [id, count] = item.split('~');
      return [id, Math.max(0, Math.min(500, Number(count) || 0))];
    });
  }
  const sel = p.get('sel');
  if (sel) {
    const i = sel.indexOf(':');
    state.selection = { kind: sel.slice(0, i) === 'edge' ? 'edge' : 'actor', id: sel.slice(i + 1) };
  }
  const pos = p.get('pos');
  if (pos) {
    state.positions = new Map();
    for (const item of pos.split(';')) {
      const [id, x, y] = item.split('~');
      if (id && Number.isFinite(Number(x)) && Number.isFinite(Number(y))) state.positions.set(id, { x: Number(x), y: Number(y) });
    }
  }
  return state;
}

/**
 * Writes `state` (same shape as readState's) into the hash. `push` adds a history entry (a selection, a view, a
 * filter chosen: Back returns to the state before it) when the hash changes; otherwise the current entry is replaced.
 */
export function writeState(state, push = false) {
  const p = new URLSearchParams();
  if (state.poles) p.set('poles', state.poles.join(','));
  if (state.types) p.set('types', state.types.join(','));
  if (state.status) p.set('status', state.status.join(','));
  if (state.narrative && state.narrative !== 'all') p.set('narrative', state.narrative);
  if (state.asOf) p.set('asOf', state.asOf);
  if (state.undated) p.set('undated', '1');
  if (state.level === 'STATES') p.set('level', 'states');
  if (state.view && state.view !== 'graph') p.set('view', state.view);
  if (state.blocs) p.set('blocs', '1');
  if (state.selection) p.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.top) p.set('top', String(state.top));
  if (state.expand && state.expand.length) p.set('exp', state.expand.map(([id, n]) => `${id}~${n}`).join(','));
  if (state.renderer) p.set('renderer', state.renderer);
  if (state.layout) p.set('layout', state.layout);
  if (state.positions && state.positions.size) {
    p.set('pos', [...state.positions].map(([id, { x, y }]) => `${id}~${Math.round(x)}~${Math.round(y)}`).join(';'));
  }
  const hash = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~').replace(/%3B/g, ';');
  // The same state again (a redraw, the end of a layout): the browser's history is not touched, which costs up to
  // a hundred milliseconds for a long hash on a loaded machine.
  if (`#${hash}` === location.hash || (!hash && !location.hash)) return;
  const url = hash ? `#${hash}` : location.pathname + location.search;
  if (push && `#${hash}` !== location.hash && (hash || location.hash)) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
