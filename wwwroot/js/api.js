// The explorer's only door to the server: GraphQL over HTTP at /graphql on our own origin.

const ENDPOINT = '/graphql';

/** Raised for transport failures and GraphQL errors alike, so the page shows one kind of banner. */
export class ApiError extends Error {
  constructor(message, details = []) {
    super(message);
    this.name = 'ApiError';
    this.details = details;
  }
}

/** Runs one operation; resolves with `data` or rejects with an ApiError carrying every error message. */
export async function gql(query, variables = {}, operationName = undefined) {
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
  if (!response.ok && errors.length === 0) {
    throw new ApiError(`The API answered ${response.status} ${response.statusText}`.trim());
  }
  if (errors.length > 0 || !body || !body.data) {
    throw new ApiError(errors[0] ?? 'The API answered without data', errors);
  }
  return body.data;
}

// An absent variable means "argument not given" (no filter); sending null would be the same in GraphQL,
// but leaving it out keeps the request readable in the server log and in the browser's network tab.
function withoutNulls(variables) {
  return Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== null && v !== undefined));
}

const META_QUERY = `query ExplorerMeta {
  relationTypes { name description sign leverage }
  actors { id name kind }
  relations { since until }
}`;

/** Catalog, actor list (for the pole pickers) and the dates every relation carries (for the slider's range). */
export async function loadMeta() {
  const data = await gql(META_QUERY, {}, 'ExplorerMeta');
  const dates = [];
  for (const r of data.relations) {
    if (r.since) dates.push(r.since);
    if (r.until) dates.push(r.until);
  }
  dates.sort();
  return {
    dates: [...new Set(dates)],
    relationTypes: data.relationTypes,
    actors: [...data.actors].sort((a, b) => a.name.localeCompare(b.name)),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
  };
}

// claimedBy (a narrative: one actor's account) is passed only to a server that knows the argument.
const graphQuery = narratives => {
  const c = narratives ? ', claimedBy: $claimedBy' : '';
  return `query ExplorerGraph($types: [String!], $status: [ClaimStatus!], $asOf: Date, $poles: [ID!]${narratives ? ', $claimedBy: ID' : ''}) {
  graph(types: $types, status: $status, asOf: $asOf${c}) {
    actors {
      id name kind aliases country description
      leverage(asOf: $asOf, types: $types, status: $status${c})
      alignment(poles: $poles, asOf: $asOf, types: $types, status: $status${c})
    }
    relations {
      id type weight status since until
      from { id }
      to { id }
      claimedBy { id name }
      evidence { quote source { id title publisher published url } }
    }
  }
}`;
};

/** The filtered graph; leverage and alignment are recomputed by the server under the same filter. */
export async function loadGraph({ types = null, status = null, asOf = null, poles = null, claimedBy = null }, narratives = false) {
  const variables = { types, status, asOf, poles, ...(narratives ? { claimedBy } : {}) };
  const data = await gql(graphQuery(narratives), variables, 'ExplorerGraph');
  return data.graph;
}
