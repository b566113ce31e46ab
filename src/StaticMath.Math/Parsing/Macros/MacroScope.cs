using System.Security.Cryptography;
using System.Text;

namespace StaticMath.Math.Parsing.Macros;

/// <summary>
/// The macros and colours in force for one page (MathJax semantics: definitions are global to the page and stay in
/// force for later expressions). Starts from the site macros. Not thread-safe, like the session that owns it.
/// </summary>
internal sealed class MacroScope
{
    private readonly Dictionary<string, Macro> macros = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> colors = new(StringComparer.Ordinal);
    private string? digest;
    private Dictionary<string, bool>? inertForOutline;
    private Dictionary<string, bool>? inertForScope;

    public MacroScope(IReadOnlyDictionary<string, MacroDefinition>? siteMacros = null)
    {
        if (siteMacros is null)
        {
            return;
        }

        foreach (var (name, definition) in siteMacros)
        {
            var bare = name.StartsWith('\\') ? name[1..] : name;
            if (bare.Length > 0)
            {
                macros[bare] = Macro.FromDefinition(bare, definition);
            }
        }
    }

    public int Count => macros.Count;

    public bool TryGetMacro(string name, out Macro macro) => macros.TryGetValue(name, out macro!);

    public bool Contains(string name) => macros.ContainsKey(name);

    public void Define(Macro macro)
    {
        macros[macro.Name] = macro;
        digest = null;
        inertForOutline = null;
        inertForScope = null;
    }

    /// <summary>Which command names, in this scope as it is now, are inert for <see cref="InertTex.ForOutline"/>.</summary>
    public Dictionary<string, bool> InertForOutline => inertForOutline ??= new Dictionary<string, bool>(StringComparer.Ordinal);

    /// <summary>Which command names, in this scope as it is now, are inert for <see cref="InertTex.ForScope"/>.</summary>
    public Dictionary<string, bool> InertForScope => inertForScope ??= new Dictionary<string, bool>(StringComparer.Ordinal);

    public bool TryGetColor(string name, out string css) => colors.TryGetValue(name, out css!);

    public void DefineColor(string name, string css)
    {
        colors[name] = css;
        digest = null;
    }

    /// <summary>SHA-256 (hex) of every definition in scope, in ordinal name order; recomputed only after a change.</summary>
    public string Digest => digest ??= macros.Count == 0 && colors.Count == 0 ? EmptyDigest : ComputeDigest();

    // Most sessions (every standalone expression) define nothing: their digest is the same hash every time.
    private static readonly string EmptyDigest = new MacroScope().ComputeDigest();

    private string ComputeDigest()
    {
        var builder = new StringBuilder();
        foreach (var name in macros.Keys.Order(StringComparer.Ordinal))
        {
            builder.Append("M\u0003").Append(macros[name].Signature).Append('\u0004');
        }

        foreach (var name in colors.Keys.Order(StringComparer.Ordinal))
        {
            builder.Append("C\u0003").Append(name).Append('\u0003').Append(colors[name]).Append('\u0004');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
