namespace StaticMath.Site.Check;

/// <summary>Diagnostic codes of <c>staticmath check</c> (SM5xxx: theme and check).</summary>
public static class CheckCodes
{
    public const string BrokenLink = "SM5001";
    public const string BrokenAnchor = "SM5002";
    public const string MissingAsset = "SM5003";
    public const string HtmlParseError = "SM5004";
    public const string DuplicateId = "SM5005";
    public const string UnexpectedScript = "SM5006";
    public const string OutputMissing = "SM5007";
    public const string LinkOutsideSite = "SM5008";
}
