using GraphQLParser;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.AspNetCore.Validation;

/// <summary>
/// Bounds how deep an introspection query may nest the lists that walk the type graph (fields, interfaces,
/// possibleTypes, inputFields): three levels, as graphql-js's MaxIntrospectionDepthRule (16.9 and later) does.
/// Introspection is open to anyone, and each such level multiplies the answer by the size of the schema, so without
/// this rule a small query asks for an answer that grows exponentially. GraphQL.NET 8 has no such rule; the request
/// budgets count __schema and __type as 1 and leave them to this one. A fragment is checked once per depth, however
/// often it is spread.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRuleBase
{
    public const int MaxListsDepth = 3;

    public static readonly MaxIntrospectionDepthRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (field.Name.StringValue is "__schema" or "__type" && new DepthCheck(context.Document).TooDeep(field, 0))
            context.ReportError(new MaxIntrospectionDepthError(context, field));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private sealed class DepthCheck(GraphQLDocument document)
    {
        private readonly Dictionary<(string Fragment, int Depth), bool> _known = [];
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public bool TooDeep(ASTNode node, int depth)
        {
            switch (node)
            {
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (_known.TryGetValue((name, depth), out var known))
                        return known;
                    if (!_visiting.Add(name) || document.FindFragmentDefinition(spread.FragmentName.Name) is not { } fragment)
                        return false;
                    var result = TooDeep(fragment, depth);
                    _visiting.Remove(name);
                    _known[(name, depth)] = result;
                    return result;
                case GraphQLField { Name.StringValue: "fields" or "interfaces" or "possibleTypes" or "inputFields" } when ++depth >= MaxListsDepth:
                    return true;
            }
            var selections = node switch
            {
                GraphQLField field => field.SelectionSet,
                GraphQLInlineFragment inline => inline.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null)
            {
                foreach (var child in selections.Selections)
                    if (TooDeep(child, depth))
                        return true;
            }
            return false;
        }
    }
}

/// <summary>An introspection query nested deeper than <see cref="MaxIntrospectionDepthRule.MaxListsDepth"/> levels of type-graph lists.</summary>
public sealed class MaxIntrospectionDepthError(ValidationContext context, GraphQLField field)
    : ValidationError(context.Document.Source, null, "Maximum introspection depth exceeded", field);
