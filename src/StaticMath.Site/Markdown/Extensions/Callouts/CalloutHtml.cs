using System.Net;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// The one HTML shape of a callout, shared by every source form (it is the shape of the corpus' own HTML callouts,
/// so their CSS and ours agree):
/// <code>
/// &lt;div class="math-callout math-callout--theorem" id="…" data-sm-callout="theorem"&gt;
///   &lt;p class="math-callout__title"&gt;&lt;span class="math-callout__label"&gt;Theorem&lt;/span&gt;&lt;span class="math-callout__name"&gt;(Name)&lt;/span&gt;&lt;/p&gt;
///   …body…
/// &lt;/div&gt;
/// </code>
/// <c>data-sm-callout</c> names the numbering family; the numbering post-processor turns it into "Theorem 2" and
/// removes it.
/// </summary>
public static class CalloutHtml
{
    public const string BoxClass = "math-callout";
    public const string TitleClass = "math-callout__title";
    public const string LabelClass = "math-callout__label";
    public const string NameClass = "math-callout__name";
    public const string NumberClass = "math-callout__number";
    public const string QedClass = "math-callout__qed";
    public const string FamilyAttribute = "data-sm-callout";

    public static string KindClass(string kind) => BoxClass + "--" + kind;

    /// <summary>The title paragraph; <paramref name="nameHtml"/> is already HTML (inline Markdown rendered) or null.</summary>
    public static string Title(string labelHtml, string? nameHtml) =>
        $"<p class=\"{TitleClass}\"><span class=\"{LabelClass}\">{labelHtml}</span>" +
        (nameHtml is null ? "" : $"<span class=\"{NameClass}\">({nameHtml})</span>") + "</p>";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
