using ColorCode;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Fence language names → ColorCode language (aliases as data). Returns null for languages we do not highlight:
/// plain text, output, and anything unknown (rendered escaped, never an error).
/// </summary>
public static class CodeLanguages
{
    private static readonly ILanguage Shell = new ShellLanguage();
    private static readonly ILanguage Yaml = new YamlLanguage();

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["py"] = "python", ["python3"] = "python", ["py3"] = "python", ["ipython"] = "python", ["pycon"] = "python",
        ["js"] = "javascript", ["jsx"] = "javascript", ["mjs"] = "javascript", ["cjs"] = "javascript", ["node"] = "javascript",
        ["ts"] = "typescript", ["tsx"] = "typescript",
        ["c++"] = "cpp", ["cxx"] = "cpp", ["cc"] = "cpp", ["hpp"] = "cpp", ["h"] = "cpp", ["c"] = "cpp", ["cuda"] = "cpp",
        ["cs"] = "c#", ["csharp"] = "c#",
        ["fs"] = "f#", ["fsharp"] = "f#",
        ["vb"] = "vb.net", ["vbnet"] = "vb.net",
        ["ps"] = "powershell", ["ps1"] = "powershell", ["pwsh"] = "powershell",
        ["htm"] = "html", ["xhtml"] = "html", ["svg"] = "xml", ["xaml"] = "xml", ["csproj"] = "xml",
        ["md"] = "markdown", ["hs"] = "haskell", ["m"] = "matlab", ["octave"] = "matlab",
        ["f90"] = "fortran", ["f95"] = "fortran", ["jsonc"] = "json", ["json5"] = "json", ["ipynb"] = "json",
        ["sh"] = "sm-shell", ["bash"] = "sm-shell", ["shell"] = "sm-shell", ["zsh"] = "sm-shell", ["console"] = "sm-shell",
        ["shell-session"] = "sm-shell",
        ["yaml"] = "sm-yaml", ["yml"] = "sm-yaml",
    };

    /// <summary>Fence names shown as plain text without a label.</summary>
    public static readonly IReadOnlySet<string> PlainNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "", "text", "txt", "plaintext", "plain", "none", "nohighlight",
    };

    /// <summary>Fence names for program output (plain, styled like notebook output).</summary>
    public static readonly IReadOnlySet<string> OutputNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "output", "out", "result",
    };

    public static ILanguage? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || PlainNames.Contains(name) || OutputNames.Contains(name)) return null;
        var id = Aliases.GetValueOrDefault(name, name);
        return id switch
        {
            "sm-shell" => Shell,
            "sm-yaml" => Yaml,
            _ => Languages.FindById(id.ToLowerInvariant()),
        };
    }
}
