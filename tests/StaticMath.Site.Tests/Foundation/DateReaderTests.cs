using StaticMath.Site.Content;

namespace StaticMath.Site.Tests.Foundation;

public class DateReaderTests
{
    private static PostDate Read(string text)
    {
        var reading = DateReader.Read(text);
        Assert.Null(reading.Warning);
        Assert.NotNull(reading.Date);
        return reading.Date!.Value;
    }

    [Fact]
    public void Iso_day_has_no_time_and_is_utc()
    {
        var d = Read("2026-02-20");
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 0, 0, 0, TimeSpan.Zero), d.Value);
        Assert.False(d.HasTime);
    }

    [Fact]
    public void Time_without_zone_is_read_as_utc()
    {
        var d = Read("2016-05-16 15:00:19");
        Assert.Equal(new DateTimeOffset(2016, 5, 16, 15, 0, 19, TimeSpan.Zero), d.Value);
        Assert.True(d.HasTime);
    }

    [Theory]
    [InlineData("2016-05-16 15:00:19+00:00", 0)]
    [InlineData("2016-05-16T15:00:19Z", 0)]
    [InlineData("2016-05-16 15:00:19 +0000", 0)]
    [InlineData("2016-05-16T15:00:19+02:00", 2)]
    [InlineData("2016-05-16 15:00:19 -0530", -5.5)]
    public void Zones_are_kept_as_offsets(string text, double hours)
    {
        var d = Read(text);
        Assert.Equal(TimeSpan.FromHours(hours), d.Value.Offset);
        Assert.Equal(15, d.Value.Hour);
    }

    [Fact]
    public void Fractional_seconds_and_minutes_only_are_accepted()
    {
        Assert.Equal(500, Read("2020-01-02T03:04:05.5Z").Value.Millisecond);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 3, 4, 0, TimeSpan.Zero), Read("2020-01-02 03:04").Value);
    }

    [Theory]
    [InlineData("31-01-2020")]
    [InlineData("31/01/2020")]
    [InlineData("31.01.2020")]
    public void Day_first_forms_are_read_day_first(string text)
    {
        Assert.Equal(new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero), Read(text).Value);
    }

    [Fact]
    public void Ambiguous_numeric_date_is_read_day_first_with_a_warning()
    {
        var reading = DateReader.Read("01-02-2020");
        Assert.Equal(new DateTimeOffset(2020, 2, 1, 0, 0, 0, TimeSpan.Zero), reading.Date!.Value.Value);
        Assert.Contains("ambiguous", reading.Warning);
    }

    [Fact]
    public void Same_day_and_month_is_not_ambiguous()
    {
        Assert.Equal(new DateTimeOffset(2020, 3, 3, 0, 0, 0, TimeSpan.Zero), Read("03-03-2020").Value);
    }

    [Fact]
    public void Month_first_is_used_when_the_second_number_cannot_be_a_month()
    {
        Assert.Equal(new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero), Read("01-31-2020").Value);
    }

    [Theory]
    [InlineData("January 31, 2020")]
    [InlineData("31 Jan 2020")]
    public void Written_months_are_understood(string text)
    {
        Assert.Equal(new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero), Read(text).Value);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2020-13-01")]
    [InlineData("2021-02-29")]
    [InlineData("2020-01-01 25:00")]
    [InlineData("")]
    public void Unreadable_dates_give_a_warning_and_no_value(string text)
    {
        var reading = DateReader.Read(text);
        Assert.Null(reading.Date);
        Assert.NotNull(reading.Warning);
    }
}
