namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>What inline and block math share: the TeX, its mode and where the TeX starts in the Markdown body.</summary>
public interface IMathExpression
{
    string Tex { get; }
    bool IsDisplay { get; }
    MathDelimiter Delimiter { get; }
    /// <summary>0-based line of the TeX's first character in the Markdown body (add the page's BodyLineOffset for the file).</summary>
    int TexLine { get; }
    /// <summary>0-based column of the TeX's first character on <see cref="TexLine"/>.</summary>
    int TexColumn { get; }
}
