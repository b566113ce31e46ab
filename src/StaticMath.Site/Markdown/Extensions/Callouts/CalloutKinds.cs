namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>The callout kinds we know, as data: Markdown name, label shown, numbering family.</summary>
public static class CalloutKinds
{
    private static readonly CalloutKind[] All =
    [
        new("theorem", "Theorem", "theorem"),
        new("lemma", "Lemma", "theorem"),
        new("proposition", "Proposition", "theorem"),
        new("corollary", "Corollary", "theorem"),
        new("conjecture", "Conjecture", "theorem"),
        new("definition", "Definition", "definition"),
        new("example", "Example", "example"),
        new("exercise", "Exercise", "exercise"),
        new("remark", "Remark", "remark"),
        new("algorithm", "Algorithm", "algorithm"),
        new("proof", "Proof", null),
        new("note", "Note", null),
        new("tip", "Tip", null),
        new("important", "Important", null),
        new("warning", "Warning", null),
        new("caution", "Caution", null),
        new("danger", "Danger", null),
    ];

    private static readonly Dictionary<string, CalloutKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Quarto's cross-reference id prefixes (<c>::: {#thm-x}</c> is a theorem).</summary>
    private static readonly Dictionary<string, string> ByIdPrefix = new(StringComparer.Ordinal)
    {
        ["thm"] = "theorem", ["lem"] = "lemma", ["prp"] = "proposition", ["cor"] = "corollary", ["cnj"] = "conjecture",
        ["def"] = "definition", ["exm"] = "example", ["exr"] = "exercise", ["rem"] = "remark", ["alg"] = "algorithm",
    };

    /// <summary>Kinds that a plain <c>&lt;div class="theorem"&gt;</c> upgrades to a callout (math environments only:
    /// words like "note" or "warning" are too common as ordinary class names).</summary>
    public static readonly IReadOnlySet<string> PlainDivKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "theorem", "lemma", "proposition", "corollary", "conjecture", "definition", "example", "exercise", "remark", "proof",
    };

    public static IReadOnlyList<CalloutKind> Known => All;

    public static CalloutKind? Find(string name) => ByName.GetValueOrDefault(name.ToLowerInvariant());

    public static CalloutKind? FromQuartoId(string? id)
    {
        if (id is null) return null;
        var dash = id.IndexOf('-');
        return dash > 0 && ByIdPrefix.TryGetValue(id[..dash], out var name) ? ByName[name] : null;
    }
}
