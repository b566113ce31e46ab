namespace StaticMath.Site.Content;

/// <summary>A date read from front matter or a file name. <see cref="HasTime"/> is false for a bare day.</summary>
public readonly record struct PostDate(DateTimeOffset Value, bool HasTime);

/// <summary>The outcome of reading a date: a value, maybe a warning (ambiguous), or only a warning (unreadable).</summary>
public readonly record struct DateReading(PostDate? Date, string? Warning);
