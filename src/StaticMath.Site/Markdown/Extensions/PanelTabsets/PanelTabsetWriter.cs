using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.FencedDivs;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.PanelTabsets;

/// <summary>
/// Writes <c>::: {.panel-tabset}</c> as Quarto means it: the headings at the level of the div's first heading become
/// tabs, each over the blocks up to the next one; blocks before the first heading stay above the tabs. Without script,
/// a tab is a radio button and its label, and the checked one's panel shows (<see cref="PanelTabsetStyle"/>):
/// <code>
/// &lt;div class="panel-tabset"&gt;
///   &lt;input type="radio" class="panel-tabset__radio" name="tabset-1" id="tabset-1-1" checked=""&gt;
///   &lt;label class="panel-tabset__tab" for="tabset-1-1" id="heading-id"&gt;R&lt;/label&gt;
///   &lt;div class="panel-tabset__panel"&gt;…&lt;/div&gt; …
/// </code>
/// A tabset without a heading is not one: it stays the plain <c>div.fenced-div</c> it was.
/// </summary>
internal sealed class PanelTabsetWriter(FeatureStyle style) : IFencedDivWriter
{
    public const string ClassName = "panel-tabset";

    public bool TryWrite(HtmlRenderer renderer, FencedDivBlock block)
    {
        var attributes = new HtmlAttributes();
        block.TryGetAttributes()?.CopyTo(attributes);
        if (block.Kind.Length > 0 || attributes.Classes?.Contains(ClassName) != true) return false;
        var tabLevel = block.OfType<HeadingBlock>().FirstOrDefault()?.Level;
        if (tabLevel is null) return false;

        if (renderer is PageHtmlRenderer page) page.Context.UseStyle(style);
        var name = "tabset-" + NextTabsetNumber(block).ToString(CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(attributes).WriteLine(">");
        var tabs = 0;
        var inPanel = false;
        var intro = false;
        foreach (var child in block)
        {
            if (child is FencedDivTitle) continue;
            if (child is HeadingBlock heading && heading.Level == tabLevel)
            {
                if (intro) renderer.WriteLine("</div>");
                if (inPanel) renderer.WriteLine("</div>");
                intro = false;
                inPanel = true;
                WriteTab(renderer, heading, name, ++tabs);
                continue;
            }
            if (!inPanel && !intro)
            {
                renderer.WriteLine("<div class=\"panel-tabset__intro\">");
                intro = true;
            }
            renderer.Write(child);
            renderer.EnsureLine();
        }
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
        return true;
    }

    /// <summary>The radio button, the label (with the heading's id, so links to the heading still land) and the panel's start.</summary>
    private static void WriteTab(HtmlRenderer renderer, HeadingBlock heading, string name, int number)
    {
        var id = $"{name}-{number.ToString(CultureInfo.InvariantCulture)}";
        renderer.Write($"<input type=\"radio\" class=\"panel-tabset__radio\" name=\"{name}\" id=\"{id}\"").Write(number == 1 ? " checked=\"\">" : ">").WriteLine();
        renderer.Write($"<label class=\"panel-tabset__tab\" for=\"{id}\"");
        if (heading.TryGetAttributes()?.Id is { Length: > 0 } headingId)
        {
            renderer.Write(" id=\"").WriteEscape(headingId).Write("\"");
        }
        renderer.Write(">").WriteLeafInline(heading).WriteLine("</label>");
        renderer.WriteLine("<div class=\"panel-tabset__panel\">");
    }

    /// <summary>Tabsets are numbered per page (the radio groups' names), in document order.</summary>
    private static int NextTabsetNumber(Block block)
    {
        var document = block;
        while (document.Parent is { } parent) document = parent;
        var count = document.GetData(typeof(PanelTabsetWriter)) as int? ?? 0;
        document.SetData(typeof(PanelTabsetWriter), count + 1);
        return count + 1;
    }
}
