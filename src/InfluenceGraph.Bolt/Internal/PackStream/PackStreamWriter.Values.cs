using System.Collections;

namespace InfluenceGraph.Bolt.Internal.PackStream;

/// <summary>
/// The .NET-to-Bolt value mapping for parameters (Neo4j.Driver's table): integers of every width become Integer,
/// float and double Float, DateOnly Date, TimeOnly and TimeSpan LocalTime, DateTime LocalDateTime, DateTimeOffset
/// DateTime with its offset, any IDictionary with string keys a Map and any other IEnumerable a List.
/// </summary>
internal sealed partial class PackStreamWriter
{
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case short s: WriteInteger(s); break;
            case sbyte sb: WriteInteger(sb); break;
            case byte by: WriteInteger(by); break;
            case ushort us: WriteInteger(us); break;
            case uint ui: WriteInteger(ui); break;
            case ulong ul when ul <= long.MaxValue: WriteInteger((long)ul); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case string str: WriteString(str); break;
            case char c: WriteString(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> memory: WriteBytes(memory.Span); break;
            case PackStreamStructure structure: WriteStructure(structure); break;
            case LocalDate date: WriteStruct(StructTags.Date, date.EpochDay); break;
            case DateOnly date: WriteStruct(StructTags.Date, LocalDate.FromDateOnly(date).EpochDay); break;
            case LocalTime time: WriteStruct(StructTags.LocalTime, time.NanosecondOfDay); break;
            case TimeOnly time: WriteStruct(StructTags.LocalTime, time.Ticks * 100); break;
            case TimeSpan span: WriteStruct(StructTags.LocalTime, span.Ticks * 100); break;
            case OffsetTime time: WriteStruct(StructTags.Time, time.NanosecondOfDay, time.OffsetSeconds); break;
            case LocalDateTime local: WriteStruct(StructTags.LocalDateTime, local.EpochSeconds, local.Nanosecond); break;
            case DateTime dateTime: WriteValue(LocalDateTime.FromDateTime(dateTime)); break;
            case ZonedDateTime zoned: WriteZonedDateTime(zoned); break;
            case DateTimeOffset offset: WriteZonedDateTime(ZonedDateTime.FromDateTimeOffset(offset)); break;
            case Duration duration: WriteStruct(StructTags.Duration, duration.Months, duration.Days, duration.Seconds, duration.Nanos); break;
            case Point { Z: null } p: WriteStruct(StructTags.Point2D, p.SrId, p.X, p.Y); break;
            case Point p: WriteStruct(StructTags.Point3D, p.SrId, p.X, p.Y, p.Z); break;
            case INode node: WriteNode(node); break;
            case IRelationship relationship: WriteRelationship(relationship); break;
            case UnboundRelationship unbound: WriteUnbound(unbound.Id, unbound.ElementId, unbound.Type, unbound.Properties); break;
            case IPath path: WritePath(path); break;
            case IDictionary dictionary: WriteDictionary(dictionary); break;
            case IEnumerable enumerable when TryGetPairs(enumerable, out var pairs): WriteMap(pairs); break;
            case IEnumerable enumerable: WriteList(enumerable); break;
            default: throw new ClientException(ErrorMessages.CannotPack(value.GetType()));
        }
    }

    public void WriteMap(IReadOnlyCollection<KeyValuePair<string, object?>> entries)
    {
        WriteMapHeader(entries.Count);
        foreach (var (key, item) in entries)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    public void WriteStructure(PackStreamStructure structure)
    {
        WriteStructHeader(structure.Fields.Count, structure.Tag);
        foreach (var field in structure.Fields) WriteValue(field);
    }

    private void WriteStruct(byte tag, params object?[] fields) => WriteStructure(new PackStreamStructure(tag, fields));

    private void WriteList(IEnumerable items)
    {
        var list = items as ICollection ?? items.Cast<object?>().ToList();
        WriteListHeader(list.Count);
        foreach (var item in list) WriteValue(item);
    }

    private void WriteDictionary(IDictionary dictionary)
    {
        WriteMapHeader(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
        {
            WriteString(entry.Key as string ?? throw new ClientException(ErrorMessages.MapKeyNotString(entry.Key.GetType())));
            WriteValue(entry.Value);
        }
    }

    // IReadOnlyDictionary<string, T> and other sequences of KeyValuePair<string, T> that are not IDictionary.
    private static bool TryGetPairs(IEnumerable enumerable, out List<KeyValuePair<string, object?>> pairs)
    {
        pairs = [];
        var pairType = enumerable.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                && i.GetGenericArguments()[0] is { IsGenericType: true } arg
                && arg.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && arg.GetGenericArguments()[0] == typeof(string));
        if (pairType is null) return false;
        var kv = pairType.GetGenericArguments()[0];
        var keyProperty = kv.GetProperty("Key")!;
        var valueProperty = kv.GetProperty("Value")!;
        foreach (var item in enumerable)
            pairs.Add(new((string)keyProperty.GetValue(item)!, valueProperty.GetValue(item)));
        return true;
    }

    // DateTime 'I' / DateTimeZoneId 'i' (5.0: UTC seconds) or legacy 'F' / 'f' (4.4: wall-clock seconds).
    private void WriteZonedDateTime(ZonedDateTime value)
    {
        if (UtcDateTime)
        {
            if (value.ZoneId is { } zone) WriteStruct(StructTags.DateTimeZoneId, value.UtcEpochSeconds, value.Nanosecond, zone);
            else WriteStruct(StructTags.DateTime, value.UtcEpochSeconds, value.Nanosecond, value.OffsetSeconds);
            return;
        }
        if (value.ZoneId is { } zoneId)
        {
            var offset = ZonedDateTime.ZoneOffsetAt(zoneId, value.UtcEpochSeconds)
                ?? throw new ClientException(ErrorMessages.UnknownZone(zoneId));
            WriteStruct(StructTags.LegacyDateTimeZoneId, value.UtcEpochSeconds + offset, value.Nanosecond, zoneId);
        }
        else WriteStruct(StructTags.LegacyDateTime, value.UtcEpochSeconds + value.OffsetSeconds, value.Nanosecond, value.OffsetSeconds);
    }

    private void WriteNode(INode node)
    {
        WriteStructHeader(ElementIds ? 4 : 3, StructTags.Node);
        WriteInteger(node.Id);
        WriteList(node.Labels);
        WriteMap(node.Properties.ToList());
        if (ElementIds) WriteString(node.ElementId);
    }

    private void WriteRelationship(IRelationship rel)
    {
        WriteStructHeader(ElementIds ? 8 : 5, StructTags.Relationship);
        WriteInteger(rel.Id);
        WriteInteger(rel.StartNodeId);
        WriteInteger(rel.EndNodeId);
        WriteString(rel.Type);
        WriteMap(rel.Properties.ToList());
        if (!ElementIds) return;
        WriteString(rel.ElementId);
        WriteString(rel.StartNodeElementId);
        WriteString(rel.EndNodeElementId);
    }

    private void WriteUnbound(long id, string elementId, string type, IReadOnlyDictionary<string, object?> properties)
    {
        WriteStructHeader(ElementIds ? 4 : 3, StructTags.UnboundRelationship);
        WriteInteger(id);
        WriteString(type);
        WriteMap(properties.ToList());
        if (ElementIds) WriteString(elementId);
    }

    // Path: unique nodes, unique unbound relationships, then indices (1-based rel index, negative when traversed
    // backwards; 0-based node index), in the order the path visits them.
    private void WritePath(IPath path)
    {
        var nodes = new List<INode> { path.Start };
        var rels = new List<IRelationship>();
        var indices = new List<object?>();
        var previous = path.Start;
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var next = path.Nodes[i + 1];
            var relIndex = rels.FindIndex(r => r.Equals(rel));
            if (relIndex < 0) { rels.Add(rel); relIndex = rels.Count - 1; }
            var forward = rel.StartNodeElementId == previous.ElementId;
            indices.Add(forward ? relIndex + 1L : -(relIndex + 1L));
            var nodeIndex = nodes.FindIndex(n => n.Equals(next));
            if (nodeIndex < 0) { nodes.Add(next); nodeIndex = nodes.Count - 1; }
            indices.Add((long)nodeIndex);
            previous = next;
        }
        WriteStructHeader(3, StructTags.Path);
        WriteListHeader(nodes.Count);
        foreach (var node in nodes) WriteNode(node);
        WriteListHeader(rels.Count);
        foreach (var rel in rels) WriteUnbound(rel.Id, rel.ElementId, rel.Type, rel.Properties);
        WriteList(indices);
    }
}
