using System.Globalization;
using InfluenceGraph.Server.Schema;

namespace InfluenceGraph.Server.Tests.Schema;

/// <summary>The Date scalar writes dates as yyyy-MM-dd, the form its values are read in.</summary>
public sealed class DateScalarTests
{
    [Theory]
    [InlineData(2025, 5, 7, "2025-05-07")]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(999, 12, 31, "0999-12-31")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(1970, 10, 10, "1970-10-10")]
    public void Serialize_WritesYearMonthDayWithZeros(int year, int month, int day, string expected)
    {
        var scalar = new DateScalar(null);

        Assert.Equal(expected, scalar.Serialize(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Format_EveryDayOfFourYears_IsWhatTheFormatStringGives()
    {
        for (var date = new DateOnly(1999, 1, 1); date < new DateOnly(2003, 1, 1); date = date.AddDays(1))
            Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateScalar.Format(date));
    }

    [Fact]
    public void Serialize_ThenParseValue_GivesTheSameDate()
    {
        var scalar = new DateScalar(null);
        var date = new DateOnly(1848, 3, 15);

        Assert.Equal(date, scalar.ParseValue(scalar.Serialize(date)));
    }
}
