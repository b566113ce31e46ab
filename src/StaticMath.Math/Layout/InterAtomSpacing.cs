using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>
/// TeX's inter-atom spacing table (TeXbook ch. 18) as data: rows are the left atom's class, columns the right one's,
/// in <see cref="AtomClass"/> order. Digits 0-3 = none/thin/medium/thick in every style; t/m/k = thin/medium/thick
/// only in display and text style (the bracketed entries); '.' = cannot happen after Bin demotion.
/// </summary>
internal static class InterAtomSpacing
{
    //                                     Ord Op Bin Rel Open Close Punct Inner
    private static readonly string[] Table =
    [
        /* Ord   */ "01mk000t",
        /* Op    */ "11.k000t",
        /* Bin   */ "mm..m..m",
        /* Rel   */ "kk.0k00k",
        /* Open  */ "00.00000",
        /* Close */ "01mk000t",
        /* Punct */ "tt.ttttt",
        /* Inner */ "t1mkt0tt",
    ];

    /// <summary>Space between two adjacent atoms, in mu (3 thin, 4 medium, 5 thick).</summary>
    public static int SpaceInMu(AtomClass left, AtomClass right, bool textOrDisplay)
    {
        var code = Table[(int)left][(int)right];
        return code switch
        {
            '1' => 3,
            '2' => 4,
            '3' => 5,
            't' => textOrDisplay ? 3 : 0,
            'm' => textOrDisplay ? 4 : 0,
            'k' => textOrDisplay ? 5 : 0,
            _ => 0,
        };
    }
}
