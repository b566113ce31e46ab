namespace StaticMath.Site.Bibliography;

/// <summary>A person's name split the BibTeX way into First, von, Last and Jr parts (already plain Unicode).</summary>
public sealed record BibName(string First, string Von, string Last, string Jr)
{
    /// <summary>True for the literal <c>others</c> in an author list, shown as "et al.".</summary>
    public bool IsOthers => Last == "others" && First.Length == 0 && Von.Length == 0;

    /// <summary>"First von Last, Jr" as a reader expects it.</summary>
    public string DisplayName
    {
        get
        {
            var parts = new[] { First, Von, Last }.Where(p => p.Length > 0);
            var name = string.Join(' ', parts);
            return Jr.Length > 0 ? $"{name}, {Jr}" : name;
        }
    }

    /// <summary>"von Last" — used in short author lists.</summary>
    public string FamilyName => Von.Length > 0 ? $"{Von} {Last}" : Last;
}
