namespace StaticMath.Site.Pipeline;

/// <summary>Where a Markdig extension is set up; inside a stage, in the order features are listed, then registered.</summary>
public enum MarkdownStage
{
    /// <summary>CommonMark and GitHub additions (tables, task lists, footnotes, heading ids…).</summary>
    Standard,

    /// <summary>Our syntax: math, blocks, citations, other generators' idioms.</summary>
    Syntax,

    /// <summary>Attribute lists, last: they attach <c>{#id .class}</c> to what the other extensions produced.</summary>
    Attributes,
}
