// The graph files: Cytoscape JSON, GraphML and GEXF 1.3, each carrying every claim behind each drawn edge (quote,
// source, status, claimedBy, since/until, weight), fetched from the API in batches. Built in chunks with a yield
// between them, so a 5,000-actor export never holds the main thread for long.

import { inChunks } from './export-chunks.js';
import { CLAIMS_BATCH, loadClaimsById } from './graph-api.js';

/** A claim as the exports write it: the API's relation with its claimants' ids and its evidence's sources. */
function claimRecord(r) {
  return {
    id: r.id,
    type: r.type,
    from: r.from.id,
    to: r.to.id,
    weight: r.weight,
    status: r.status,
    claimedBy: r.claimedBy.map(a => a.id),
    since: r.since ?? null,
    until: r.until ?? null,
    evidence: r.evidence.map(ev => ({
      quote: ev.quote,
      source: { id: ev.source.id, title: ev.source.title, publisher: ev.source.publisher, published: ev.source.published ?? null, url: ev.source.url ?? null },
    })),
  };
}

/**
 * Every claim behind the drawn edges, by relation id, asked for CLAIMS_BATCH ids a request; `progress(done, total)`
 * after each batch. An id the API no longer knows (removed since it was drawn) is an error: the file would lie.
 */
export async function drawnClaims(cy, progress = () => {}) {
  const ids = [...new Set(cy.edges().toArray().flatMap(e => e.data('relationIds')))];
  const claims = new Map();
  progress(0, ids.length);
  for (let i = 0; i < ids.length; i += CLAIMS_BATCH) {
    for (const r of await loadClaimsById(ids.slice(i, i + CLAIMS_BATCH))) claims.set(r.id, claimRecord(r));
    progress(Math.min(ids.length, i + CLAIMS_BATCH), ids.length);
  }
  const missing = ids.filter(id => !claims.has(id));
  if (missing.length) throw new Error(`${missing.length} drawn claim(s) are no longer served (${missing.slice(0, 3).join(', ')}): redraw and export again.`);
  return claims;
}

const claimsOf = (edge, claims) => edge.data('relationIds').map(id => claims.get(id));

/** Cytoscape's own JSON for the drawn elements (positions included); each edge's data holds its `claims`. */
export async function graphJson(cy, claims, progress) {
  const elements = [];
  await inChunks(cy.elements().toArray(), (ele) => {
    const { group, data, position } = ele.json();
    elements.push(group === 'edges' ? { group, data: { ...data, claims: claimsOf(ele, claims) } } : { group, data, position });
  }, progress);
  return JSON.stringify({ elements }, null, 2);
}

// Characters XML 1.0 forbids even escaped; the sources' text never needs them.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text and attribute values escaped for XML. */
export const xml = s => String(s ?? '').replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;')
  .replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

// The flat fields of one claim, shared by GraphML and GEXF (one file edge per claim; see README "Exports").
const CLAIM_FIELDS = [
  ['relationId', 'string', c => c.id],
  ['type', 'string', c => c.type],
  ['status', 'string', c => c.status],
  ['weight', 'double', c => c.weight],
  ['claimedBy', 'string', c => c.claimedBy.join(' ')],
  ['since', 'string', c => c.since],
  ['until', 'string', c => c.until],
  ['quote', 'string', c => c.evidence.map(ev => ev.quote).join('\n')],
  ['sourceId', 'string', c => c.evidence.map(ev => ev.source.id).join(' ')],
  ['sourceTitle', 'string', c => c.evidence.map(ev => ev.source.title).join('\n')],
  ['sourcePublisher', 'string', c => c.evidence.map(ev => ev.source.publisher).join('\n')],
  ['sourceUrl', 'string', c => c.evidence.map(ev => ev.source.url ?? '').join(' ').trim()],
];
const NODE_FIELDS = [
  ['name', 'string', n => n.data('name')],
  ['kind', 'string', n => n.data('kind')],
  ['leverage', 'double', n => n.data('leverage')],
  ['alignment', 'double', n => n.data('alignment')],
];
const present = v => v !== null && v !== undefined && v !== '';

/** The edges of a file: one per claim, id the relation id, `drawnEdge` the page's merged edge it belongs to. */
const fileEdges = (cy, claims) => cy.edges().toArray().flatMap(e => claimsOf(e, claims).map(c => ({ drawn: e.id(), claim: c })));

/** GraphML 1.0: typed <key>s, the actors with their metrics and position, one edge per claim. */
export async function graphMl(cy, claims, progress) {
  const data = (key, value) => present(value) ? `<data key="${key}">${xml(value)}</data>` : '';
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_FIELDS.map(([id, type]) => `  <key id="${id}" for="node" attr.name="${id}" attr.type="${type}"/>`),
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>', '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="drawnEdge" for="edge" attr.name="drawnEdge" attr.type="string"/>',
    ...CLAIM_FIELDS.map(([id, type]) => `  <key id="e_${id}" for="edge" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="influence" edgedefault="directed">'];
  const nodes = cy.nodes().toArray();
  const edges = fileEdges(cy, claims);
  const total = nodes.length + edges.length;
  await inChunks(nodes, (n) => {
    lines.push(`    <node id="${xml(n.id())}">${NODE_FIELDS.map(([id, , get]) => data(id, get(n))).join('')}`
      + `${data('x', n.position('x').toFixed(1))}${data('y', n.position('y').toFixed(1))}</node>`);
  }, done => progress(done, total));
  await inChunks(edges, ({ drawn, claim }) => {
    lines.push(`    <edge id="${xml(claim.id)}" source="${xml(claim.from)}" target="${xml(claim.to)}">${data('drawnEdge', drawn)}`
      + `${CLAIM_FIELDS.map(([id, , get]) => data(`e_${id}`, get(claim))).join('')}</edge>`);
  }, done => progress(nodes.length + done, total));
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

const rgb = color => {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color) ?? /^#(..)(..)(..)$/.exec(color);
  if (!m) return [141, 148, 156];
  return color.startsWith('#') ? m.slice(1).map(h => parseInt(h, 16)) : m.slice(1).map(Number);
};

/** GEXF 1.3 (http://gexf.net/1.3): typed <attributes>, viz position/size/colour, one edge per claim. */
export async function graphGexf(cy, claims, { description }, progress) {
  const attvalues = (fields, target) => {
    const values = fields.map(([id, , get]) => [id, get(target)]).filter(([, v]) => present(v));
    return values.length ? `<attvalues>${values.map(([id, v]) => `<attvalue for="${id}" value="${xml(v)}"/>`).join('')}</attvalues>` : '';
  };
  const declare = fields => fields.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}"><creator>InfluenceGraph</creator><description>${xml(description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">', ...declare(NODE_FIELDS.slice(1)), '    </attributes>',
    '    <attributes class="edge">', ...declare([['drawnEdge', 'string'], ...CLAIM_FIELDS]), '    </attributes>',
    '    <nodes>'];
  const nodes = cy.nodes().toArray();
  const edges = fileEdges(cy, claims);
  const total = nodes.length + edges.length;
  await inChunks(nodes, (n) => {
    const [r, g, b] = rgb(n.data('color'));
    lines.push(`      <node id="${xml(n.id())}" label="${xml(n.data('name'))}">${attvalues(NODE_FIELDS.slice(1), n)}`
      + `<viz:position x="${n.position('x').toFixed(1)}" y="${(-n.position('y')).toFixed(1)}" z="0"/>`
      + `<viz:size value="${(n.data('size') / 2).toFixed(1)}"/><viz:color r="${r}" g="${g}" b="${b}"/></node>`);
  }, done => progress(done, total));
  lines.push('    </nodes>', '    <edges>');
  await inChunks(edges, ({ drawn, claim }) => {
    lines.push(`      <edge id="${xml(claim.id)}" source="${xml(claim.from)}" target="${xml(claim.to)}" label="${xml(claim.type)}" `
      + `weight="${claim.weight}">${attvalues([['drawnEdge', 'string', () => drawn], ...CLAIM_FIELDS], claim)}</edge>`);
  }, done => progress(nodes.length + done, total));
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
