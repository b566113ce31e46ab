using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Symbols;

/// <summary>
/// The command → symbol table, loaded once from the embedded <c>symbols.tsv</c> and shared read-only by all threads,
/// plus the reverse map used to classify Unicode characters typed directly (≤ is a relation, ∑ a big operator).
/// </summary>
internal sealed class SymbolTable
{
    private const string ResourceName = "StaticMath.Math.Parsing.Symbols.symbols.tsv";

    private static readonly Lazy<SymbolTable> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, SymbolInfo> byName;
    private readonly FrozenDictionary<string, SymbolInfo> byText;

    private SymbolTable(FrozenDictionary<string, SymbolInfo> byName, FrozenDictionary<string, SymbolInfo> byText)
    {
        this.byName = byName;
        this.byText = byText;
    }

    public static SymbolTable Default => LazyDefault.Value;

    public int Count => byName.Count;

    public IEnumerable<SymbolInfo> All => byName.Values;

    public bool TryGetCommand(string name, out SymbolInfo symbol) => byName.TryGetValue(name, out symbol!);

    /// <summary>Looks up a non-ASCII character typed directly (first table entry with that text wins).</summary>
    public bool TryGetCharacter(string text, out SymbolInfo symbol) => byText.TryGetValue(text, out symbol!);

    public static SymbolTable Parse(TextReader reader)
    {
        var byName = new Dictionary<string, SymbolInfo>(StringComparer.Ordinal);
        var byText = new Dictionary<string, SymbolInfo>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            // "#<TAB>…" is the row for \#; any other line starting with # is a comment.
            if (line.Length == 0 || (line[0] == '#' && !line.StartsWith("#\t", StringComparison.Ordinal)))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                throw new FormatException($"symbols.tsv line {lineNumber}: expected name, value and class");
            }

            var symbol = ParseRow(fields, lineNumber);
            if (!byName.TryAdd(symbol.Name, symbol))
            {
                throw new FormatException($"symbols.tsv line {lineNumber}: duplicate name '{symbol.Name}'");
            }

            if (symbol.Kind is SymbolKind.Atom or SymbolKind.BigOperator && !symbol.Has(SymbolFlags.Italic))
            {
                byText.TryAdd(symbol.Text, symbol);
            }
        }

        return new SymbolTable(byName.ToFrozenDictionary(StringComparer.Ordinal), byText.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static SymbolTable Load()
    {
        using var stream = typeof(SymbolTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    private static SymbolInfo ParseRow(string[] fields, int lineNumber)
    {
        var name = fields[0];
        var value = fields[1];
        var flags = fields.Length > 3 ? ParseFlags(fields[3], lineNumber) : SymbolFlags.None;
        switch (fields[2])
        {
            case "opname":
                return new SymbolInfo(name, value, SymbolKind.NamedOperator, AtomClass.Op, flags);
            case "accent":
                return new SymbolInfo(name, DecodeCodePoints(value, lineNumber), SymbolKind.Accent, AtomClass.Ord, flags);
            case "op":
                return new SymbolInfo(name, DecodeCodePoints(value, lineNumber), SymbolKind.BigOperator, AtomClass.Op, flags);
            default:
                var atomClass = fields[2] switch
                {
                    "ord" => AtomClass.Ord,
                    "bin" => AtomClass.Bin,
                    "rel" => AtomClass.Rel,
                    "open" => AtomClass.Open,
                    "close" => AtomClass.Close,
                    "punct" => AtomClass.Punct,
                    "inner" => AtomClass.Inner,
                    _ => throw new FormatException($"symbols.tsv line {lineNumber}: unknown class '{fields[2]}'"),
                };
                return new SymbolInfo(name, DecodeCodePoints(value, lineNumber), SymbolKind.Atom, atomClass, flags);
        }
    }

    private static string DecodeCodePoints(string value, int lineNumber)
    {
        var builder = new StringBuilder(2);
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint))
            {
                throw new FormatException($"symbols.tsv line {lineNumber}: bad code point '{part}'");
            }

            builder.Append(char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }

    private static SymbolFlags ParseFlags(string text, int lineNumber)
    {
        var flags = SymbolFlags.None;
        foreach (var flag in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= flag switch
            {
                "limits" => SymbolFlags.Limits,
                "nolimits" => SymbolFlags.NoLimits,
                "delim" => SymbolFlags.Delimiter,
                "stretchy" => SymbolFlags.Stretchy,
                "under" => SymbolFlags.Under,
                "italic" => SymbolFlags.Italic,
                "text" => SymbolFlags.Text,
                _ => throw new FormatException($"symbols.tsv line {lineNumber}: unknown flag '{flag}'"),
            };
        }

        return flags;
    }
}
