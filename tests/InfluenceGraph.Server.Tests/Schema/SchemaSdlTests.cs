using System.Text.RegularExpressions;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Schema;

namespace InfluenceGraph.Server.Tests.Schema;

/// <summary>
/// schema.graphql is the schema's one source of truth: GraphQL.NET serves exactly what it declares (every type,
/// field, argument, default and description), and the limits its descriptions state are the ones the resolvers apply.
/// </summary>
public sealed partial class SchemaSdlTests
{
    [Fact]
    public void GraphQLNet_ServesExactlyTheSchemaOfSchemaGraphql()
    {
        var served = InfluenceSchema.Build().Print();

        // GraphQL.NET prints in its own layout (one-line descriptions in quotes, its own type order): compare both
        // texts as GraphQL-Parser's SDL printer prints them, types in name order.
        Assert.Equal(Normalise(InfluenceSchema.Sdl), Normalise(served));
    }

    [Fact]
    public void Normalise_DifferentDescription_IsNoLongerEqual()
    {
        Assert.NotEqual(Normalise("\"A\" type Query { a: Int }"), Normalise("\"B\" type Query { a: Int }"));
        Assert.Equal(Normalise("type B { b: Int } type A { a: Int }"), Normalise("type A { a: Int }\ntype B { b: Int }"));
    }

    [Theory]
    [InlineData("The actors within 'depth' relations of an actor (at most {0})", InfluenceSchema.MaxNeighbourhoodDepth)]
    [InlineData("'maxLength' at most {0}.", InfluenceSchema.MaxPathLength)]
    [InlineData("At most {0} ids a request.", InfluenceSchema.MaxRelationsById)]
    [InlineData("at most {0}; 'maxLength'", GraphWalks.MaxPaths)]
    [InlineData("'k' in 1..{0},", InfluenceSchema.MaxStrongestPaths)]
    [InlineData("'maxLength' in 1..{0}.", InfluenceSchema.MaxStrongestPathLength)]
    [InlineData("How many actors to show, at most {0}.", InfluenceSchema.MaxOverviewActors)]
    [InlineData("How many neighbours to return, at most {0}.", InfluenceSchema.MaxExpansion)]
    public void Description_StatesTheLimitTheResolverApplies(string phrase, int limit)
    {
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, phrase, limit), InfluenceSchema.Sdl);
    }

    [Fact]
    public void Description_PageAndListLimits_AreTheConfigurationDefaults()
    {
        var defaults = new Hosting.GraphQLApiOptions();
        Assert.Contains($"at most GraphQL:MaxPageSize (default {defaults.MaxPageSize})", InfluenceSchema.Sdl);
        Assert.Contains($"at most GraphQL:MaxListItems (default {defaults.MaxListItems})", InfluenceSchema.Sdl);
        Assert.Contains($"above GraphQL:MaxBlocActors (default {defaults.MaxBlocActors}) actors", InfluenceSchema.Sdl);
        Assert.DoesNotMatch(@"GraphQL:MaxPageSize \(default (?!" + defaults.MaxPageSize + @"\))", InfluenceSchema.Sdl);
    }

    [Fact]
    public void Description_PairwiseDiscount_IsTheAnalysisDiscount()
    {
        Assert.Contains($"{LeverageAnalysis.TwoStepDiscount} times f1*w1*f2*w2", InfluenceSchema.Sdl);
    }

    [Fact]
    public void Description_QuadrantThresholds_AreTheMatrixThresholds()
    {
        var expected = $"|alignment| < {StakeholderMatrix.AlignedAt}; otherwise \"{StakeholderMatrix.KeyAlly}\" / \"{StakeholderMatrix.MinorAlly}\"";
        Assert.Equal(2, Regex.Matches(InfluenceSchema.Sdl, Regex.Escape(expected)).Count);
        Assert.Contains($"Key when leverage >= {StakeholderMatrix.KeyAt}.", InfluenceSchema.Sdl);
    }

    private static string Normalise(string sdl)
    {
        var document = Parser.Parse(sdl);
        document.Definitions.Sort((a, b) => string.CompareOrdinal(Name(a), Name(b)));
        var writer = new StringWriter();
        new SDLPrinter().PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    private static string Name(ASTNode node) => node switch
    {
        GraphQLDirectiveDefinition directive => "@" + directive.Name.StringValue,
        GraphQLTypeDefinition type => type.Name.StringValue,
        _ => node.Kind.ToString(),
    };
}
