namespace StaticMath.Site.Import;

/// <summary>The diagnostic codes of <c>staticmath import</c> (documented in content/docs/cli.md).</summary>
public static class ImportCodes
{
    /// <summary>Error: the source folder is missing or holds no configuration of a known generator.</summary>
    public const string NoGenerator = "SM1660";

    /// <summary>Error: the target folder is not empty and not an earlier import (or would lose a file the import did not write).</summary>
    public const string TargetRefused = "SM1661";

    /// <summary>Error: the target is inside the source site or holds it (the source must stay untouched).</summary>
    public const string TargetOverlapsSource = "SM1662";

    /// <summary>Error: a configuration file of the source site does not parse.</summary>
    public const string UnreadableConfig = "SM1663";

    /// <summary>Warning: a setting of the source site that StaticMath's configuration cannot say.</summary>
    public const string SettingNotConverted = "SM1664";

    /// <summary>Warning: a math macro or option of the MathJax/KaTeX configuration that was not converted.</summary>
    public const string MathNotConverted = "SM1665";

    /// <summary>Warning: a file or folder not imported (layouts, templates, Sass, notebooks, symbolic links out of the site).</summary>
    public const string FileNotImported = "SM1666";

    /// <summary>Warning: syntax of the source generator left as written in a post.</summary>
    public const string PostSyntaxKept = "SM1667";
}
