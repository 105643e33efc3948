// Live updates: subscribes to Subscription.graphChanged over Server-Sent Events (GET /graphql with
// Accept: text/event-stream, which EventSource sends) and calls back on every committed change, so the
// page redraws itself when someone adds an edge through the API or a Cypher script.

const SUBSCRIPTION = 'subscription Live { graphChanged { kind ids description at } }';
const RETRY_MS = 5000;

/**
 * Calls onChange(change) for each change; changes arriving close together are delivered once, after a
 * short pause, with the last of them (a script may commit many at once). Returns a function that stops it.
 */
export function watchChanges(onChange, { quietMs = 300 } = {}) {
  if (typeof EventSource === 'undefined') return () => {};
  let source = null;
  let retry = null;
  let pending = null;
  let stopped = false;

  const deliver = change => {
    clearTimeout(pending);
    pending = setTimeout(() => onChange(change), quietMs);
  };
  const open = () => {
    source = new EventSource('/graphql?query=' + encodeURIComponent(SUBSCRIPTION));
    source.addEventListener('next', event => {
      let change = null;
      try {
        change = JSON.parse(event.data)?.data?.graphChanged ?? null;
      } catch {
        change = null;
      }
      if (change) deliver(change);
    });
    // The server ended the stream, or refused it: try again later rather than hammering it.
    source.addEventListener('complete', () => { source.close(); schedule(); });
    source.onerror = () => { if (source.readyState === EventSource.CLOSED) schedule(); };
  };
  const schedule = () => {
    if (!stopped) retry = setTimeout(open, RETRY_MS);
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(retry);
    clearTimeout(pending);
    source?.close();
  };
}
