using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or indirectly, by some operation.</summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            used.UnionWith(context.RecursivelyReferencedFragments(operation).Select(f => f.Name.Value));
        }

        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>().Where(f => !used.Contains(f.Name.Value)))
        {
            context.Report(Messages.UnusedFragment(fragment.Name.Value), fragment.Location);
        }
    }
}
