namespace StaticMath.Math;

/// <summary>
/// What the Markdown layer needs to number one row of a display (one row per equation, one per line of
/// <c>align</c>-like environments). Numbers are placed in HTML, outside the (cacheable) SVG.
/// </summary>
/// <param name="Tag">Text of <c>\tag{…}</c>/<c>\tag*{…}</c> on this row, if any.</param>
/// <param name="TagIsStarred">True for <c>\tag*</c>: the tag shows without parentheses.</param>
/// <param name="Label">Name given by <c>\label{…}</c> on this row, if any.</param>
/// <param name="AutoNumbered">True when amsmath numbering would number this row (unstarred numbered environment, no <c>\notag</c>/<c>\nonumber</c>).</param>
/// <param name="NoNumber">True when the row says <c>\notag</c> or <c>\nonumber</c> (suppresses numbering in every mode).</param>
/// <param name="CenterFromTopEm">Vertical centre of the row, measured down from the top of the SVG box, in em.</param>
/// <param name="BaselineFromTopEm">The row's baseline, measured down from the top of the SVG box, in em (where an
/// equation number sits, as in LaTeX); negative when unknown (results made before it was reported).</param>
public sealed record MathEquationRow(
    string? Tag,
    bool TagIsStarred,
    string? Label,
    bool AutoNumbered,
    bool NoNumber,
    double CenterFromTopEm,
    double BaselineFromTopEm = -1);
