// The queries behind the drawing: the overview (the actors with most leverage and the merged edges among them,
// with what is left out counted), an actor's neighbourhood to expand, the claims behind a drawn edge (fetched when
// it is clicked), actor search, and the sources cache that evidence refers to by id.

import { gql } from './api.js';
import { mergeRelations } from './merge.js';

const EDGE = 'from to type count weight status relationIds';

// An actor as the drawing needs it, its metrics under the same filter as the overview.
const ACTOR = `id name kind aliases country description
  leverage(asOf: $asOf, includeUndated: $includeUndated, types: $types, status: $status, claimedBy: $claimedBy, level: $level)
  alignment(poles: $poles, asOf: $asOf, includeUndated: $includeUndated, types: $types, status: $status, claimedBy: $claimedBy, level: $level)`;

// `level` (STATES or null) goes to the metrics and the overview; expand's neighbours are always actors as named.
const FILTER_VARS = '$types: [String!], $status: [ClaimStatus!], $asOf: Date, $includeUndated: Boolean, $poles: [ID!], $claimedBy: ID, $level: AnalysisLevel';
const FILTER_ARGS = 'types: $types, status: $status, asOf: $asOf, includeUndated: $includeUndated, claimedBy: $claimedBy';

const filterVariables = ({ types = null, status = null, asOf = null, includeUndated = null, poles = null, claimedBy = null, level = null }) =>
  ({ types, status, asOf, includeUndated, poles, claimedBy, level });

/**
 * The `top` actors by leverage under the filters and the edges among them: { actors, edges, hiddenActors,
 * hiddenRelations, totalActors, totalRelations }. When the graph has at most `top` actors, that is all of it.
 * `maxEdges` (null: all) bounds the edges the server sends, chosen by the rule of edge-budget.js.
 */
export async function loadOverview(filters, top, maxEdges = null) {
  const bound = maxEdges === null ? '' : ', maxEdges: $maxEdges';
  const data = await gql(`query ExplorerOverview($top: Int${maxEdges === null ? '' : ', $maxEdges: Int'}, ${FILTER_VARS}) {
    overview(top: $top${bound}, ${FILTER_ARGS}, level: $level) {
      actors { ${ACTOR} }
      edges { ${EDGE} }
      hiddenActors hiddenRelations totalActors totalRelations
    } }`, { top, maxEdges, ...filterVariables(filters) }, 'ExplorerOverview');
  return data.overview;
}

/**
 * The graph whole, for a server without `overview` (older than the page): the same shape as loadOverview's answer.
 * `narratives`: whether the server filters by claimant.
 */
export async function loadWholeGraph(filters, narratives) {
  const c = narratives ? ', claimedBy: $claimedBy' : '';
  // A server without overview predates includeUndated too.
  const dated = ACTOR.replace(/, includeUndated: \$includeUndated/g, '').replace(/, level: \$level/g, '');
  const actor = narratives ? dated : dated.replace(/, claimedBy: \$claimedBy/g, '');
  const data = await gql(`query ExplorerGraph($types: [String!], $status: [ClaimStatus!], $asOf: Date, $poles: [ID!]${narratives ? ', $claimedBy: ID' : ''}) {
    graph(types: $types, status: $status, asOf: $asOf${c}) {
      actors { ${actor} }
      relations { id type weight status from { id } to { id } }
    } }`, narratives ? filterVariables(filters) : { ...filterVariables(filters), claimedBy: undefined }, 'ExplorerGraph');
  const edges = mergeRelations(data.graph.relations).map(e => ({
    from: e.source, to: e.target, type: e.type, count: e.relations.length, weight: e.weight, status: e.status, relationIds: e.relationIds,
  }));
  const relations = data.graph.relations.length;
  return { actors: data.graph.actors, edges, hiddenActors: 0, hiddenRelations: 0, totalActors: data.graph.actors.length, totalRelations: relations };
}

/**
 * The best `first` neighbours of actor `id` not in `exclude` (the drawn actors), ranked by the API by leverage and
 * evidence, each with its reason; the edges tying them (and the excluded ones) to it; how many more there are.
 */
export async function loadExpansion(id, { first = 25, exclude = [] }, filters) {
  const data = await gql(`query ExplorerExpand($id: ID!, $first: Int, $exclude: [ID!], ${FILTER_VARS}) {
    expand(id: $id, first: $first, exclude: $exclude, ${FILTER_ARGS}) {
      actor { ${ACTOR} }
      neighbours { actor { ${ACTOR} } leverage claims score reason }
      edges { ${EDGE} }
      hiddenNeighbours
    } }`, { id, first, exclude, ...filterVariables(filters) }, 'ExplorerExpand');
  return data.expand;
}

/** Actors whose name or an alias contains `text`: { nodes: [{ id, name, kind, aliases }], totalCount }. */
export async function searchActors(text, first = 12) {
  const data = await gql(`query ExplorerSearch($search: String, $first: Int) {
    actorsPage(search: $search, first: $first) { nodes { id name kind aliases } totalCount } }`, { search: text, first }, 'ExplorerSearch');
  return data.actorsPage;
}

/**
 * The API's full-text search (names, aliases, descriptions and the quotes of relations): { actors, relations,
 * totalCount }, each hit with the field it matched in and an excerpt around the match.
 */
export async function searchText(text, first = 20) {
  const data = await gql(`query ExplorerTextSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      nodes { field excerpt actor { id name kind aliases } relation { id type from { id name } to { id name } } }
      totalCount } }`, { text, first }, 'ExplorerTextSearch');
  const hits = data.search.nodes;
  return {
    actors: hits.filter(h => h.actor).map(h => ({ ...h.actor, field: h.field, excerpt: h.excerpt })),
    relations: hits.filter(h => h.relation).map(h => ({ ...h.relation, field: h.field, excerpt: h.excerpt })),
    totalCount: data.search.totalCount,
  };
}

const CLAIM = 'id type weight status since until from { id } to { id } claimedBy { id name } evidence { quote sourceId }';
const CLAIM_PAGE = 200;
const CLAIM_PAGES_MAX = 25;

/**
 * The claims behind a drawn edge (`relationIds`, of one type between `source` and `target`), read from the pages of
 * `actor`'s relations of that type under the filters, with their evidence's sources looked up in the cache: for a
 * server without relationsById, pages are read until every id is found.
 */
export async function loadClaims({ relationIds, type }, actor, filters) {
  const wanted = new Set(relationIds);
  const found = new Map();
  let after = null;
  for (let page = 0; page < CLAIM_PAGES_MAX && found.size < wanted.size; page++) {
    const data = await gql(`query ExplorerClaims($actor: ID!, $types: [String!], $status: [ClaimStatus!], $asOf: Date, $includeUndated: Boolean, $claimedBy: ID, $after: String) {
      relationsPage(actor: $actor, types: $types, status: $status, asOf: $asOf, includeUndated: $includeUndated, claimedBy: $claimedBy, first: ${CLAIM_PAGE}, after: $after) {
        nodes { ${CLAIM} } pageInfo { hasNextPage endCursor } } }`,
    { actor, types: [type], status: filters.status, asOf: filters.asOf, includeUndated: filters.includeUndated, claimedBy: filters.claimedBy, after }, 'ExplorerClaims');
    for (const r of data.relationsPage.nodes) if (wanted.has(r.id)) found.set(r.id, r);
    if (!data.relationsPage.pageInfo.hasNextPage) break;
    after = data.relationsPage.pageInfo.endCursor;
  }
  const claims = relationIds.map(id => found.get(id)).filter(Boolean);
  await withSources(claims);
  return claims;
}

/** As many relation ids as the API's relationsById answers in one request (its documented maximum). */
export const CLAIMS_BATCH = 500;

/** The claims of these ids (at most CLAIMS_BATCH), unfiltered, each evidence with its source from the cache. */
export async function loadClaimsById(ids) {
  const data = await gql(`query ExplorerClaimsById($ids: [ID!]!) { relationsById(ids: $ids) { ${CLAIM} } }`, { ids }, 'ExplorerClaimsById');
  return withSources(data.relationsById);
}

// ---------- sources: asked for once, looked up by Evidence.sourceId ----------

const sources = new Map();
let reload = null;

export function setSources(list) {
  for (const s of list) sources.set(s.id, s);
}

/** Gives each evidence of `relations` its `source` from the cache (asking the API again for an unknown id). */
export async function withSources(relations) {
  const missing = relations.some(r => r.evidence.some(ev => !ev.source && !sources.has(ev.sourceId)));
  if (missing) {
    reload ??= gql('query ExplorerSources { sources { id title publisher published url } }', {}, 'ExplorerSources')
      .then(data => setSources(data.sources)).finally(() => { reload = null; });
    await reload.catch(() => {});
  }
  for (const r of relations) {
    for (const ev of r.evidence) {
      if (!ev.source) ev.source = sources.get(ev.sourceId) ?? { id: ev.sourceId, title: ev.sourceId, publisher: 'unknown source', published: null, url: null };
    }
  }
  return relations;
}
