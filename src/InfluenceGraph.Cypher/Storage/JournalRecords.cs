using System.Text;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>The logical record kinds of the journal: one byte each, then the fields written below.</summary>
internal enum JournalOp : byte
{
    CreateNode = 1,          // id, labels, properties
    DeleteNode = 2,          // id
    AddLabel = 3,            // id, label
    RemoveLabel = 4,         // id, label
    SetNodeProperty = 5,     // id, key, value (null removes)
    CreateRelationship = 6,  // id, type, start id, end id, properties
    DeleteRelationship = 7,  // id
    SetRelProperty = 8,      // id, key, value (null removes)
    CreateConstraint = 9,    // name, label, property
    DropConstraint = 10,     // name
}

/// <summary>Value tags of the journal's value encoding.</summary>
// Tags 9 and up were added with the temporal types; journals written before them never contain those tags.
internal enum ValueTag : byte
{
    Null = 0, False = 1, True = 2, Integer = 3, Float = 4, String = 5, Date = 6, List = 7, Map = 8,
    LocalTime = 9, Time = 10, LocalDateTime = 11, DateTime = 12, Duration = 13,
}

/// <summary>Encodes one transaction's records (little-endian, strings UTF-8 length-prefixed by BinaryWriter).</summary>
internal sealed class JournalRecordWriter
{
    private readonly MemoryStream _buffer = new();
    private readonly BinaryWriter _out;

    public JournalRecordWriter() => _out = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);

    /// <summary>The records written so far (valid until the next write or <see cref="Clear"/>).</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            _out.Flush();
            return _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        }
    }

    public void Clear()
    {
        _out.Flush();
        _buffer.SetLength(0);
    }

    public void CreateNode(NodeData node)
    {
        _out.Write((byte)JournalOp.CreateNode);
        _out.Write(node.Id);
        _out.Write(node.Labels.Count);
        foreach (var label in node.Labels) _out.Write(label);
        WriteProperties(node.Properties);
    }

    public void DeleteNode(long id) => Op(JournalOp.DeleteNode, id);

    public void AddLabel(long id, string label)
    {
        Op(JournalOp.AddLabel, id);
        _out.Write(label);
    }

    public void RemoveLabel(long id, string label)
    {
        Op(JournalOp.RemoveLabel, id);
        _out.Write(label);
    }

    public void SetNodeProperty(long id, string key, object? value)
    {
        Op(JournalOp.SetNodeProperty, id);
        _out.Write(key);
        WriteValue(value);
    }

    public void CreateRelationship(RelData rel)
    {
        Op(JournalOp.CreateRelationship, rel.Id);
        _out.Write(rel.Type);
        _out.Write(rel.Start.Id);
        _out.Write(rel.End.Id);
        WriteProperties(rel.Properties);
    }

    public void DeleteRelationship(long id) => Op(JournalOp.DeleteRelationship, id);

    public void SetRelationshipProperty(long id, string key, object? value)
    {
        Op(JournalOp.SetRelProperty, id);
        _out.Write(key);
        WriteValue(value);
    }

    public void CreateConstraint(string name, string label, string property)
    {
        _out.Write((byte)JournalOp.CreateConstraint);
        _out.Write(name);
        _out.Write(label);
        _out.Write(property);
    }

    public void DropConstraint(string name)
    {
        _out.Write((byte)JournalOp.DropConstraint);
        _out.Write(name);
    }

    private void Op(JournalOp op, long id)
    {
        _out.Write((byte)op);
        _out.Write(id);
    }

    private void WriteProperties(PropertyBag properties)
    {
        _out.Write(properties.Count);
        foreach (var (key, value) in properties)
        {
            _out.Write(key);
            WriteValue(value);
        }
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null: _out.Write((byte)ValueTag.Null); break;
            case bool b: _out.Write((byte)(b ? ValueTag.True : ValueTag.False)); break;
            case long l: _out.Write((byte)ValueTag.Integer); _out.Write(l); break;
            case double d: _out.Write((byte)ValueTag.Float); _out.Write(d); break;
            case string s: _out.Write((byte)ValueTag.String); _out.Write(s); break;
            case DateOnly date: _out.Write((byte)ValueTag.Date); _out.Write(date.DayNumber); break;
            case CypherLocalTime t: _out.Write((byte)ValueTag.LocalTime); _out.Write(t.NanosecondOfDay); break;
            case CypherTime t: _out.Write((byte)ValueTag.Time); _out.Write(t.NanosecondOfDay); _out.Write(t.OffsetSeconds); break;
            case CypherLocalDateTime t: _out.Write((byte)ValueTag.LocalDateTime); _out.Write(t.Date.DayNumber); _out.Write(t.NanosecondOfDay); break;
            case CypherDateTime t:
                _out.Write((byte)ValueTag.DateTime);
                _out.Write(t.Date.DayNumber);
                _out.Write(t.NanosecondOfDay);
                _out.Write(t.OffsetSeconds);
                _out.Write(t.Zone ?? "");
                break;
            case CypherDuration d:
                _out.Write((byte)ValueTag.Duration);
                _out.Write(d.Months);
                _out.Write(d.Days);
                _out.Write(d.Seconds);
                _out.Write(d.Nanoseconds);
                break;
            case IReadOnlyList<object?> list:
                _out.Write((byte)ValueTag.List);
                _out.Write(list.Count);
                foreach (var item in list) WriteValue(item);
                break;
            case IReadOnlyDictionary<string, object?> map:
                _out.Write((byte)ValueTag.Map);
                _out.Write(map.Count);
                foreach (var (key, item) in map)
                {
                    _out.Write(key);
                    WriteValue(item);
                }
                break;
            default: throw new InvalidOperationException($"Cannot journal a value of type {value.GetType().Name}");
        }
    }
}
