// The analysis queries behind the narrative, time, bloc and actor views. The schema grows while the page is in
// use (a server may be older than the page), so the page asks which fields and arguments exist and offers only
// the views the server can answer.

import { gql } from './api.js';
import { withSources } from './graph-api.js';

const PROBE = `query ExplorerCapabilities {
  __schema { queryType { fields { name args { name } } } }
  actor: __type(name: "Actor") { fields { name args { name } } }
  changes: __type(name: "Changes") { fields { name } }
}`;

/** Which analysis the server offers: `has('changes')`, `hasArg('graph', 'claimedBy')`, `actorHas('leverageBreakdown')`. */
export async function loadCapabilities() {
  let data = null;
  try {
    data = await gql(PROBE, {}, 'ExplorerCapabilities');
  } catch {
    // Introspection switched off: offer only what the base contract guarantees.
  }
  const fields = new Map((data?.__schema?.queryType?.fields ?? []).map(f => [f.name, new Set(f.args.map(a => a.name))]));
  const actorFields = new Map((data?.actor?.fields ?? []).map(f => [f.name, new Set(f.args.map(a => a.name))]));
  const changesFields = new Set((data?.changes?.fields ?? []).map(f => f.name));
  return {
    changesHas: name => changesFields.has(name),
    has: name => fields.has(name),
    hasArg: (name, arg) => fields.get(name)?.has(arg) ?? false,
    actorHas: name => actorFields.has(name),
    actorHasArg: (name, arg) => actorFields.get(name)?.has(arg) ?? false,
  };
}

// Evidence names its source by id; the page's sources cache fills in title and publisher (graph-api.js).
const REL = `id type status since until weight from { id name } to { id name } claimedBy { id name }
  evidence { quote sourceId }`;

/** Contested relations listed in the panel: a page of them where the API pages them (the first in id order). */
export const CONTESTED_LISTED = 300;
const CONTESTED_ID_PAGE = 1000;
const CONTESTED_ID_PAGES = 5;

// `day` is { asOf, includeUndated } (the page's filters): a chosen date, and whether undated relations count on it.
const DAY_VARS = '$asOf: Date, $includeUndated: Boolean';
const DAY_ARGS = 'asOf: $asOf, includeUndated: $includeUndated';
const dayVariables = ({ asOf = null, includeUndated = null }) => ({ asOf, includeUndated });

/** { list, total }: the contested relations (at most CONTESTED_LISTED when paged) and how many there are. */
export async function loadContested(day, caps) {
  if (caps.has('contestedPage')) {
    const data = await gql(`query Contested(${DAY_VARS}) { contestedPage(${DAY_ARGS}, first: ${CONTESTED_LISTED}) { nodes { ${REL} } totalCount } }`,
      dayVariables(day), 'Contested');
    return { list: await withSources(data.contestedPage.nodes), total: data.contestedPage.totalCount };
  }
  const data = await gql(`query Contested(${DAY_VARS}) { contested(${DAY_ARGS}) { ${REL} } }`, dayVariables(day), 'Contested');
  return { list: await withSources(data.contested), total: data.contested.length };
}

/** The ids of the contested relations, for the glow: up to 5,000 where the API pages them. */
export async function loadContestedIds(day, caps) {
  if (!caps.has('contestedPage')) return (await loadContested(day, caps)).list.map(r => r.id);
  const ids = [];
  let after = null;
  for (let page = 0; page < CONTESTED_ID_PAGES; page++) {
    const data = await gql(`query ContestedIds(${DAY_VARS}, $after: String) {
      contestedPage(${DAY_ARGS}, first: ${CONTESTED_ID_PAGE}, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    { ...dayVariables(day), after }, 'ContestedIds');
    ids.push(...data.contestedPage.nodes.map(r => r.id));
    if (!data.contestedPage.pageInfo.hasNextPage) break;
    after = data.contestedPage.pageInfo.endCursor;
  }
  return ids;
}

// The deltas are computed here: asking for them too would make the comparison cost more than the query budget
// allows on a graph of thousands of actors (the list has one shift per actor).
const SHIFT = 'actor { id name } leverageA leverageB alignmentA alignmentB';

function withDeltas(s) {
  return {
    ...s,
    leverageDelta: s.leverageB - s.leverageA,
    alignmentDelta: s.alignmentA === null || s.alignmentB === null ? null : s.alignmentB - s.alignmentA,
  };
}

/** Narratives are { status, claimedBy, asOf, includeUndated, types } (NarrativeInput). */
export async function compareNarratives(a, b, poles) {
  const data = await gql(`query Compare($a: NarrativeInput!, $b: NarrativeInput!, $poles: [ID!]) {
    compareNarratives(a: $a, b: $b, poles: $poles) { ${SHIFT} } }`, { a: clean(a), b: clean(b), poles }, 'Compare');
  return data.compareNarratives.map(withDeltas);
}

/** Lists of changes shown in the panel: a page of each where the API pages them. */
export const CHANGES_LISTED = 200;
const MOVERS_LISTED = 12;

/** { appeared, ended, movers } and, where paged, { totals: { appeared, ended, movers } }. */
export async function loadChanges(from, to, poles, caps) {
  if (caps.changesHas('appearedPage') && caps.changesHas('moversPage')) {
    const data = await gql(`query Changes($from: Date!, $to: Date!, $poles: [ID!]) {
      changes(from: $from, to: $to, poles: $poles) {
        appearedPage(first: ${CHANGES_LISTED}) { nodes { ${REL} } totalCount }
        endedPage(first: ${CHANGES_LISTED}) { nodes { ${REL} } totalCount }
        moversPage(first: ${MOVERS_LISTED}) { nodes { ${SHIFT} } totalCount } } }`,
    { from, to, poles }, 'Changes');
    const c = data.changes;
    return {
      appeared: await withSources(c.appearedPage.nodes),
      ended: await withSources(c.endedPage.nodes),
      movers: c.moversPage.nodes.map(withDeltas),
      totals: { appeared: c.appearedPage.totalCount, ended: c.endedPage.totalCount, movers: c.moversPage.totalCount },
    };
  }
  const data = await gql(`query Changes($from: Date!, $to: Date!, $poles: [ID!]) {
    changes(from: $from, to: $to, poles: $poles) { appeared { ${REL} } ended { ${REL} } movers { ${SHIFT} } } }`,
  { from, to, poles }, 'Changes');
  const c = data.changes;
  return { appeared: await withSources(c.appeared), ended: await withSources(c.ended), movers: c.movers.map(withDeltas), totals: null };
}

export async function loadBlocs({ asOf, includeUndated, status, claimedBy, level = null }) {
  const data = await gql(`query Blocs(${DAY_VARS}, $status: [ClaimStatus!], $claimedBy: ID, $level: AnalysisLevel) {
    blocs(${DAY_ARGS}, status: $status, claimedBy: $claimedBy, level: $level) { groups { id name } frustrated { ${REL} } } }`,
  { ...dayVariables({ asOf, includeUndated }), status, claimedBy, level }, 'Blocs');
  await withSources(data.blocs.frustrated);
  return data.blocs;
}

/** How many rows of each breakdown the actor panel shows. */
export const BREAKDOWN_ROWS = 10;

/**
 * The actor panel's explanations under the page's filters (date, types, statuses, narrative); only the parts and the
 * arguments the server offers are asked for. Where a filter cannot be sent, the rows are narrowed to the relations
 * that pass it, so the panel never explains a value by relations the filters leave out.
 */
export async function loadBreakdowns(id, { asOf, includeUndated = null, poles, types = null, status = null, claimedBy = null }, caps) {
  const values = { asOf, includeUndated, types, status, claimedBy };
  const kinds = { asOf: 'Date', includeUndated: 'Boolean', types: '[String!]', status: '[ClaimStatus!]', claimedBy: 'ID' };
  const used = new Set();
  const args = (field, first = []) => {
    const list = [...first];
    for (const name of Object.keys(kinds)) {
      if (values[name] !== null && values[name] !== undefined && caps.actorHasArg(field, name)) {
        list.push(`${name}: $${name}`);
        used.add(name);
      }
    }
    return list.length ? `(${list.join(', ')})` : '';
  };
  // The panel shows the largest ten of each; a hub's whole breakdown holds a row per relation. Where a filter is
  // applied here instead of by the server, the rows are not cut, so that none the filter keeps is lost.
  const narrowed = field => Object.keys(kinds).some(name => values[name] !== null && values[name] !== undefined && !caps.actorHasArg(field, name));
  const cut = field => caps.actorHasArg(field, 'first') && !narrowed(field) ? [`first: ${BREAKDOWN_ROWS}`] : [];
  const parts = [];
  if (caps.actorHas('leverageBreakdown')) {
    parts.push(`leverageBreakdown${args('leverageBreakdown', cut('leverageBreakdown'))} {
      relation { ${REL} } over { id name } amount }`);
  }
  if (caps.actorHas('alignmentBreakdown')) {
    parts.push(`alignmentBreakdown${args('alignmentBreakdown', ['poles: $poles', ...cut('alignmentBreakdown')])} {
      relation { ${REL} } neighbour { id name } pull }`);
  }
  if (parts.length === 0) return null;
  const declared = ['$id: ID!', '$poles: [ID!]', ...[...used].map(name => `$${name}: ${kinds[name]}`)];
  const variables = { id, poles };
  for (const name of used) variables[name] = values[name];
  const data = await gql(`query Breakdown(${declared.join(', ')}) { actor(id: $id) { ${parts.join('\n')} } }`, variables, 'Breakdown');
  const passes = r => (!types || types.includes(r.relation.type)) && (!status || status.includes(r.relation.status))
    && (!claimedBy || used.has('claimedBy') || r.relation.status === 'CONFIRMED' || r.relation.claimedBy.some(a => a.id === claimedBy));
  const actor = data.actor && {
    ...data.actor,
    leverageBreakdown: data.actor.leverageBreakdown?.filter(passes),
    alignmentBreakdown: data.actor.alignmentBreakdown?.filter(passes),
  };
  await withSources([...(actor?.leverageBreakdown ?? []), ...(actor?.alignmentBreakdown ?? [])].map(r => r.relation));
  return actor;
}

export async function loadPairwise(holder, subject, day, caps) {
  const withDate = caps.hasArg('pairwiseLeverage', 'asOf');
  const data = await gql(`query Pairwise($holder: ID!, $subject: ID!${withDate ? `, ${DAY_VARS}, $level: AnalysisLevel` : ''}) {
    pairwiseLeverage(holder: $holder, subject: $subject${withDate ? `, ${DAY_ARGS}, level: $level` : ''}) {
      value paths { actors { id name } relations { ${REL} } amount } } }`,
  withDate ? { holder, subject, ...dayVariables(day), level: day.level ?? null } : { holder, subject }, 'Pairwise');
  await withSources(data.pairwiseLeverage.paths.flatMap(p => p.relations));
  return data.pairwiseLeverage;
}

/**
 * Who holds most leverage over actor `id` under the filters `f` (date, types, statuses, narrative, level), best
 * first, each with its `paths` largest direct relations or two-step chains (the panel shows the largest).
 */
export async function loadLeverageHolders(id, f, first = 8, paths = 1) {
  const data = await gql(`query Holders($id: ID!, $first: Int, $paths: Int, ${DAY_VARS}, $types: [String!], $status: [ClaimStatus!], $claimedBy: ID, $level: AnalysisLevel) {
    actor(id: $id) { leverageHolders(first: $first, ${DAY_ARGS}, types: $types, status: $status, claimedBy: $claimedBy, level: $level) {
      holder { id name } value paths(first: $paths) { actors { id name } relations { ${REL} } amount } } } }`,
  { id, first, paths, ...dayVariables(f), types: f.types ?? null, status: f.status ?? null, claimedBy: f.claimedBy ?? null, level: f.level ?? null }, 'Holders');
  const holders = data.actor?.leverageHolders ?? [];
  await withSources(holders.flatMap(h => h.paths.flatMap(p => p.relations)));
  return holders;
}

export async function loadStrongestPaths(from, to) {
  const data = await gql(`query Reach($from: ID!, $to: ID!) {
    strongestPaths(from: $from, to: $to, k: 3) { actors { id name } relations { ${REL} } } }`, { from, to }, 'Reach');
  await withSources(data.strongestPaths.flatMap(p => p.relations));
  return data.strongestPaths;
}

export async function loadMediators(a, b, day) {
  const data = await gql(`query Mediators($a: ID!, $b: ID!, ${DAY_VARS}) {
    mediators(a: $a, b: $b, ${DAY_ARGS}) {
      actor { id name } leverageOverA leverageOverB score tiesToA { ${REL} } tiesToB { ${REL} } } }`,
  { a, b, ...dayVariables(day) }, 'Mediators');
  await withSources(data.mediators.flatMap(m => [...m.tiesToA, ...m.tiesToB]));
  return data.mediators;
}

function clean(narrative) {
  return Object.fromEntries(Object.entries(narrative).filter(([, v]) => v !== null && v !== undefined));
}
