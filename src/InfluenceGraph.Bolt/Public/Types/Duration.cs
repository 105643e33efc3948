namespace InfluenceGraph.Bolt;

/// <summary>A Cypher DURATION (Bolt Duration, tag 'E'): months, days, seconds and nanoseconds kept apart.</summary>
public sealed record Duration(long Months, long Days, long Seconds, int Nanos)
{
    public override string ToString() => $"P{Months}M{Days}DT{Seconds}.{Math.Abs(Nanos):000000000}S";
}

/// <summary>A Cypher POINT (Bolt Point2D 'X' or Point3D 'Y'); Z is null for 2D points.</summary>
public sealed record Point(int SrId, double X, double Y, double? Z = null)
{
    public override string ToString() =>
        Z is null ? $"Point{{srid={SrId}, x={X}, y={Y}}}" : $"Point{{srid={SrId}, x={X}, y={Y}, z={Z}}}";
}
