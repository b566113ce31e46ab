namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// One kind of callout box. <see cref="Family"/> groups kinds that share a counter under <c>numbering: per-kind</c>
/// (theorem, lemma, proposition and corollary count together, as in amsthm's shared-counter convention); null means
/// the kind is never numbered (proofs and admonitions).
/// </summary>
public sealed record CalloutKind(string Name, string Label, string? Family)
{
    public bool IsNumbered => Family is not null;

    /// <summary>Admonitions (note, tip, warning…) show a given title instead of their label; math kinds show it as a name.</summary>
    public bool IsAdmonition => Family is null && Name != "proof";
}
