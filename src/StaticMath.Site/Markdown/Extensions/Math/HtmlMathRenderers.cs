using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMath.Math;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>Registers the HTML renderers of the math nodes.</summary>
internal static class HtmlMathRenderers
{
    public static void AddTo(HtmlRenderer renderer)
    {
        renderer.ObjectRenderers.AddIfNotAlready<HtmlMathBlockRenderer>();
        renderer.ObjectRenderers.AddIfNotAlready<HtmlMathInlineRenderer>();
        renderer.ObjectRenderers.AddIfNotAlready<HtmlMathReferenceRenderer>();
    }

    /// <summary>The page's math state: from the page being built, else one kept on the document (self-contained SVGs).</summary>
    internal static PageMath PageMathFor(HtmlRenderer renderer, MarkdownObject node)
    {
        if (renderer is PageHtmlRenderer page)
        {
            return PageMath.For(page.Context);
        }

        var document = DocumentOf(node);
        if (document?.GetData(typeof(PageRenderContext)) is PageRenderContext context)
        {
            return PageMath.For(context);
        }

        if (document?.GetData(typeof(PageMath)) is PageMath standalone)
        {
            return standalone;
        }

        var created = new PageMath(MathBuildServices.Standalone(() => MathRenderer.Default), null);
        document?.SetData(typeof(PageMath), created);
        return created;
    }

    /// <summary>The page's fragment parts when this renderer writes the page's fragment (its equations then go there).</summary>
    internal static FragmentSegments? SegmentsFor(HtmlRenderer renderer) => renderer is PageHtmlRenderer page ? FragmentSegments.For(page.Context) : null;

    private static MarkdownDocument? DocumentOf(MarkdownObject node)
    {
        Block? block = node switch
        {
            Block b => b,
            Inline inline => RootContainer(inline)?.ParentBlock,
            _ => null,
        };
        while (block is not null and not MarkdownDocument)
        {
            block = block.Parent;
        }

        return block as MarkdownDocument;
    }

    private static ContainerInline? RootContainer(Inline inline)
    {
        var container = inline as ContainerInline ?? inline.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }

        return container;
    }
}

/// <summary>A display block: the centred equation with its tags (text after its closing delimiter is a paragraph of its own).</summary>
public sealed class HtmlMathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock block)
    {
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteEscape(block.Tex).WriteLine();
            return;
        }

        var math = HtmlMathRenderers.PageMathFor(renderer, block);
        renderer.Write(math.Render(math.Register(block), "div", block.TrailingPunctuation, HtmlMathRenderers.SegmentsFor(renderer))).WriteLine();
    }
}

/// <summary>Math in running text (a display inside a paragraph uses spans so the paragraph stays valid HTML).</summary>
public sealed class HtmlMathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline inline)
    {
        if (!renderer.EnableHtmlForInline)
        {
            // Plain-text rendering (heading ids, summaries): the TeX itself.
            renderer.WriteEscape(inline.Tex);
            return;
        }

        var math = HtmlMathRenderers.PageMathFor(renderer, inline);
        renderer.Write(math.Render(math.Register(inline), "span", segments: HtmlMathRenderers.SegmentsFor(renderer)));
    }
}

/// <summary><c>\eqref{…}</c>/<c>\ref{…}</c> written outside math.</summary>
public sealed class HtmlMathReferenceRenderer : HtmlObjectRenderer<MathReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, MathReferenceInline reference)
    {
        var math = HtmlMathRenderers.PageMathFor(renderer, reference);
        if (!renderer.EnableHtmlForInline)
        {
            var text = math.ResolveLabel(reference.Label);
            renderer.WriteEscape(MathHtml.ReferenceText(reference.Label, text, reference.WithParentheses, reference.QuartoPrefix));
            return;
        }

        renderer.Write(math.RenderReference(reference.Label, reference.WithParentheses, reference.Line, reference.Column, reference.QuartoPrefix));
    }
}
