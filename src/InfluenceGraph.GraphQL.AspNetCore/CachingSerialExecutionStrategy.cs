using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL.NET's serial strategy that collects the fields of a selection set once per object type and reuses them:
/// the stock strategy collects them again for every object it completes (each actor of a 10,000-item list walks the
/// same selection set, fragments and schema lookups). The collected fields are held beside the document's selection
/// set node (weakly, so they go when the document leaves the runner's cache).
/// </summary>
/// <remarks>
/// Reused only where the result cannot depend on the request: requests whose document has directives (@skip and
/// @include read variables) collect afresh, and so does a selection set whose collection registered per-request
/// state (GraphQL.NET merges same-named fields into a new node and copies the request's argument values to it).
/// </remarks>
internal sealed class CachingSerialExecutionStrategy : SerialExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, Collections> _collected = new();

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var selectionSet = parent.SelectionSet!;
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (context.DirectiveValues is { Count: > 0 })
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var collections = _collected.GetValue(selectionSet, static _ => new Collections());
        var fields = collections.Find(parentType);
        if (fields is null)
        {
            var argumentsBefore = context.ArgumentValues?.Count ?? 0;
            var collected = CollectFieldsFrom(context, parentType, selectionSet, null);
            fields = new (GraphQLField, FieldType)[collected.Count];
            var i = 0;
            foreach (var entry in collected)
                fields[i++] = entry.Value;
            if ((context.ArgumentValues?.Count ?? 0) == argumentsBefore)
                collections.Add(parentType, fields);
        }

        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            nodes[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }
        parent.SubFields = nodes;
    }

    /// <summary>The collected fields of one selection set, by the object type they were collected for (usually one).</summary>
    private sealed class Collections
    {
        private readonly Lock _adding = new();
        private (IGraphType Type, (GraphQLField, FieldType)[] Fields)[] _byType = [];

        public (GraphQLField, FieldType)[]? Find(IGraphType type)
        {
            foreach (var (known, fields) in Volatile.Read(ref _byType))
            {
                if (ReferenceEquals(known, type))
                    return fields;
            }
            return null;
        }

        public void Add(IGraphType type, (GraphQLField, FieldType)[] fields)
        {
            lock (_adding)
            {
                if (Find(type) is null)
                    Volatile.Write(ref _byType, [.. _byType, (type, fields)]);
            }
        }
    }
}
