namespace InfluenceGraph.GraphQL.Execution;

/// <summary>Marks "no value" (absent, or invalid during literal coercion), as distinct from null.</summary>
internal sealed class Undefined
{
    public static readonly Undefined Value = new();

    private Undefined()
    {
    }
}
