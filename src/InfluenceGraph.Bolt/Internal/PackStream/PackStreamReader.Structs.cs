namespace InfluenceGraph.Bolt.Internal.PackStream;

/// <summary>Hydrates Bolt structures into the library's value types (structure-semantics; BOLT-SPEC.md section 5).</summary>
internal sealed partial class PackStreamReader
{
    private object ReadStructure(int fieldCount, byte tag)
    {
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++) fields[i] = ReadValue();
        if (RawStructures) return new PackStreamStructure(tag, fields);
        return tag switch
        {
            StructTags.Node => ToNode(fields),
            StructTags.Relationship => ToRelationship(fields),
            StructTags.UnboundRelationship => ToUnbound(fields),
            StructTags.Path => ToPath(fields),
            StructTags.Date => LocalDate.FromEpochDay(Int(Expect(fields, 1, tag), 0)),
            StructTags.Time => new OffsetTime(Int(Expect(fields, 2, tag), 0), (int)Int(fields, 1)),
            StructTags.LocalTime => LocalTime.FromNanosecondOfDay(Int(Expect(fields, 1, tag), 0)),
            StructTags.LocalDateTime => new LocalDateTime(Int(Expect(fields, 2, tag), 0), (int)Int(fields, 1)),
            StructTags.Duration => new Duration(Int(Expect(fields, 4, tag), 0), Int(fields, 1), Int(fields, 2), (int)Int(fields, 3)),
            StructTags.Point2D => new Point((int)Int(Expect(fields, 3, tag), 0), Float(fields, 1), Float(fields, 2)),
            StructTags.Point3D => new Point((int)Int(Expect(fields, 4, tag), 0), Float(fields, 1), Float(fields, 2), Float(fields, 3)),
            StructTags.DateTime when UtcDateTime => new ZonedDateTime(Int(Expect(fields, 3, tag), 0), (int)Int(fields, 1), (int)Int(fields, 2)),
            StructTags.DateTimeZoneId when UtcDateTime => new ZonedDateTime(Int(Expect(fields, 3, tag), 0), (int)Int(fields, 1), Str(fields, 2)),
            StructTags.LegacyDateTime when !UtcDateTime => LegacyDateTime(Expect(fields, 3, tag)),
            StructTags.LegacyDateTimeZoneId when !UtcDateTime => LegacyDateTimeZoneId(Expect(fields, 3, tag)),
            _ => throw new ProtocolException(ErrorMessages.UnknownStructure(tag, UtcDateTime)),
        };
    }

    // Legacy 'F': seconds are the local wall clock, so the instant is seconds - offset.
    private static ZonedDateTime LegacyDateTime(object?[] f) =>
        new(Int(f, 0) - Int(f, 2), (int)Int(f, 1), (int)Int(f, 2));

    // Legacy 'f': seconds are the wall clock in the named zone; the zone's rules give the offset.
    private static ZonedDateTime LegacyDateTimeZoneId(object?[] f)
    {
        var zone = Str(f, 2);
        var offset = ZonedDateTime.ZoneOffsetAtLocal(zone, Int(f, 0)) ?? throw new ClientException(ErrorMessages.UnknownZone(zone));
        return new ZonedDateTime(Int(f, 0) - offset, (int)Int(f, 1), zone);
    }

    // Node: id, labels, properties, element_id (5.0+; 4.4 has no element_id).
    private Node ToNode(object?[] f)
    {
        var id = Int(ExpectEither(f, 3, 4, StructTags.Node), 0);
        var labels = ((List<object?>)f[1]!).Cast<string>().ToList();
        return new Node(id, f.Length > 3 ? Str(f, 3) : id.ToString(System.Globalization.CultureInfo.InvariantCulture), labels, Map(f, 2));
    }

    // Relationship: id, startNodeId, endNodeId, type, properties, element_id, start/end element ids (5.0+).
    private Relationship ToRelationship(object?[] f)
    {
        var (id, start, end) = (Int(ExpectEither(f, 5, 8, StructTags.Relationship), 0), Int(f, 1), Int(f, 2));
        return f.Length > 5
            ? new Relationship(id, Str(f, 5), Str(f, 3), start, end, Str(f, 6), Str(f, 7), Map(f, 4))
            : new Relationship(id, Text(id), Str(f, 3), start, end, Text(start), Text(end), Map(f, 4));
    }

    private UnboundRelationship ToUnbound(object?[] f)
    {
        var id = Int(ExpectEither(f, 3, 4, StructTags.UnboundRelationship), 0);
        return new UnboundRelationship(id, f.Length > 3 ? Str(f, 3) : Text(id), Str(f, 1), Map(f, 2));
    }

    // Path: nodes, unbound rels, indices [rel, node, rel, node ...]; rel indices are 1-based, negative = backwards.
    private static GraphPath ToPath(object?[] f)
    {
        Expect(f, 3, StructTags.Path);
        var uniqueNodes = ((List<object?>)f[0]!).Cast<INode>().ToList();
        var uniqueRels = ((List<object?>)f[1]!).Cast<UnboundRelationship>().ToList();
        var indices = ((List<object?>)f[2]!).Cast<long>().ToList();
        if (indices.Count % 2 != 0 || uniqueNodes.Count == 0) throw new ProtocolException(ErrorMessages.BadPath);
        var nodes = new List<INode> { uniqueNodes[0] };
        var rels = new List<IRelationship>();
        var previous = uniqueNodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relIndex = indices[i];
            var next = uniqueNodes[(int)indices[i + 1]];
            var u = uniqueRels[(int)Math.Abs(relIndex) - 1];
            var (from, to) = relIndex > 0 ? (previous, next) : (next, previous);
            rels.Add(new Relationship(u.Id, u.ElementId, u.Type, from.Id, to.Id, from.ElementId, to.ElementId, u.Properties));
            nodes.Add(next);
            previous = next;
        }
        return new GraphPath(nodes, rels);
    }

    private static object?[] Expect(object?[] fields, int count, byte tag) =>
        fields.Length == count ? fields : throw new ProtocolException(ErrorMessages.WrongFieldCount(tag, count, fields.Length));

    private static object?[] ExpectEither(object?[] fields, int legacy, int current, byte tag) =>
        fields.Length == legacy || fields.Length == current ? fields : throw new ProtocolException(ErrorMessages.WrongFieldCount(tag, current, fields.Length));

    private static long Int(object?[] f, int i) => f[i] as long? ?? throw new ProtocolException(ErrorMessages.WrongFieldType(i, "Integer"));
    private static double Float(object?[] f, int i) => f[i] as double? ?? throw new ProtocolException(ErrorMessages.WrongFieldType(i, "Float"));
    private static string Str(object?[] f, int i) => f[i] as string ?? throw new ProtocolException(ErrorMessages.WrongFieldType(i, "String"));
    private static IReadOnlyDictionary<string, object?> Map(object?[] f, int i) =>
        f[i] as Dictionary<string, object?> ?? throw new ProtocolException(ErrorMessages.WrongFieldType(i, "Dictionary"));
    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
