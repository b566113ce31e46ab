using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Renders fenced and indented code blocks through <see cref="CodeBlockHtml"/>. Line numbers: the site option, or the
/// fence asking with <c>{linenos}</c>, <c>{.linenos}</c>, <c>linenos</c> or Quarto's <c>.numberLines</c>.
/// Fences whose language another extension claims (e.g. <c>math</c>) are handed to that renderer via
/// <see cref="Delegates"/>, since Markdig allows one renderer per block type.
/// </summary>
public sealed class HighlightedCodeBlockRenderer(CodeConfig config) : HtmlObjectRenderer<CodeBlock>
{
    private readonly CodeBlockRenderer _plain = new();

    /// <summary>Languages rendered by another renderer (fence info, case-insensitive).</summary>
    public Dictionary<string, HtmlObjectRenderer<CodeBlock>> Delegates { get; } = new(StringComparer.OrdinalIgnoreCase);

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var fenced = block as FencedCodeBlock;
        var language = fenced?.Info ?? "";
        if (Delegates.TryGetValue(language, out var other))
        {
            other.Write(renderer, block);
            return;
        }
        if (!renderer.EnableHtmlForBlock)
        {
            _plain.Write(renderer, block);
            return;
        }
        language = FenceLanguage(fenced);

        if (CodeBlockHtml.IsUnknownLanguage(language))
            BlockDiagnostics.WarningAt(renderer, block, DiagnosticCodes.UnknownCodeLanguage,
                $"no highlighting for code language '{language.Trim()}': the block is shown as plain text (the languages are listed in docs/authoring-blocks)");
        renderer.EnsureLine();
        renderer.Write(CodeBlockHtml.Render(ReadCode(block), language, AsksForLineNumbers(fenced), config));
    }

    private static string ReadCode(CodeBlock block)
    {
        var lines = block.Lines;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }
        return text.ToString();
    }

    private static readonly string[] LineNumberMarkers = ["linenos", "numberLines", "line-numbers"];

    /// <summary>
    /// The fence's language: its info word, or pandoc/Quarto's braces (<c>{r}</c>, <c>{r, echo=FALSE}</c>,
    /// <c>{.python}</c>, which Markdig reads as attributes).
    /// </summary>
    private static string FenceLanguage(FencedCodeBlock? fenced)
    {
        if (fenced is null) return "";
        var info = (fenced.Info ?? "").Trim();
        if (info.StartsWith('{'))
            return info.Trim('{', '}').Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimStart('.') ?? "";
        if (info.Length > 0) return info;
        var attributes = fenced.TryGetAttributes();
        return attributes?.Classes?.FirstOrDefault(c => !LineNumberMarkers.Contains(c))
            ?? attributes?.Properties?.FirstOrDefault(p => string.IsNullOrEmpty(p.Value) && !LineNumberMarkers.Contains(p.Key)).Key
            ?? "";
    }

    private static bool AsksForLineNumbers(FencedCodeBlock? fenced)
    {
        if (fenced is null) return false;
        var arguments = fenced.Arguments ?? "";
        if (arguments.Contains("linenos", StringComparison.OrdinalIgnoreCase) ||
            arguments.Contains("numberLines", StringComparison.OrdinalIgnoreCase)) return true;
        var attributes = fenced.TryGetAttributes();
        if (attributes is null) return false;
        if (attributes.Classes?.Any(c => c is "linenos" or "numberLines" or "line-numbers") == true) return true;
        return attributes.Properties?.Any(p => p.Key is "linenos" or "numberLines" or "line-numbers") == true;
    }
}
