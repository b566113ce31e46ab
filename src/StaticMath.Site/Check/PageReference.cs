namespace StaticMath.Site.Check;

/// <summary>What a reference in a page is for: it decides how a miss is reported.</summary>
public enum ReferenceKind
{
    /// <summary>A navigational link (<c>a</c>, <c>area</c>, <c>link rel=canonical/alternate</c>).</summary>
    Link,

    /// <summary>An image (<c>img</c>, <c>picture source</c>, <c>video poster</c>, <c>input type=image</c>).</summary>
    Image,

    /// <summary>Any other loaded resource (stylesheet, icon, media, frame, object).</summary>
    Asset,

    /// <summary>An SVG <c>use</c> reference, always to an element of the same page (e.g. shared math glyphs).</summary>
    SvgUse,
}

/// <summary>One URL found in a page, with where it was found (1-based; 0 when unknown).</summary>
public sealed record PageReference(ReferenceKind Kind, string Element, string Url, int Line, int Column);
