namespace InfluenceGraph.Bolt.Internal.PackStream;

/// <summary>A structure as raw PackStream: a tag byte and its fields. Messages and unmapped structures travel as this.</summary>
internal sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    public override string ToString() => $"Struct(0x{Tag:X2}, [{string.Join(", ", Fields)}])";
}
