namespace InfluenceGraph.Bolt;

/// <summary>
/// A Cypher ZONED DATETIME: an instant (UTC seconds and nanoseconds since the Unix epoch) with either a fixed
/// UTC offset (Bolt DateTime, tag 'I') or an IANA zone id (Bolt DateTimeZoneId, tag 'i').
/// </summary>
public sealed record ZonedDateTime
{
    public ZonedDateTime(long utcEpochSeconds, int nanosecond, int offsetSeconds)
    {
        UtcEpochSeconds = utcEpochSeconds;
        Nanosecond = nanosecond;
        OffsetSeconds = offsetSeconds;
    }

    public ZonedDateTime(long utcEpochSeconds, int nanosecond, string zoneId)
    {
        UtcEpochSeconds = utcEpochSeconds;
        Nanosecond = nanosecond;
        ZoneId = zoneId;
        OffsetSeconds = ZoneOffsetAt(zoneId, utcEpochSeconds) ?? 0;
    }

    public static ZonedDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var ticks = value.UtcTicks - DateTime.UnixEpoch.Ticks;
        return new ZonedDateTime(CivilCalendar.FloorDiv(ticks, TimeSpan.TicksPerSecond),
            (int)(CivilCalendar.FloorMod(ticks, TimeSpan.TicksPerSecond) * 100), (int)value.Offset.TotalSeconds);
    }

    public long UtcEpochSeconds { get; }
    public int Nanosecond { get; }

    /// <summary>The offset from UTC at this instant (from the zone's rules when ZoneId is set and known here).</summary>
    public int OffsetSeconds { get; }

    /// <summary>The IANA zone name, or null for a fixed offset.</summary>
    public string? ZoneId { get; }

    public LocalDateTime LocalDateTime => new(UtcEpochSeconds + OffsetSeconds, Nanosecond);

    public DateTimeOffset ToDateTimeOffset() =>
        new DateTimeOffset(LocalDateTime.ToDateTime(), TimeSpan.FromSeconds(OffsetSeconds));

    public override string ToString() =>
        LocalDateTime + CivilCalendar.FormatOffset(OffsetSeconds) + (ZoneId is null ? "" : $"[{ZoneId}]");

    /// <summary>The zone's UTC offset at an instant, or null when this machine does not know the zone.</summary>
    internal static int? ZoneOffsetAt(string zoneId, long utcEpochSeconds)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)) return null;
        var instant = DateTime.UnixEpoch.AddSeconds(Math.Clamp(utcEpochSeconds, -62135596800L + 86400, 253402300799L - 86400));
        return (int)zone.GetUtcOffset(instant).TotalSeconds;
    }

    /// <summary>The zone's UTC offset for a wall-clock time in that zone (the legacy 'f' encoding), or null.</summary>
    internal static int? ZoneOffsetAtLocal(string zoneId, long localEpochSeconds)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)) return null;
        var local = DateTime.SpecifyKind(
            DateTime.UnixEpoch.AddSeconds(Math.Clamp(localEpochSeconds, -62135596800L + 86400, 253402300799L - 86400)), DateTimeKind.Unspecified);
        return (int)zone.GetUtcOffset(local).TotalSeconds;
    }
}
