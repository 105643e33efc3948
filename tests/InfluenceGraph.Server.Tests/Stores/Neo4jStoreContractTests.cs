using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Configuration;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>Runs only against a live Neo4j: set NEO4J_URI (and NEO4J_PASSWORD, ...). None can run on our machines.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Skip = "Needs a live Neo4j: set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (and NEO4J_DATABASE) to run the store contract on it.";
    }
}

/// <summary>
/// The same contract on Neo4j (the database is seeded from cypher/ first; the seed scripts are idempotent). Each
/// test names one contract check with the live-only attribute, so without NEO4J_URI each says why it skips.
/// </summary>
public sealed class Neo4jStoreContractTests : IDisposable
{
    private readonly Lazy<Contract> _contract = new(() => new Contract());

    public void Dispose()
    {
        if (_contract.IsValueCreated)
            _contract.Value.Dispose();
    }

    [Neo4jFact] public Task AllActors() => _contract.Value.AllActors_ReturnsTheSeedOrderedByName();
    [Neo4jFact] public Task AllRelations() => _contract.Value.AllRelations_ReturnsEverySeedRelationWithTypeAndEndpoints();
    [Neo4jFact] public Task SourcesAndCount() => _contract.Value.AllSourcesAndCountActors_MatchTheSeed();
    [Neo4jFact] public Task UpsertActor() => _contract.Value.UpsertActor_CreatesThenUpdatesInPlace();
    [Neo4jFact] public Task AddAndRemoveRelation() => _contract.Value.AddAndRemoveRelation_WithADynamicType_RoundTrips();
    [Neo4jFact] public Task ScriptAtomicity() => _contract.Value.Script_WithAnErrorInItsSecondStatement_AppliesNothingAndSaysWhere();

    private sealed class Contract : StoreContract, IDisposable
    {
        private readonly Neo4jCypherRunner _runner;

        public Contract()
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            _runner = Neo4jCypherRunner.Create(Neo4jSettings.From(configuration));
            SeedAsync(_runner).GetAwaiter().GetResult();
        }

        protected override ICypherRunner Runner => _runner;

        public void Dispose() => _runner.Dispose();
    }
}
