using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// The static depth and cost of one operation, measured on the parsed document before GraphQL.NET validates or runs it.
/// <list type="bullet">
/// <item>Depth: the deepest field nesting, fragments expanded; <c>__schema</c> and <c>__type</c> count 1 whatever they select.</item>
/// <item>Cost: every field costs 1, and what a list field selects costs as many times as the list can be long: its
/// size argument (<c>first</c>, <c>last</c>, <c>limit</c>, <c>top</c> or <c>k</c>, a literal or a variable); else,
/// for the list directly inside a page object (<c>actorsPage(first: 50) { nodes { ... } }</c>), the page's size; else
/// the length the app expects (<see cref="GraphQLExecutionSettings.ExpectedListSize"/>); else the default list size.
/// Introspection fields cost 1.</item>
/// <item>Width: the most fields one selection set holds once its fragments are expanded. Validation (overlapping
/// fields can be merged) compares the fields of a set pairwise, so a set of thousands of fields, written out or
/// multiplied by fragments, would hold a core for seconds before a single resolver ran.</item>
/// </list>
/// A fragment is measured once per operation, however often it is spread, so a chain of fragments that each spread the
/// one before twice costs linear time to measure. The walk stops as soon as the cost exceeds the budget, and it checks
/// the cancellation token as it goes.
/// </summary>
internal sealed class QueryCost
{
    private static readonly string[] SizeArguments = ["first", "last", "limit", "top", "k"];
    private const int NodesBetweenCancellationChecks = 256;

    private readonly ISchema _schema;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly Inputs _variables;
    private readonly long _defaultListSize;
    private readonly Func<string, string, long?>? _expectedListSize;
    private readonly long _budget;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<(string Fragment, long? PageSize), Measure> _fragmentMeasures = [];
    private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);
    private int _nodes;

    private QueryCost(ISchema schema, GraphQLDocument document, Inputs variables, long defaultListSize, Func<string, string, long?>? expectedListSize,
        long budget, CancellationToken cancellationToken)
    {
        _schema = schema;
        _variables = variables;
        _defaultListSize = defaultListSize;
        _expectedListSize = expectedListSize;
        _budget = budget;
        _cancellationToken = cancellationToken;
        _fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
                _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Depth and cost of <paramref name="operation"/>; the cost is a lower bound once it passes <paramref name="budget"/>.</summary>
    public static Measure Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables,
        long defaultListSize, Func<string, string, long?>? expectedListSize, long budget, CancellationToken cancellationToken)
    {
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        var meter = new QueryCost(schema, document, variables, defaultListSize, expectedListSize, budget, cancellationToken);
        return meter.MeasureSelections(root, operation.SelectionSet, null);
    }

    /// <summary>
    /// The measure of a selection set: its deepest nesting, its cost, how many fields it holds with its fragments
    /// expanded (Width), the widest set anywhere inside it (MaxWidth), how many of its fields answer under each response
    /// name (Names) and the most fields sharing one response name in any set inside it (MaxSameName).
    /// </summary>
    public readonly record struct Measure(int Depth, long Cost, bool Stopped, long Width = 0, long MaxWidth = 0,
        IReadOnlyDictionary<string, int>? Names = null, int MaxSameName = 0);

    // pageSize: the size argument of the page object these selections belong to, for the list directly inside it.
    private Measure MeasureSelections(IGraphType? parent, GraphQLSelectionSet selectionSet, long? pageSize)
    {
        var depth = 0;
        long cost = 0, width = 0, maxWidth = 0;
        var sameName = 0;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            if (++_nodes % NodesBetweenCancellationChecks == 0)
                _cancellationToken.ThrowIfCancellationRequested();
            var measure = selections[i] switch
            {
                GraphQLField field => MeasureField(parent, field, pageSize),
                GraphQLInlineFragment inline => MeasureSelections(TypeOrParent(inline.TypeCondition, parent), inline.SelectionSet, pageSize),
                GraphQLFragmentSpread spread => MeasureSpread(spread, pageSize),
                _ => default,
            };
            depth = Math.Max(depth, measure.Depth);
            cost = Add(cost, measure.Cost);
            // A field adds one to this set's width; a fragment adds the fields it brings.
            width = Add(width, selections[i] is GraphQLField ? 1 : measure.Width);
            maxWidth = Math.Max(maxWidth, Math.Max(measure.MaxWidth, width));
            sameName = Math.Max(sameName, measure.MaxSameName);
            if (selections[i] is GraphQLField named)
                sameName = Math.Max(sameName, Count(names, (named.Alias?.Name ?? named.Name).StringValue, 1));
            else if (measure.Names is { } brought && names.Count <= MaxNamesTracked)
                foreach (var (key, count) in brought)
                    sameName = Math.Max(sameName, Count(names, key, count));
            // Over budget with selections left to measure: stop here, the cost so far is a lower bound.
            if (measure.Stopped || (cost > _budget && i < selections.Count - 1))
                return new Measure(depth, cost, true, width, maxWidth, names, sameName);
        }
        return new Measure(depth, cost, false, width, maxWidth, names, sameName);
    }

    // A set wider than the width limit is refused anyway; past this many names its merging would only cost time.
    private const int MaxNamesTracked = 4096;

    private static int Count(Dictionary<string, int> names, string name, int count)
    {
        var total = names.GetValueOrDefault(name) + count;
        names[name] = total;
        return total;
    }

    private Measure MeasureField(IGraphType? parent, GraphQLField node, long? pageSize)
    {
        var name = node.Name.StringValue;
        if (node.SelectionSet is null)
            return new Measure(1, 1, false, 1);
        // Introspection costs 1 and counts 1 level (MaxIntrospectionDepthRule bounds it), but its sets' width counts.
        if (name is "__schema" or "__type")
        {
            var inner = MeasureSelections(null, node.SelectionSet, null);
            return new Measure(1, 1, false, 1, inner.MaxWidth, null, inner.MaxSameName);
        }
        var parentType = parent?.GetNamedType() as IComplexGraphType;
        var field = parentType?.GetField(node.Name.Value);
        var sizeArgument = SizeArgument(node) ?? SizeDefault(field);
        var isList = field?.ResolvedType is { } type && IsList(type);
        // A page object (a field with a size argument that is not itself a list) hands its size to the list inside it.
        var children = MeasureSelections(field?.ResolvedType?.GetNamedType(), node.SelectionSet, isList ? null : sizeArgument);
        var size = isList ? sizeArgument ?? pageSize ?? Expected(parentType, name) ?? _defaultListSize : 1;
        return new Measure(children.Depth + 1, Add(1, Multiply(size, children.Cost)), children.Stopped, 1, children.MaxWidth, null, children.MaxSameName);
    }

    private Measure MeasureSpread(GraphQLFragmentSpread spread, long? pageSize)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (_fragmentMeasures.TryGetValue((name, pageSize), out var known))
            return known;
        // An unknown fragment or a cycle is a validation error; it adds nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
            return default;
        var parent = _schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue];
        var measure = MeasureSelections(parent, fragment.SelectionSet, pageSize);
        _measuring.Remove(name);
        _fragmentMeasures[(name, pageSize)] = measure;
        return measure;
    }

    private long? Expected(IComplexGraphType? parent, string field) =>
        parent is null || _expectedListSize is null ? null : _expectedListSize(parent.Name, field) is { } size ? Math.Max(0, size) : null;

    private IGraphType? TypeOrParent(GraphQLTypeCondition? condition, IGraphType? parent) =>
        condition is null ? parent : _schema.AllTypes[condition.Type.Name.StringValue];

    // The default of the field's size argument in the schema (first: Int = 100), when the query gives none.
    private static long? SizeDefault(FieldType? field)
    {
        if (field?.Arguments is not { } arguments)
            return null;
        foreach (var name in SizeArguments)
        {
            if (arguments.Find(name)?.DefaultValue is { } value)
                return value switch { int i => i, long l => l, _ => null };
        }
        return null;
    }

    // The field's size argument (a literal or a variable), or null when it has none.
    private long? SizeArgument(GraphQLField node)
    {
        if (node.Arguments is { } arguments)
        {
            foreach (var argument in arguments.Items)
            {
                if (Array.IndexOf(SizeArguments, argument.Name.StringValue) < 0)
                    continue;
                var size = argument.Value switch
                {
                    GraphQLIntValue literal when long.TryParse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
                    GraphQLVariable variable when _variables.TryGetValue(variable.Name.StringValue, out var value) => value switch
                    {
                        int i => i,
                        long l => l,
                        _ => (long?)null,
                    },
                    _ => null,
                };
                if (size is { } known)
                    return Math.Max(0, known);
            }
        }
        return null;
    }

    private static bool IsList(IGraphType type) => type switch
    {
        ListGraphType => true,
        NonNullGraphType nonNull => nonNull.ResolvedType is { } inner && IsList(inner),
        _ => false,
    };

    // Costs saturate instead of wrapping: nested huge page sizes must not overflow into a small number.
    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
