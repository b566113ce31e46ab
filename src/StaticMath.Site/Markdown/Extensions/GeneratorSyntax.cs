using StaticMath.Site.Markdown.Extensions.HugoShortcodes;
using StaticMath.Site.Markdown.Extensions.KramdownExtensions;
using StaticMath.Site.Markdown.Extensions.MarkdownItToc;
using StaticMath.Site.Markdown.Extensions.ZolaShortcodes;

namespace StaticMath.Site.Markdown.Extensions;

/// <summary>
/// The one list of other generators' post syntax that the build reads itself, gathered from the features that read
/// it: <c>staticmath import</c> reports these as read by the build, and everything else it finds as left as written.
/// </summary>
public static class GeneratorSyntax
{
    public static bool ReadsKramdownExtension(string name) => KramdownExtensionNames.Read.Contains(name);

    public static bool ReadsHugoShortcode(string name) => HugoShortcodeNames.IsRead(name);

    public static bool ReadsZolaShortcode(string name) => ZolaShortcodeNames.IsRead(name);

    /// <summary>markdown-it-table-of-contents' marker, read on a line of its own.</summary>
    public static string MarkdownItTocMarker => MarkdownItTocBlockParser.Marker;
}
