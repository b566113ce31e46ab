using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticMath.Site.Content;

/// <summary>
/// Reads dates the way real posts write them: ISO 8601 with or without time and zone (<c>2016-05-16</c>,
/// <c>2016-05-16 15:00:19+00:00</c>, <c>2016-05-16T15:00:19Z</c>, Jekyll's <c>2016-05-16 15:00:19 +0000</c>),
/// day-first numeric forms (<c>31-01-2020</c>, <c>31/01/2020</c>, <c>31.01.2020</c>) and written-out months
/// (<c>January 31, 2020</c>, <c>31 Jan 2020</c>). A time without a zone is read as UTC. When both numbers of a
/// numeric form could be the day, the day-first reading wins and the caller gets a warning to report.
/// </summary>
public static partial class DateReader
{
    private static readonly string[] WrittenFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy",
        "MMMM d, yyyy HH:mm", "MMM d, yyyy HH:mm", "d MMMM yyyy HH:mm", "d MMM yyyy HH:mm",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss zzz",
    ];

    private static readonly string[] WrittenFormatsWithTime =
        WrittenFormats.Where(f => f.Contains("HH", StringComparison.Ordinal)).ToArray();

    public static DateReading Read(string? text)
    {
        var input = (text ?? "").Trim();
        if (input.Length == 0) return new DateReading(null, "the date is empty");

        var iso = IsoPattern().Match(input);
        if (iso.Success)
        {
            return Build(input, Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), iso) is { } d
                ? new DateReading(d, null)
                : Unreadable(input);
        }

        var numeric = DayFirstPattern().Match(input);
        if (numeric.Success)
        {
            int a = Int(numeric, "a"), b = Int(numeric, "b"), year = Int(numeric, "y");
            if (a > 12 || b <= 12)
            {
                // Day first: either it can only be a day (31-01-2020) or both fit and we follow the day-first reading.
                var date = Build(input, year, b, a, numeric);
                if (date is null) return Unreadable(input);
                var warning = a <= 12 && a != b
                    ? $"ambiguous date '{input}': read day-first as {date.Value.Value:yyyy-MM-dd}; write ISO 8601 (yyyy-mm-dd) to be explicit"
                    : null;
                return new DateReading(date, warning);
            }
            // The second number cannot be a month (01-31-2020): month first.
            var monthFirst = Build(input, year, a, b, numeric);
            return monthFirst is null ? Unreadable(input) : new DateReading(monthFirst, null);
        }

        if (DateTimeOffset.TryParseExact(input, WrittenFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var written))
        {
            var hasTime = DateTimeOffset.TryParseExact(input, WrittenFormatsWithTime, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out _);
            return new DateReading(new PostDate(written, hasTime), null);
        }
        return Unreadable(input);
    }

    private static DateReading Unreadable(string input) =>
        new(null, $"cannot read the date '{input}'; write it as yyyy-mm-dd (optionally with time and zone, e.g. 2020-01-31 14:00:00 +01:00)");

    private static PostDate? Build(string input, int year, int month, int day, Match m)
    {
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var hasTime = m.Groups["H"].Success;
        int hour = hasTime ? Int(m, "H") : 0, minute = hasTime ? Int(m, "M") : 0, second = m.Groups["S"].Success ? Int(m, "S") : 0;
        if (hour > 23 || minute > 59 || second > 60) return null;
        if (second == 60) second = 59;
        var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = TimeSpan.Zero;
        if (m.Groups["z"].Success && !TryZone(m.Groups["z"].Value, out offset)) return null;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
        _ = input;
        return new PostDate(new DateTimeOffset(local, offset), hasTime);
    }

    private static bool TryZone(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (zone is "Z" or "z" or "UTC" or "GMT") return true;
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length != 4) return false;
        int hours = int.Parse(digits[..2], CultureInfo.InvariantCulture), minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
        if (hours > 14 || minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0);
        if (zone[0] == '-') offset = -offset;
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private const string TimeAndZone = @"(?:[T ]\s*(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?:[.,](?<f>\d+))?)?)?\s*(?<z>Z|z|UTC|GMT|[+-]\d{2}:?\d{2})?";

    [GeneratedRegex(@"^(?<y>\d{4})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})" + TimeAndZone + "$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>\d{4})" + TimeAndZone + "$")]
    private static partial Regex DayFirstPattern();
}
