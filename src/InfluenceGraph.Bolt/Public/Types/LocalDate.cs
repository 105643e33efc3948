namespace InfluenceGraph.Bolt;

/// <summary>A Cypher DATE (Bolt Date, tag 'D'): days since 1970-01-01, any year Cypher allows.</summary>
public sealed record LocalDate
{
    public LocalDate(int year, int month, int day) => EpochDay = CivilCalendar.DaysFromCivil(year, month, day);

    private LocalDate(long epochDay) => EpochDay = epochDay;

    /// <summary>Days since 1970-01-01 (negative before it).</summary>
    public long EpochDay { get; }

    public int Year => (int)CivilCalendar.CivilFromDays(EpochDay).Year;
    public int Month => CivilCalendar.CivilFromDays(EpochDay).Month;
    public int Day => CivilCalendar.CivilFromDays(EpochDay).Day;

    public static LocalDate FromEpochDay(long epochDay) => new(epochDay);

    public static LocalDate FromDateOnly(DateOnly date) => new(date.DayNumber - UnixEpochDayNumber);

    /// <summary>The same date as a DateOnly; throws ValueOverflowException outside years 1..9999.</summary>
    public DateOnly ToDateOnly()
    {
        var dayNumber = EpochDay + UnixEpochDayNumber;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
            throw new ValueOverflowException(ErrorMessages.DateOutOfRange(ToString()));
        return DateOnly.FromDayNumber((int)dayNumber);
    }

    public override string ToString()
    {
        var (y, m, d) = CivilCalendar.CivilFromDays(EpochDay);
        return CivilCalendar.FormatDate(y, m, d);
    }

    internal static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;
}
