namespace InfluenceGraph.GraphQL;

/// <summary>
/// Thrown by a resolver or a scalar's coercion to report an error to the client: the message and extensions
/// reach the response (with the field's locations and path); the field becomes null, and null propagates per spec 6.4.4.
/// </summary>
public sealed class GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
}

/// <summary>The schema given to <see cref="SchemaBuilder.Build"/> is not valid (spec 3 type system rules).</summary>
public sealed class SchemaException(string message) : Exception(message);
