namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>The kramdown extensions the build reads (<see cref="KramdownExtensionBlockParser"/>); others are reported (SM1605).</summary>
public static class KramdownExtensionNames
{
    public const string Options = "options";
    public const string Comment = "comment";
    public const string NoMarkdown = "nomarkdown";

    public static IReadOnlySet<string> Read { get; } = new HashSet<string>(StringComparer.Ordinal) { Options, Comment, NoMarkdown };
}
