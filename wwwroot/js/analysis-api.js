// The analysis queries behind the narrative, time, bloc and actor views. The schema grows while the page is in
// use (a server may be older than the page), so the page asks which fields and arguments exist and offers only
// the views the server can answer.

import { gql } from './api.js';

const PROBE = `query ExplorerCapabilities {
  __schema { queryType { fields { name args { name } } } }
  actor: __type(name: "Actor") { fields { name args { name } } }
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
  return {
    has: name => fields.has(name),
    hasArg: (name, arg) => fields.get(name)?.has(arg) ?? false,
    actorHas: name => actorFields.has(name),
    actorHasArg: (name, arg) => actorFields.get(name)?.has(arg) ?? false,
  };
}

const REL = `id type status since until weight from { id name } to { id name } claimedBy { id name }
  evidence { quote source { title publisher } }`;

export async function loadContested(asOf) {
  const data = await gql(`query Contested($asOf: Date) { contested(asOf: $asOf) { ${REL} } }`, { asOf }, 'Contested');
  return data.contested;
}

const SHIFT = 'actor { id name } leverageA leverageB alignmentA alignmentB leverageDelta alignmentDelta';

/** Narratives are { status, claimedBy, asOf, types } (NarrativeInput). */
export async function compareNarratives(a, b, poles) {
  const data = await gql(`query Compare($a: NarrativeInput!, $b: NarrativeInput!, $poles: [ID!]) {
    compareNarratives(a: $a, b: $b, poles: $poles) { ${SHIFT} } }`, { a: clean(a), b: clean(b), poles }, 'Compare');
  return data.compareNarratives;
}

export async function loadChanges(from, to, poles) {
  const data = await gql(`query Changes($from: Date!, $to: Date!, $poles: [ID!]) {
    changes(from: $from, to: $to, poles: $poles) { appeared { ${REL} } ended { ${REL} } movers { ${SHIFT} } } }`,
  { from, to, poles }, 'Changes');
  return data.changes;
}

export async function loadBlocs({ asOf, status, claimedBy }) {
  const data = await gql(`query Blocs($asOf: Date, $status: [ClaimStatus!], $claimedBy: ID) {
    blocs(asOf: $asOf, status: $status, claimedBy: $claimedBy) { groups { id name } frustrated { ${REL} } } }`,
  { asOf, status, claimedBy }, 'Blocs');
  return data.blocs;
}

/** The actor panel's explanations; only the parts the server offers are asked for. */
export async function loadBreakdowns(id, { asOf, poles }, caps) {
  const parts = [];
  if (caps.actorHas('leverageBreakdown')) {
    parts.push(`leverageBreakdown${caps.actorHasArg('leverageBreakdown', 'asOf') ? '(asOf: $asOf)' : ''} {
      relation { ${REL} } over { id name } amount }`);
  }
  if (caps.actorHas('alignmentBreakdown')) {
    parts.push(`alignmentBreakdown(poles: $poles${caps.actorHasArg('alignmentBreakdown', 'asOf') ? ', asOf: $asOf' : ''}) {
      relation { ${REL} } neighbour { id name } pull }`);
  }
  if (parts.length === 0) return null;
  const data = await gql(`query Breakdown($id: ID!, $asOf: Date, $poles: [ID!]) { actor(id: $id) { ${parts.join('\n')} } }`,
    { id, asOf, poles }, 'Breakdown');
  return data.actor;
}

export async function loadPairwise(holder, subject, asOf, caps) {
  const withDate = caps.hasArg('pairwiseLeverage', 'asOf');
  const data = await gql(`query Pairwise($holder: ID!, $subject: ID!${withDate ? ', $asOf: Date' : ''}) {
    pairwiseLeverage(holder: $holder, subject: $subject${withDate ? ', asOf: $asOf' : ''}) {
      value paths { actors { id name } relations { ${REL} } amount } } }`,
  withDate ? { holder, subject, asOf } : { holder, subject }, 'Pairwise');
  return data.pairwiseLeverage;
}

export async function loadStrongestPaths(from, to) {
  const data = await gql(`query Reach($from: ID!, $to: ID!) {
    strongestPaths(from: $from, to: $to, k: 3) { actors { id name } relations { ${REL} } } }`, { from, to }, 'Reach');
  return data.strongestPaths;
}

export async function loadMediators(a, b, asOf) {
  const data = await gql(`query Mediators($a: ID!, $b: ID!, $asOf: Date) {
    mediators(a: $a, b: $b, asOf: $asOf) {
      actor { id name } leverageOverA leverageOverB score tiesToA { ${REL} } tiesToB { ${REL} } } }`,
  { a, b, asOf }, 'Mediators');
  return data.mediators;
}

function clean(narrative) {
  return Object.fromEntries(Object.entries(narrative).filter(([, v]) => v !== null && v !== undefined));
}
