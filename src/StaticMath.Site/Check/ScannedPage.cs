using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Check;

/// <summary>What the checker learned from one HTML file: its anchor targets, its outgoing references and the
/// problems found while parsing it.</summary>
public sealed class ScannedPage
{
    public ScannedPage(string relativePath, IReadOnlySet<string> anchors, IReadOnlyList<PageReference> references,
        IReadOnlyList<Diagnostic> problems)
    {
        RelativePath = relativePath;
        Anchors = anchors;
        References = references;
        Problems = problems;
    }

    /// <summary>Path relative to the output folder, with forward slashes (also the diagnostic path).</summary>
    public string RelativePath { get; }

    /// <summary>Every <c>id</c> and <c>a name</c> in the page: the valid <c>#fragment</c> targets.</summary>
    public IReadOnlySet<string> Anchors { get; }

    public IReadOnlyList<PageReference> References { get; }

    /// <summary>Parse errors, duplicate ids and theme scripts found in this page alone.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }
}
