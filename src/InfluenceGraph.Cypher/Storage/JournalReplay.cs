using System.Text;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>Applies one committed frame's records to the store (the inverse of <see cref="JournalRecordWriter"/>).</summary>
internal static class JournalReplay
{
    public static void Apply(GraphStore store, byte[] payload) => Apply(store, payload, 0, payload.Length);

    /// <summary>The records in <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> (a snapshot's, read in place).</summary>
    public static void Apply(GraphStore store, byte[] buffer, int offset, int count)
    {
        using var reader = new BinaryReader(new MemoryStream(buffer, offset, count, writable: false), Encoding.UTF8);
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var op = (JournalOp)reader.ReadByte();
            switch (op)
            {
                case JournalOp.CreateNode:
                {
                    var id = reader.ReadInt64();
                    var labels = new string[reader.ReadInt32()];
                    for (var i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
                    store.ApplyCreateNode(id, labels, ReadProperties(reader));
                    break;
                }
                case JournalOp.DeleteNode:
                    store.ApplyDeleteNode(Node(store, reader.ReadInt64()));
                    break;
                case JournalOp.AddLabel:
                    store.ApplyAddLabel(Node(store, reader.ReadInt64()), reader.ReadString());
                    break;
                case JournalOp.RemoveLabel:
                    store.ApplyRemoveLabel(Node(store, reader.ReadInt64()), reader.ReadString());
                    break;
                case JournalOp.SetNodeProperty:
                    store.ApplySetNodeProperty(Node(store, reader.ReadInt64()), reader.ReadString(), ReadValue(reader));
                    break;
                case JournalOp.CreateRelationship:
                {
                    var id = reader.ReadInt64();
                    var type = reader.ReadString();
                    var start = Node(store, reader.ReadInt64());
                    var end = Node(store, reader.ReadInt64());
                    store.ApplyCreateRelationship(id, type, start, end, ReadProperties(reader));
                    break;
                }
                case JournalOp.DeleteRelationship:
                    store.ApplyDeleteRelationship(Rel(store, reader.ReadInt64()));
                    break;
                case JournalOp.SetRelProperty:
                    store.ApplySetRelationshipProperty(Rel(store, reader.ReadInt64()), reader.ReadString(), ReadValue(reader));
                    break;
                case JournalOp.CreateConstraint:
                    store.ApplyCreateConstraint(reader.ReadString(), reader.ReadString(), reader.ReadString());
                    break;
                case JournalOp.DropConstraint:
                    store.ApplyDropConstraint(reader.ReadString());
                    break;
                default:
                    throw new InvalidDataException($"unknown record kind {(byte)op}");
            }
        }
    }

    private static NodeData Node(GraphStore store, long id) =>
        store.Nodes.TryGetValue(id, out var node) ? node : throw new InvalidDataException($"record names node {id}, which does not exist");

    private static RelData Rel(GraphStore store, long id) =>
        store.Relationships.TryGetValue(id, out var rel) ? rel : throw new InvalidDataException($"record names relationship {id}, which does not exist");

    private static List<KeyValuePair<string, object?>> ReadProperties(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var properties = new List<KeyValuePair<string, object?>>(count);
        for (var i = 0; i < count; i++) properties.Add(new(reader.ReadString(), ReadValue(reader)));
        return properties;
    }

    private static object? ReadValue(BinaryReader reader)
    {
        var tag = (ValueTag)reader.ReadByte();
        switch (tag)
        {
            case ValueTag.Null: return null;
            case ValueTag.False: return false;
            case ValueTag.True: return true;
            case ValueTag.Integer: return reader.ReadInt64();
            case ValueTag.Float: return reader.ReadDouble();
            case ValueTag.String: return reader.ReadString();
            case ValueTag.Date: return DateOnly.FromDayNumber(reader.ReadInt32());
            case ValueTag.LocalTime: return new CypherLocalTime(reader.ReadInt64());
            case ValueTag.Time: return new CypherTime(reader.ReadInt64(), reader.ReadInt32());
            case ValueTag.LocalDateTime: return new CypherLocalDateTime(DateOnly.FromDayNumber(reader.ReadInt32()), reader.ReadInt64());
            case ValueTag.DateTime:
            {
                var date = DateOnly.FromDayNumber(reader.ReadInt32());
                var nanos = reader.ReadInt64();
                var offset = reader.ReadInt32();
                var zone = reader.ReadString();
                return new CypherDateTime(date, nanos, offset, zone.Length == 0 ? null : zone);
            }
            case ValueTag.Duration: return new CypherDuration(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32());
            case ValueTag.List:
            {
                var count = reader.ReadInt32();
                var list = new List<object?>(count);
                for (var i = 0; i < count; i++) list.Add(ReadValue(reader));
                return list;
            }
            case ValueTag.Map:
            {
                var count = reader.ReadInt32();
                var map = new OrderedDictionary<string, object?>(count);
                for (var i = 0; i < count; i++) map[reader.ReadString()] = ReadValue(reader);
                return map;
            }
            default: throw new InvalidDataException($"unknown value tag {(byte)tag}");
        }
    }
}
