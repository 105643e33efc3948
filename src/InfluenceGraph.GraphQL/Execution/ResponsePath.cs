namespace InfluenceGraph.GraphQL.Execution;

/// <summary>An immutable linked path into the response; turned into a list only when an error or a resolver needs it.</summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    public object Key { get; } = key;

    public ResponsePath Add(object key) => new(this, key);

    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var node = this; node is not null; node = node.Parent)
        {
            keys.Add(node.Key);
        }

        keys.Reverse();
        return keys;
    }
}
