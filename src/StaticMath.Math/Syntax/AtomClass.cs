namespace StaticMath.Math.Syntax;

/// <summary>TeX's atom classes (TeXbook ch. 17); they drive inter-atom spacing.</summary>
public enum AtomClass
{
    Ord,
    Op,
    Bin,
    Rel,
    Open,
    Close,
    Punct,
    Inner,
}
