using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.AspNetCore.Validation;

public static partial class RuleSelection
{
    // Above this many selections in one set, response names are compared through a set instead of pairwise.
    private const int PairwiseLimit = 16;

    /// <summary>What <paramref name="document"/> lacks of the nodes the skippable rules inspect.</summary>
    public static Absent Absences(GraphQLDocument document)
    {
        var found = Absent.None;
        var operations = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    operations++;
                    if (operation.Operation == OperationType.Subscription)
                        found |= Absent.Subscription;
                    if (operation.Directives is not null)
                        found |= Absent.Directives;
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        if (variable.Directives is not null)
                            found |= Absent.Directives;
                    }
                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    found |= Absent.Fragments;
                    if (fragment.Directives is not null)
                        found |= Absent.Directives;
                    pending.Push(fragment.SelectionSet);
                    break;
                default:
                    found |= Absent.NonExecutable;
                    break;
            }
        }
        if (operations > 1)
            found |= Absent.SecondOperation;
        while (pending.Count > 0)
        {
            var set = pending.Pop();
            if (HasSameResponseName(set.Selections))
                found |= Absent.SameResponseName;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Directives is not null)
                            found |= Absent.Directives;
                        if (field.SelectionSet is { } children)
                            pending.Push(children);
                        break;
                    case GraphQLInlineFragment inline:
                        found |= Absent.Fragments;
                        if (inline.Directives is not null)
                            found |= Absent.Directives;
                        pending.Push(inline.SelectionSet);
                        break;
                    default:
                        found |= Absent.Fragments;
                        if (selection is IHasDirectivesNode { Directives: not null })
                            found |= Absent.Directives;
                        break;
                }
            }
        }
        // The walk marked what is present; the rules want what is absent.
        return ~found & (Absent)(Combinations - 1);
    }

    private static bool HasSameResponseName(List<ASTNode> selections)
    {
        if (selections.Count > PairwiseLimit)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var selection in selections)
            {
                if (selection is GraphQLField field && !seen.Add(ResponseName(field).StringValue))
                    return true;
            }
            return false;
        }
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not GraphQLField first)
                continue;
            var name = ResponseName(first).Value.Span;
            for (var j = i + 1; j < selections.Count; j++)
            {
                if (selections[j] is GraphQLField second && name.SequenceEqual(ResponseName(second).Value.Span))
                    return true;
            }
        }
        return false;
    }

    private static GraphQLName ResponseName(GraphQLField field) => field.Alias?.Name ?? field.Name;
}
