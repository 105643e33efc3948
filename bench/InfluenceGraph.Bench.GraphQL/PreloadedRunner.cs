using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>A store port that answers the app's three snapshot queries from rows held in memory; nothing else.</summary>
internal sealed class PreloadedRunner(
    IReadOnlyList<Dictionary<string, object?>> actors,
    IReadOnlyList<Dictionary<string, object?>> relations,
    IReadOnlyList<Dictionary<string, object?>> sources) : ICypherRunner
{
    public string Description => "preloaded benchmark data";

    public bool Exclusive => true;

    public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CypherRow>>(query switch
        {
            GraphQueries.AllActors => Rows("actor", actors),
            GraphQueries.AllRelations => Rows("relation", relations),
            GraphQueries.AllSources => Rows("source", sources),
            GraphQueries.CountActors => [new CypherRow(new Dictionary<string, object?> { ["actors"] = (long)actors.Count })],
            _ => throw new NotSupportedException("The benchmark store only reads."),
        });

    public Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The benchmark store only reads.");

    public Task<string> ServerAgentAsync(CancellationToken cancellationToken) => Task.FromResult("bench");

    public Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The benchmark store only reads.");

    public Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The benchmark store only reads.");

    public void Dispose()
    {
    }

    private static CypherRow[] Rows(string column, IReadOnlyList<Dictionary<string, object?>> maps) =>
        [.. maps.Select(m => new CypherRow(new Dictionary<string, object?> { [column] = m }))];
}
