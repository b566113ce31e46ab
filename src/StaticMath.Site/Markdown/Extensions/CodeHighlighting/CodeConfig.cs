namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary><c>code:</c> in staticmath.yml.</summary>
public sealed class CodeConfig
{
    /// <summary>Number the lines of every highlighted block (a fence can ask for it alone with <c>{linenos}</c>).</summary>
    public bool LineNumbers { get; set; }

    /// <summary>Show the language name above highlighted blocks.</summary>
    public bool ShowLanguage { get; set; } = true;
}
