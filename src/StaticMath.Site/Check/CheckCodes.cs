namespace StaticMath.Site.Check;

/// <summary>Diagnostic codes of <c>staticmath check</c> (SM4xxx: assets and links).</summary>
public static class CheckCodes
{
    public const string BrokenLink = "SM4001";
    public const string BrokenAnchor = "SM4002";
    public const string MissingAsset = "SM4003";
    public const string HtmlParseError = "SM4004";
    public const string DuplicateId = "SM4005";
    public const string UnexpectedScript = "SM4006";
    public const string OutputMissing = "SM4007";
    public const string LinkOutsideSite = "SM4008";
}
