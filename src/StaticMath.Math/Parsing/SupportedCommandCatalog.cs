using System.Reflection;
using StaticMath.Math.Parsing.Commands;
using StaticMath.Math.Parsing.Environments;
using StaticMath.Math.Parsing.Macros;
using StaticMath.Math.Parsing.Symbols;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing;

/// <summary>
/// Lists what the registries hold, for <see cref="MathEngineInfo.SupportedCommands"/>. A command's family is the
/// family file that registered it (<c>FractionCommands</c> → <c>Fraction</c>), read from the handler's declaring
/// type, so a new family file or command shows up without touching this class.
/// </summary>
internal static class SupportedCommandCatalog
{
    private static readonly Lazy<IReadOnlyList<MathCommandInfo>> LazyAll = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<MathCommandInfo> All => LazyAll.Value;

    private static IReadOnlyList<MathCommandInfo> Build()
    {
        var list = new List<MathCommandInfo>();
        foreach (var name in CommandRegistry.Default.Names)
        {
            CommandRegistry.Default.TryGet(name, out var handler);
            list.Add(new MathCommandInfo(name, MathCommandKind.Command, FamilyOf(handler.Method, "Commands")));
        }
        foreach (var symbol in SymbolTable.Default.All)
            list.Add(new MathCommandInfo(symbol.Name, MathCommandKind.Symbol, SymbolFamily(symbol)));
        foreach (var name in BuiltInMacros.Names)
            list.Add(new MathCommandInfo(name, MathCommandKind.Macro, "Built-in macros"));
        foreach (var name in MacroDefinitionCommands.All)
            list.Add(new MathCommandInfo(name, MathCommandKind.Definition, "Definitions and grouping"));
        foreach (var name in EnvironmentRegistry.Default.Names)
        {
            EnvironmentRegistry.Default.TryGet(name, out var handler);
            list.Add(new MathCommandInfo(name, MathCommandKind.Environment, FamilyOf(handler.Method, "Environments", "Environment")));
        }
        return list
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Family, StringComparer.Ordinal)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The outermost declaring type of a handler (lambdas live in nested closure classes), minus a suffix.</summary>
    private static string FamilyOf(MethodInfo method, params string[] suffixes)
    {
        var type = method.DeclaringType;
        while (type?.DeclaringType is not null) type = type.DeclaringType;
        var name = type?.Name ?? "Other";
        foreach (var suffix in suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }
        return Words(name);
    }

    /// <summary><c>CommutativeDiagram</c> → <c>Commutative diagram</c>.</summary>
    private static string Words(string pascalCase)
    {
        var text = new System.Text.StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (i > 0 && char.IsUpper(c) && char.IsLower(pascalCase[i - 1])) text.Append(' ').Append(char.ToLowerInvariant(c));
            else text.Append(c);
        }
        return text.ToString();
    }

    private static string SymbolFamily(SymbolInfo symbol) => symbol.Kind switch
    {
        SymbolKind.BigOperator => "Big operators",
        SymbolKind.NamedOperator => "Named operators",
        SymbolKind.Accent => "Accents",
        _ when symbol.Has(SymbolFlags.Delimiter) => "Delimiters",
        _ => symbol.Class switch
        {
            AtomClass.Rel => "Relations and arrows",
            AtomClass.Bin => "Binary operators",
            AtomClass.Open or AtomClass.Close => "Delimiters",
            AtomClass.Punct => "Punctuation",
            _ => "Letters and other symbols",
        },
    };
}
