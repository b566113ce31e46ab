using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.KramdownAttributes;

/// <summary>
/// A parsed <c>{: …}</c>. It is a placeholder until the document is complete, when
/// <see cref="KramdownAttributesResolver"/> moves its attributes onto the element it belongs to and removes it.
/// </summary>
public sealed class KramdownAttributesInline(KramdownAttributeList attributes) : LeafInline
{
    public KramdownAttributeList Attributes { get; } = attributes;
}
