using TextMateSharp.Grammars;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>A language the highlighter knows: its display name (the block's label) and its grammar.</summary>
public sealed class CodeLanguage
{
    internal CodeLanguage(string name, CodeGrammar grammar)
    {
        Name = name;
        Grammar = grammar;
    }

    /// <summary>What the block's label says (<c>Python</c>, <c>Rust</c>, <c>TOML</c>).</summary>
    public string Name { get; }

    internal CodeGrammar Grammar { get; }
}

/// <summary>
/// One TextMate grammar, loaded and compiled on first use, once per process, whatever names lead to it. TextMateSharp's
/// grammars are not thread-safe, so one thread at a time tokenizes with it (pages in other languages go on in parallel).
/// </summary>
internal sealed class CodeGrammar(string scopeName, Func<string, IGrammar?> load)
{
    private readonly Lazy<IGrammar?> _grammar = new(() => load(scopeName), LazyThreadSafetyMode.ExecutionAndPublication);

    public string ScopeName { get; } = scopeName;

    public IGrammar? Grammar => _grammar.Value;

    public Lock Gate { get; } = new();
}
