// The crisis at a glance: who holds leverage, where each actor leans between India (+1) and Pakistan (-1),
// and a few confirmed relations with the article's own words.
const defaultQuery = `# InfluenceGraph: the 2025 India-Pakistan crisis as a graph.
# Press the run button (or Ctrl+Enter). Open the docs (book icon) for every type and argument.

query Crisis {
  actors {
id
name
kind
leverage
alignment(poles: ["india", "pakistan"])
  }
  relations(status: [CONFIRMED]) {
type
from { name }
to { name }
since
evidence {
  quote
  source { title publisher }
}
  }
  relationTypes { name sign leverage description }
}
`;
const params = new URLSearchParams(location.search);
// Same origin only: the endpoint is always this server's /graphql.
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).href });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    query: params.get('query') ?? undefined,
    variables: params.get('variables') ?? undefined,
    defaultEditorToolsVisibility: false,
  }),
);
