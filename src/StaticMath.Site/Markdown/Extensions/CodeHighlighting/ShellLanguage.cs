using ColorCode;
using ColorCode.Common;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>POSIX shell for ColorCode, which has none: comments, strings, variables, keywords, options.</summary>
internal sealed class ShellLanguage : ILanguage
{
    public string Id => "sm-shell";
    public string Name => "Shell";
    public string CssClassName => "shell";
    public string? FirstLinePattern => null;

    public IList<LanguageRule> Rules { get; } =
    [
        new(@"(?m)(?<![\w$])(#.*)$", new Dictionary<int, string> { [1] = ScopeName.Comment }),
        new(@"'[^']*'", new Dictionary<int, string> { [0] = ScopeName.String }),
        new(@"""(?:\\.|[^""\\])*""", new Dictionary<int, string> { [0] = ScopeName.String }),
        new(@"\$(?:\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|[0-9@#?*$!-])", new Dictionary<int, string> { [0] = ScopeName.PowerShellVariable }),
        new(@"\b(if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|return|export|local|readonly|source|alias|unset|shift|exit|set)\b",
            new Dictionary<int, string> { [1] = ScopeName.Keyword }),
        new(@"(?<=\s)(--?[A-Za-z][\w-]*)", new Dictionary<int, string> { [1] = ScopeName.PowerShellParameter }),
    ];

    public bool HasAlias(string lang) => false;
}
