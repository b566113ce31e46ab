using System.Reflection;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Fence language names → <see cref="CodeLanguage"/>: the grammars of TextMateSharp.Grammars (rust, go, julia, r,
/// latex, python, c#…, by id, alias or file extension) plus the ones it lacks that StaticMath ships (toml, haskell,
/// matlab, fortran; Grammars/NOTICE.txt), and our aliases as data. Returns null for plain text, output and unknown
/// names. The registry is built once per process; each grammar is compiled on first use.
/// </summary>
public static class CodeLanguages
{
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

    /// <summary>Names people write on fences that are not a grammar's id, alias or extension.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["python3"] = "python", ["py3"] = "python", ["ipython"] = "python", ["pycon"] = "python",
        ["node"] = "javascript", ["mjs"] = "javascript", ["cjs"] = "javascript", ["jsx"] = "javascript",
        ["ts"] = "typescript", ["tsx"] = "typescript",
        ["c++"] = "cpp", ["cxx"] = "cpp", ["cc"] = "cpp", ["hpp"] = "cpp", ["h"] = "cpp", ["c"] = "cpp", ["cuda"] = "cpp",
        ["c#"] = "csharp", ["cs"] = "csharp", ["f#"] = "fsharp", ["fs"] = "fsharp", ["vb.net"] = "vb", ["vbnet"] = "vb",
        ["ps"] = "powershell", ["ps1"] = "powershell", ["pwsh"] = "powershell",
        ["sh"] = "shellscript", ["bash"] = "shellscript", ["shell"] = "shellscript", ["zsh"] = "shellscript",
        ["console"] = "shellscript", ["shell-session"] = "shellscript",
        ["yml"] = "yaml", ["htm"] = "html", ["xhtml"] = "html", ["svg"] = "xml", ["xaml"] = "xml", ["csproj"] = "xml",
        ["md"] = "markdown", ["jsonc"] = "json", ["json5"] = "json", ["ipynb"] = "json",
        ["tex"] = "latex", ["rust"] = "rust", ["rs"] = "rust", ["golang"] = "go", ["jl"] = "julia", ["rlang"] = "r",
        ["hs"] = "haskell", ["m"] = "matlab", ["octave"] = "matlab", ["f90"] = "fortran", ["f95"] = "fortran", ["f03"] = "fortran",
        ["dockerfile"] = "docker", ["makefile"] = "make", ["mk"] = "make", ["objc"] = "objective-c", ["patch"] = "diff",
    };

    /// <summary>Labels for ids whose grammar gives no readable name.</summary>
    private static readonly Dictionary<string, string> DisplayNames = new(StringComparer.Ordinal)
    {
        ["cpp"] = "C++", ["csharp"] = "C#", ["fsharp"] = "F#", ["vb"] = "VB.NET", ["javascript"] = "JavaScript", ["typescript"] = "TypeScript",
        ["shellscript"] = "Shell", ["powershell"] = "PowerShell", ["json"] = "JSON", ["yaml"] = "YAML", ["toml"] = "TOML", ["xml"] = "XML",
        ["html"] = "HTML", ["css"] = "CSS", ["sql"] = "SQL", ["php"] = "PHP", ["latex"] = "LaTeX", ["r"] = "R", ["go"] = "Go",
        ["rust"] = "Rust", ["julia"] = "Julia", ["python"] = "Python", ["haskell"] = "Haskell", ["matlab"] = "MATLAB",
        ["fortran"] = "Fortran", ["markdown"] = "Markdown", ["java"] = "Java", ["ruby"] = "Ruby", ["lua"] = "Lua", ["swift"] = "Swift",
        ["dart"] = "Dart", ["diff"] = "Diff", ["docker"] = "Dockerfile", ["make"] = "Makefile", ["ini"] = "INI", ["perl"] = "Perl",
        ["objective-c"] = "Objective-C", ["clojure"] = "Clojure", ["groovy"] = "Groovy", ["scss"] = "SCSS", ["less"] = "Less",
        ["bat"] = "Batch", ["coffeescript"] = "CoffeeScript", ["typst"] = "Typst",
    };

    /// <summary>Grammars StaticMath ships (embedded as <c>grammars/FILE</c>): language id → (file, scope, extensions).</summary>
    private static readonly (string Id, string File, string Scope, string[] Names)[] ShippedGrammars =
    [
        ("toml", "toml.json", "source.toml", ["toml"]),
        ("haskell", "haskell.json", "source.haskell", ["haskell"]),
        ("matlab", "matlab.json", "source.matlab", ["matlab"]),
        ("fortran", "fortran-free-form.json", "source.fortran.free", ["fortran", "fortran-free-form"]),
    ];

    /// <summary>Languages highlighted with another's grammar: (fence name, label, grammar's language).</summary>
    private static readonly (string Name, string Label, string Like)[] Lookalikes =
    [
        ("liquid", "Liquid", "handlebars"), ("jinja", "Jinja", "handlebars"), ("jinja2", "Jinja", "handlebars"),
        ("nunjucks", "Nunjucks", "handlebars"), ("mustache", "Mustache", "handlebars"),
        ("sage", "Sage", "python"),
    ];

    /// <summary>
    /// TextMateSharp's registry and its bundled grammar source fill caches on first use and are not thread-safe: two
    /// pages loading different grammars at once could read a half-filled cache ("Unknown location for grammar"). Every
    /// load and every grammar lookup (also those a grammar makes for the languages it embeds) goes through this lock.
    /// </summary>
    private static readonly Lock RegistryGate = new();

    private static readonly Lazy<IReadOnlyDictionary<string, CodeLanguage>> ByName = new(BuildTable, LazyThreadSafetyMode.ExecutionAndPublication);

    public static CodeLanguage? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || PlainNames.Contains(name) || OutputNames.Contains(name)) return null;
        var key = name.Trim().TrimStart('.');
        if (Aliases.TryGetValue(key, out var alias)) key = alias;
        return ByName.Value.GetValueOrDefault(key);
    }

    /// <summary>Every name a fence may use, for the docs and tests.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Value.Keys.Concat(Aliases.Keys).Order(StringComparer.OrdinalIgnoreCase).ToList();

    private static Dictionary<string, CodeLanguage> BuildTable()
    {
        var options = new GrammarSource();
        var registry = new TextMateSharp.Registry.Registry(options);
        var grammars = new Dictionary<string, CodeGrammar>(StringComparer.Ordinal);
        CodeGrammar GrammarFor(string scope) =>
            grammars.TryGetValue(scope, out var known) ? known : grammars[scope] = new CodeGrammar(scope, LoadGrammar);
        IGrammar? LoadGrammar(string scope)
        {
            lock (RegistryGate) return registry.LoadGrammar(scope);
        }

        var table = new Dictionary<string, CodeLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in options.Bundled.GetAvailableLanguages().OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            var scope = options.Bundled.GetScopeByLanguageId(language.Id);
            if (string.IsNullOrEmpty(scope)) continue;
            var entry = new CodeLanguage(DisplayName(language), GrammarFor(scope));
            table.TryAdd(language.Id, entry);
            foreach (var name in (language.Aliases ?? []).Concat((language.Extensions ?? []).Select(e => e.TrimStart('.'))))
                if (name.Length > 0 && !name.Contains(' ')) table.TryAdd(name, entry);
        }
        foreach (var (id, _, scope, names) in ShippedGrammars)
        {
            var entry = new CodeLanguage(DisplayNames[id], GrammarFor(scope));
            foreach (var name in names.Prepend(id)) table[name] = entry;
        }
        // Template languages close enough to another grammar, labelled with their own name.
        foreach (var (name, label, like) in Lookalikes)
            if (table.TryGetValue(like, out var other)) table[name] = new CodeLanguage(label, other.Grammar);
        return table;
    }

    private static string DisplayName(Language language) =>
        DisplayNames.TryGetValue(language.Id, out var name) ? name
        : language.Aliases?.FirstOrDefault(a => a.Length > 0 && char.IsUpper(a[0])) ?? language.Id;

    /// <summary>TextMateSharp's bundled grammars, and ours for the scopes it lacks.</summary>
    private sealed class GrammarSource : IRegistryOptions
    {
        public RegistryOptions Bundled { get; } = new(ThemeName.LightPlus);

        public IRawGrammar GetGrammar(string scopeName)
        {
            lock (RegistryGate) return ReadGrammar(scopeName);
        }

        private IRawGrammar ReadGrammar(string scopeName)
        {
            var shipped = ShippedGrammars.FirstOrDefault(g => g.Scope == scopeName);
            if (shipped.File is null) return Bundled.GetGrammar(scopeName);
            using var stream = typeof(CodeLanguages).Assembly.GetManifestResourceStream("grammars/" + shipped.File)
                ?? throw new InvalidOperationException("grammar resource missing: " + shipped.File);
            using var reader = new StreamReader(stream);
            return GrammarReader.ReadGrammarSync(reader);
        }

        public ICollection<string> GetInjections(string scopeName)
        {
            lock (RegistryGate) return Bundled.GetInjections(scopeName);
        }

        public IRawTheme GetTheme(string scopeName) => Bundled.GetTheme(scopeName);

        public IRawTheme GetDefaultTheme() => Bundled.GetDefaultTheme();
    }
}
