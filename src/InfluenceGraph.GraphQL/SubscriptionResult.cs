namespace InfluenceGraph.GraphQL;

/// <summary>
/// The outcome of <see cref="GraphQLExecutor.SubscribeAsync"/>: either <see cref="Error"/> (the request failed, or the source
/// stream could not be created; for a query or mutation it holds that operation's single result) or <see cref="Events"/>.
/// </summary>
public sealed record SubscriptionResult(ExecutionResult? Error, IAsyncEnumerable<ExecutionResult>? Events);
