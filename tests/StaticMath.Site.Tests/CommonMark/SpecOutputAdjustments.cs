using AngleSharp.Html.Parser.Tokens;

namespace StaticMath.Site.Tests.CommonMark;

/// <summary>What the normaliser does with one start tag: keep it, drop the tag but keep its content, or drop both.</summary>
internal enum TagAdjustment
{
    Keep,
    Unwrap,
    Remove,
}

/// <summary>
/// Markup dropped from one side before comparing: the accepted differences of the spec run. Stateful (it pairs
/// start and end tags): one instance per normalised page.
/// </summary>
internal class SpecOutputAdjustments
{
    public static SpecOutputAdjustments None => new();

    public virtual TagAdjustment StartTag(HtmlTagToken tag) => TagAdjustment.Keep;

    /// <summary>The replacement name of a kept start tag or of its end tag (e.g. figure → p).</summary>
    public virtual string Rename(string name) => name;

    public virtual bool SkipAttribute(string element, string attribute) => false;
}
