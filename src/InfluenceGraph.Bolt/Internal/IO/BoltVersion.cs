namespace InfluenceGraph.Bolt.Internal.IO;

/// <summary>A negotiated Bolt version and the behaviours that depend on it.</summary>
internal readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);

    /// <summary>5.1+: the auth token goes in LOGON, not HELLO.</summary>
    public bool HasLogon => this >= new BoltVersion(5, 1);

    /// <summary>5.3+: HELLO carries bolt_agent.</summary>
    public bool HasBoltAgent => this >= new BoltVersion(5, 3);

    /// <summary>5.4+: TELEMETRY exists.</summary>
    public bool HasTelemetry => this >= new BoltVersion(5, 4);

    /// <summary>5.0+: element ids and the UTC DateTime encoding.</summary>
    public bool IsBolt5 => Major >= 5;

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    public static bool operator >=(BoltVersion a, BoltVersion b) => a.CompareTo(b) >= 0;
    public static bool operator <=(BoltVersion a, BoltVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >(BoltVersion a, BoltVersion b) => a.CompareTo(b) > 0;
    public static bool operator <(BoltVersion a, BoltVersion b) => a.CompareTo(b) < 0;

    public override string ToString() => $"{Major}.{Minor}";
}
