using ColorCode;
using ColorCode.Common;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>YAML for ColorCode, which has none: comments, keys, strings, numbers, constants, anchors.</summary>
internal sealed class YamlLanguage : ILanguage
{
    public string Id => "sm-yaml";
    public string Name => "YAML";
    public string CssClassName => "yaml";
    public string? FirstLinePattern => null;

    public IList<LanguageRule> Rules { get; } =
    [
        new(@"(?m)(?:^|\s)(#.*)$", new Dictionary<int, string> { [1] = ScopeName.Comment }),
        new(@"(?m)^(\s*-?\s*)([^\s#:'""][^:#\n]*?|""[^""\n]*""|'[^'\n]*')(\s*:)(?=\s|$)",
            new Dictionary<int, string> { [2] = ScopeName.JsonKey }),
        new(@"""(?:\\.|[^""\\\n])*""|'[^'\n]*'", new Dictionary<int, string> { [0] = ScopeName.String }),
        new(@"(?<=[:\-\[,]\s*)\b(true|false|yes|no|null|on|off)\b|~", new Dictionary<int, string> { [0] = ScopeName.Keyword }),
        new(@"(?<=[:\-\[,]\s*)[-+]?\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b", new Dictionary<int, string> { [0] = ScopeName.Number }),
        new(@"[&*][A-Za-z0-9_-]+|^---$|^\.\.\.$", new Dictionary<int, string> { [0] = ScopeName.Attribute }),
    ];

    public bool HasAlias(string lang) => false;
}
