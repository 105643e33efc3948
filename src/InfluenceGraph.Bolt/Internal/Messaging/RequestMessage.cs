using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Internal.Messaging;

/// <summary>A client message: a structure whose tag is the signature and whose fields follow in order.</summary>
internal abstract class RequestMessage(byte tag, string name)
{
    public byte Tag { get; } = tag;
    public string Name { get; } = name;

    /// <summary>GOODBYE is the only request the server never answers.</summary>
    public virtual bool ExpectsResponse => true;

    public abstract IReadOnlyList<object?> Fields { get; }

    public void WriteTo(PackStreamWriter writer) => writer.WriteStructure(new PackStreamStructure(Tag, Fields));

    /// <summary>The `C:` log line body; credentials are redacted by LogFormat.</summary>
    public override string ToString() => Fields.Count == 0 ? Name : $"{Name} {string.Join(" ", Fields.Select(LogFormat.Value))}";
}
