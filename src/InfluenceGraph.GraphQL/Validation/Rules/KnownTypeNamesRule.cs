using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.2 Fragment Spread Type Existence and 5.8.2 (variable types): every named type must exist in the schema.</summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        if (context.Schema.FindType(node.Name.Value) is null && BuiltInScalars.Find(node.Name.Value) is null)
        {
            var known = context.Schema.Types.Select(t => t.Name).Union(BuiltInScalars.All.Select(s => s.Name));
            context.Report(Messages.UnknownType(node.Name.Value) + Suggestions.DidYouMean(Suggestions.Similar(node.Name.Value, known)), node.Location);
        }
    }
}
