// The explorer's only door to the server: GraphQL over HTTP at /graphql on our own origin.

import { addDays } from './dates.js';
import { byName } from './dom.js';

const ENDPOINT = '/graphql';

/** Raised for transport failures and GraphQL errors alike, so the page shows one kind of banner. */
export class ApiError extends Error {
  constructor(message, details = [], code = null) {
    super(message);
    this.name = 'ApiError';
    this.details = details;
    /** The first error's extensions.code (TOO_LARGE, COST_LIMIT_EXCEEDED, ...), when the API gave one. */
    this.code = code;
  }
}

/** Runs one operation; resolves with `data` or rejects with an ApiError carrying every error message. */
export async function gql(query, variables = {}, operationName = undefined) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await gqlOnce(query, variables, operationName);
    } catch (err) {
      // The server is busy with other analyses (BUSY, HTTP 429): it says when to come back; the page does, twice.
      if (!(err instanceof ApiError) || err.code !== 'BUSY' || attempt >= BUSY_RETRIES) throw err;
      await new Promise(resolve => setTimeout(resolve, Math.min(BUSY_WAIT_MAX_MS, 1000 * (err.retryAfter ?? 1))));
    }
  }
}

const BUSY_RETRIES = 2;
const BUSY_WAIT_MAX_MS = 5000;

async function gqlOnce(query, variables, operationName) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables: withoutNulls(variables), operationName }),
    });
  } catch (err) {
    throw new ApiError(`Cannot reach the API at ${ENDPOINT}: ${err.message}`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // A proxy error page or an empty body: fall through to the status check below.
  }
  const errors = (body && Array.isArray(body.errors)) ? body.errors.map(e => e.message ?? String(e)) : [];
  const code = body?.errors?.[0]?.extensions?.code ?? null;
  if (!response.ok && errors.length === 0) {
    throw new ApiError(`The API answered ${response.status} ${response.statusText}`.trim());
  }
  if (errors.length > 0 || !body || !body.data) {
    const error = new ApiError(errors[0] ?? 'The API answered without data', errors, code);
    error.retryAfter = Number(body?.errors?.[0]?.extensions?.retryAfterSeconds ?? response.headers.get('Retry-After')) || null;
    throw error;
  }
  return body.data;
}

// An absent variable means "argument not given" (no filter); sending null would be the same in GraphQL,
// but leaving it out keeps the request readable in the server log and in the browser's network tab.
function withoutNulls(variables) {
  return Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== null && v !== undefined));
}

/** Actor lists up to this length are loaded whole (pole pickers, search suggestions); larger graphs list their top. */
export const ACTOR_LIST_MAX = 1000;
const DATE_PAGE = 1000;
/** Pages of dates read in the background: up to 30,000 relations (the API has no summary of dates yet). */
const DATE_PAGES_MAX = 30;

// The actors with most leverage, for the pole pickers of a graph too large to list (a server without overview skips it).
const TOP = 'top: overview(top: 50) { actors { id name kind } }';

const metaQuery = withTop => `query ExplorerMeta($a: ID!, $b: ID!) {
  relationTypes { name description sign leverage }
  sources { id title publisher published url }
  actorsPage(first: ${ACTOR_LIST_MAX}) { nodes { id name kind } totalCount }
  relationsPage(first: ${DATE_PAGE}) { nodes { since until } pageInfo { hasNextPage endCursor } totalCount }
  poleA: actor(id: $a) { id name kind }
  poleB: actor(id: $b) { id name kind }
  ${withTop ? TOP : ''}
}`;

const DATES_QUERY = `query ExplorerDates($after: String) {
  relationsPage(first: ${DATE_PAGE}, after: $after) { nodes { since until } pageInfo { hasNextPage endCursor } }
}`;

/**
 * Catalog, sources, the actors for the pole pickers (all of them when there are at most ACTOR_LIST_MAX, else the
 * 50 with most leverage and the poles `poles` names), how many actors and relations there are, and the dates
 * relations carry (for the slider): complete when `datesComplete`, else `moreDates()` reads the rest page by page.
 */
export async function loadMeta(poles = []) {
  // The link's poles, else the server's (Explorer:Poles); an actor id that is not in the graph reads as null.
  const [a = '', b = ''] = poles.length === 2 ? poles
    : await gql('query ExplorerPoles { defaultPoles }', {}, 'ExplorerPoles').then(d => d.defaultPoles, () => []);
  const data = await gql(metaQuery(true), { a, b }, 'ExplorerMeta')
    .catch(() => gql(metaQuery(false), { a, b }, 'ExplorerMeta'));
  const totalActors = data.actorsPage.totalCount;
  let actors = data.actorsPage.nodes;
  const complete = totalActors <= actors.length;
  if (!complete) actors = data.top ? data.top.actors : actors.slice(0, 50);
  for (const pole of [data.poleA, data.poleB]) if (pole && !actors.some(x => x.id === pole.id)) actors.push(pole);
  const dates = new Set();
  addDates(dates, data.relationsPage.nodes);
  let cursor = data.relationsPage.pageInfo.hasNextPage ? data.relationsPage.pageInfo.endCursor : null;
  const sorted = () => [...dates].sort();
  const range = () => {
    const list = sorted();
    return { dates: list, firstDate: list[0] ?? null, lastDate: list[list.length - 1] ?? null };
  };
  let pages = 1;
  return {
    relationTypes: data.relationTypes,
    sources: data.sources,
    actors: [...actors].sort(byName),
    allActors: complete,
    /** The poles to start with: the link's, else the server's default ones. */
    poles: [a, b],
    // The poles when those are not in the graph: the two actors with most leverage.
    topActors: complete ? null : actors.slice(0, 2).map(x => x.id),
    totalActors,
    totalRelations: data.relationsPage.totalCount,
    ...range(),
    datesComplete: cursor === null,
    /** Reads the remaining dates; resolves with the new range and whether it is complete (false past the cap). */
    async moreDates() {
      while (cursor && pages < DATE_PAGES_MAX) {
        const page = await gql(DATES_QUERY, { after: cursor }, 'ExplorerDates');
        addDates(dates, page.relationsPage.nodes);
        cursor = page.relationsPage.pageInfo.hasNextPage ? page.relationsPage.pageInfo.endCursor : null;
        pages++;
      }
      return { ...range(), datesComplete: cursor === null, datesRead: pages * DATE_PAGE };
    },
  };
}

// The days on which what holds changes: a relation begins (its since) or has just ended (the day after its until,
// which is the last day it holds).
function addDates(set, relations) {
  for (const r of relations) {
    if (r.since) set.add(r.since);
    if (r.until) set.add(addDays(r.until, 1));
  }
}
