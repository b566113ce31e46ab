namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary><c>code:</c> in staticmath.yml.</summary>
public sealed class CodeConfig
{
    /// <summary>Number the lines of every highlighted block (a fence can ask for it alone with <c>{linenos}</c>).</summary>
    public bool LineNumbers { get; set; }

    /// <summary>Show the language name above highlighted blocks.</summary>
    public bool ShowLanguage { get; set; } = true;

    /// <summary>The colour style of code in light mode (<see cref="CodeStyles.Names"/>).</summary>
    public string Light { get; set; } = CodeStyles.DefaultLight;

    /// <summary>The colour style of code in dark mode.</summary>
    public string Dark { get; set; } = CodeStyles.DefaultDark;
}
