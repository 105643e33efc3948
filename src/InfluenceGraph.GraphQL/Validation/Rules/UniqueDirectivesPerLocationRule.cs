using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.7.3 Directives Are Unique Per Location (repeatable directives excepted).</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives, string location)
    {
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (context.Schema.FindDirective(name) is { IsRepeatable: true })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.Report(Messages.DuplicateDirective(name), first.Location, directive.Location);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
