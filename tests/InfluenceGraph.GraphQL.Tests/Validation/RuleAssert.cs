using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Tests.Fixtures;
using InfluenceGraph.GraphQL.Validation;

namespace InfluenceGraph.GraphQL.Tests.Validation;

/// <summary>Runs one validation rule alone over a document against the Star Wars schema.</summary>
internal static class RuleAssert
{
    private static readonly Lazy<Schema> Schema = new(StarWars.Build);

    public static IReadOnlyList<GraphQLError> Errors<TRule>(string query)
        where TRule : ValidationRule, new() =>
        DocumentValidator.Validate(Schema.Value, Parser.Parse(query), [new TRule()]);

    public static void Valid<TRule>(string query)
        where TRule : ValidationRule, new() =>
        Assert.Empty(Errors<TRule>(query).Select(e => e.Message));

    public static void Invalid<TRule>(string query, string message, params (int Line, int Column)[] locations)
        where TRule : ValidationRule, new()
    {
        var error = Assert.Single(Errors<TRule>(query));
        Assert.Equal(message, error.Message);
        Assert.Equal(locations.Select(l => new SourceLocation(l.Line, l.Column)), error.Locations!);
    }

    public static IReadOnlyList<GraphQLError> AllRules(string query) => DocumentValidator.Validate(Schema.Value, Parser.Parse(query));
}
