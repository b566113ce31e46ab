using System.Net;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot;

namespace StaticMath.Site.Liquid.Tags;

/// <summary>
/// jekyll-scholar's <c>{% cite key1 key2 %}</c> and <c>{% bibliography %}</c> mapped onto the Distill citation
/// machinery: a cite becomes <c>&lt;d-cite key="key1,key2"&gt;</c>, the bibliography tag marks where the
/// reference list goes. Options such as <c>--file</c> are ignored.
/// </summary>
internal static class ScholarTags
{
    public const string BibliographyPlaceholder = "<div class=\"references-placeholder\" data-references-placeholder></div>";

    public static async ValueTask<Completion> CiteAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var keys = new List<string>();
        var words = span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].StartsWith("--", StringComparison.Ordinal)) { i++; continue; } // option and its value
            keys.Add(words[i].Trim('"', '\''));
        }
        await writer.WriteAsync("<d-cite key=\"" + WebUtility.HtmlEncode(string.Join(",", keys)) + "\"></d-cite>");
        return Completion.Normal;
    }

    public static async ValueTask<Completion> BibliographyAsync(TextSpan span, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        await writer.WriteAsync(BibliographyPlaceholder);
        return Completion.Normal;
    }
}
