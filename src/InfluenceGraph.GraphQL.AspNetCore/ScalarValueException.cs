namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// A custom scalar's own explanation of why a value is not of its type. GraphQL.NET wraps scalar failures in
/// variables into its generic "Unable to convert" message; <see cref="TransportErrorInfoProvider"/> adds this one to it.
/// </summary>
public sealed class ScalarValueException(string message) : FormatException(message);
