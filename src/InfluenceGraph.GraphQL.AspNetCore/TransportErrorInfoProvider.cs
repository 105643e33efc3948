using GraphQL;
using GraphQL.Execution;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// How errors are written: GraphQL.NET's <see cref="ErrorInfoProvider"/> with its own "code", "codes" and "number"
/// extension entries switched off (graphql-js writes none), so an error's extensions hold only what the error carries;
/// and a custom scalar's explanation (<see cref="ScalarValueException"/>) kept in the message where GraphQL.NET wraps it.
/// </summary>
public sealed class TransportErrorInfoProvider() : ErrorInfoProvider(options =>
{
    options.ExposeCode = false;
    options.ExposeCodes = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError.InnerException is ScalarValueException scalar && !info.Message.Contains(scalar.Message, StringComparison.Ordinal))
            info.Message = $"{info.Message}. {scalar.Message}";
        return info;
    }
}
