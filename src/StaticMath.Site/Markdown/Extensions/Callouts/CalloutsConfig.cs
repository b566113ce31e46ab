namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary><c>callouts:</c> in staticmath.yml.</summary>
public sealed class CalloutsConfig
{
    /// <summary><c>none</c>, <c>per-kind</c> (default: one counter per kind family) or <c>shared</c> (one counter for all).</summary>
    public string Numbering { get; set; } = "per-kind";

    public CalloutNumbering NumberingMode => Numbering.Trim().ToLowerInvariant() switch
    {
        "none" or "off" or "false" => CalloutNumbering.None,
        "shared" => CalloutNumbering.Shared,
        _ => CalloutNumbering.PerKind,
    };
}

public enum CalloutNumbering
{
    None,
    PerKind,
    Shared,
}
