using System.Globalization;

namespace StaticMath.Site.Core;

/// <summary>
/// "Now" for a build: <see cref="BuildOptions.Now"/> when given, else <c>SOURCE_DATE_EPOCH</c> (seconds since 1970,
/// the reproducible-builds convention, so CI can rebuild an identical site later), else the clock.
/// </summary>
public static class BuildClock
{
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset Now(BuildOptions options) =>
        options.Now ?? FromSourceDateEpoch(Environment.GetEnvironmentVariable(SourceDateEpochVariable)) ?? DateTimeOffset.UtcNow;

    /// <summary>The instant a <c>SOURCE_DATE_EPOCH</c> value names, or null when it is unset or not a number of seconds.</summary>
    public static DateTimeOffset? FromSourceDateEpoch(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)
            || !long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <summary>The site's <c>timezone:</c> (an IANA name such as <c>Europe/Paris</c>), or UTC when empty or unknown.</summary>
    public static TimeZoneInfo ZoneOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(name.Trim(), out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
