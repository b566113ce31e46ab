namespace StaticMath.Math.Syntax;

/// <summary>
/// A node of the parsed math tree (parser output, layout input). Every node remembers the span of TeX it came from
/// so errors and warnings can point at it. Nodes are immutable.
/// </summary>
public abstract record MathNode
{
    /// <summary>0-based offset of the node's first character in the TeX source (-1 when synthesised).</summary>
    public int Offset { get; init; } = -1;
}

/// <summary>A sequence of nodes laid out horizontally (TeX's math list). <c>{…}</c> produces one as an Ord group.</summary>
public sealed record MathList(IReadOnlyList<MathNode> Items) : MathNode
{
    public static readonly MathList Empty = new([]);
}

/// <summary>A single character atom: a letter, digit, operator symbol or delimiter, already mapped to Unicode.</summary>
/// <param name="Text">One Unicode character (as a string: it may be a surrogate pair).</param>
/// <param name="Variant">Alphabet to map Latin/Greek letters and digits through; Default applies TeX's rules.</param>
public sealed record SymbolAtom(AtomClass Class, string Text, MathVariant Variant = MathVariant.Default) : MathNode;

/// <summary>A group whose contents are laid out together and then treated as one atom of the given class
/// (<c>\mathop{…}</c>, <c>\mathbin{…}</c>, <c>{…}</c> = Ord).</summary>
public sealed record ClassedGroup(AtomClass Class, MathList Body) : MathNode;

/// <summary>How a big operator places its scripts.</summary>
public enum LimitsMode
{
    /// <summary>Limits above/below in display style, scripts at the side otherwise (\sum, \lim).</summary>
    DisplayLimits,
    /// <summary>Forced above/below (\limits, \operatorname*).</summary>
    Limits,
    /// <summary>Forced at the side (\nolimits, \int by default).</summary>
    NoLimits,
}

/// <summary>A large operator: a symbol (<c>\sum</c>, <c>\int</c>) or a named one set upright (<c>\lim</c>, <c>\operatorname{…}</c>).</summary>
/// <param name="Symbol">The operator character for symbol operators (grows in display style); null for named operators.</param>
/// <param name="Name">The upright text for named operators (e.g. "lim", "arg min" with a thin space); null for symbols.</param>
public sealed record BigOperator(string? Symbol, MathList? Name, LimitsMode Limits) : MathNode;

/// <summary>Sub- and/or superscripts attached to a nucleus. Primes become part of <see cref="Superscript"/>.</summary>
public sealed record ScriptsNode(MathNode Nucleus, MathList? Superscript, MathList? Subscript) : MathNode;

/// <summary>Generalised fraction: <c>\frac</c>, <c>\dfrac</c>, <c>\binom</c>, <c>\over</c>, <c>\atop</c>, <c>\genfrac</c>, <c>\cfrac</c>.</summary>
/// <param name="RuleThicknessEm">null = the font's default rule; 0 = no rule (binom, atop).</param>
/// <param name="Style">Forced style (\dfrac → Display, \tfrac → Text); null = TeX's rule.</param>
/// <param name="LeftDelimiter">Delimiter text wrapped around the fraction ("(" for binom), null for none.</param>
/// <param name="NumeratorAlign">-1 left, 0 centre, 1 right (\cfrac[l]).</param>
public sealed record FractionNode(
    MathList Numerator,
    MathList Denominator,
    double? RuleThicknessEm = null,
    MathStyle? Style = null,
    string? LeftDelimiter = null,
    string? RightDelimiter = null,
    int NumeratorAlign = 0,
    bool Continued = false) : MathNode;

/// <summary><c>\sqrt{…}</c> and <c>\sqrt[n]{…}</c>.</summary>
public sealed record RadicalNode(MathList Radicand, MathList? Degree) : MathNode;

/// <summary>An accent over (or under) a base: <c>\hat</c>, <c>\widehat</c>, <c>\vec</c>, <c>\overrightarrow</c>, <c>\underleftarrow</c>…</summary>
/// <param name="AccentText">The accent character (combining or spacing form, e.g. U+0302).</param>
/// <param name="Stretchy">True for wide accents that grow with the base (\widehat, \overrightarrow).</param>
/// <param name="Under">True when placed below the base.</param>
public sealed record AccentNode(MathList Base, string AccentText, bool Stretchy, bool Under = false) : MathNode;

/// <summary><c>\overline</c> / <c>\underline</c>: a rule over or under the base.</summary>
public sealed record LineNode(MathList Base, bool Under) : MathNode;

/// <summary><c>\overbrace{…}^{label}</c>, <c>\underbrace{…}_{label}</c> and other stretchy over/under symbols with a label.</summary>
public sealed record BraceNode(MathList Base, string BraceText, bool Under, MathList? Label) : MathNode;

/// <summary><c>\overset{over}{base}</c>, <c>\underset</c>, <c>\stackrel</c>: base with small material above/below, class of the base (Rel for \stackrel).</summary>
public sealed record StackNode(MathList Base, MathList? Over, MathList? Under, AtomClass Class) : MathNode;

/// <summary><c>\xrightarrow[below]{above}</c> and friends: a horizontally stretchy arrow sized to its labels.</summary>
public sealed record ExtensibleArrowNode(string ArrowText, MathList? Above, MathList? Below) : MathNode;

/// <summary><c>\left( … \middle| … \right)</c>: delimiters sized to the body. "." (no delimiter) is written as null.</summary>
/// <param name="Body">Contents; each <c>\middle</c> splits it, so there are Middles.Count + 1 segments.</param>
public sealed record DelimitedNode(string? Left, IReadOnlyList<MathList> Segments, IReadOnlyList<string?> Middles, string? Right) : MathNode;

/// <summary><c>\big(</c> … <c>\Bigg]</c>: a delimiter of fixed size 1–4 with the class its command sets (\bigl → Open).</summary>
public sealed record SizedDelimiterNode(string? Delimiter, int Size, AtomClass Class) : MathNode;

/// <summary>Horizontal space. Either in mu (scales with style: \, \; \mkern) or in em of the current size (\quad, \hspace).</summary>
public sealed record SpaceNode(double Amount, SpaceUnit Unit) : MathNode;

public enum SpaceUnit
{
    Mu,
    Em,
}

/// <summary><c>\displaystyle</c> etc.: changes the style for the rest of the enclosing list.</summary>
public sealed record StyleNode(MathStyle Style) : MathNode;

/// <summary>Size commands <c>\tiny … \Huge</c>: scales the rest of the enclosing list by <see cref="Scale"/> (relative to normal size).</summary>
public sealed record SizeNode(double Scale) : MathNode;

/// <summary>Text-mode material (<c>\text{…}</c>, <c>\mbox</c>, <c>\textbf</c>): runs of text and embedded math.</summary>
public sealed record TextNode(IReadOnlyList<TextRun> Runs) : MathNode;

/// <summary>A run inside text mode: literal text in a style, or nested math (<c>$…$</c> inside <c>\text</c>).</summary>
public abstract record TextRun;

public sealed record PlainTextRun(string Text, TextFontStyle Style) : TextRun;

public sealed record MathTextRun(MathList Math) : TextRun;

[Flags]
public enum TextFontStyle
{
    Upright = 0,
    Bold = 1,
    Italic = 2,
    SansSerif = 4,
    Monospace = 8,
}

/// <summary><c>\color{red}{…}</c>, <c>\textcolor</c>, and the rest-of-list form of <c>\color</c>. Colour is a CSS colour string.</summary>
public sealed record ColorNode(string Color, MathList Body) : MathNode;

/// <summary>Framed or shaded boxes: <c>\boxed</c>, <c>\fbox</c>, <c>\colorbox</c>, <c>\fcolorbox</c>.</summary>
public sealed record BoxNode(MathList Body, string? FrameColor, string? BackgroundColor, bool TextMode = false) : MathNode;

public enum CancelKind
{
    Cancel,   // /
    BCancel,  // \
    XCancel,  // X
    Strike,   // horizontal (\sout)
}

public sealed record CancelNode(MathList Body, CancelKind Kind) : MathNode;

/// <summary><c>\phantom</c> (both), <c>\hphantom</c> (width only), <c>\vphantom</c> (height/depth only): invisible, takes space.</summary>
public sealed record PhantomNode(MathList Body, bool KeepWidth, bool KeepHeight) : MathNode;

/// <summary>
/// A list the tree holds in two places (<c>\sideset</c>'s operator is both the operator and the strut its left scripts
/// hang on). Laid out once per context: otherwise nested ones double the work at every level.
/// </summary>
public sealed record SharedList(MathList Body) : MathNode;

/// <summary><c>\smash</c> (optionally [t] or [b]): visible, height and/or depth zeroed.</summary>
public sealed record SmashNode(MathList Body, bool SmashHeight, bool SmashDepth) : MathNode;

/// <summary><c>\mathllap</c> (-1), <c>\mathclap</c> (0), <c>\mathrlap</c> (1), and text-mode \llap/\rlap: zero-width box.</summary>
public sealed record LapNode(MathList Body, int Alignment) : MathNode;

/// <summary><c>\raisebox{amount}{…}</c>: shift up by an amount in em.</summary>
public sealed record RaiseNode(MathList Body, double AmountEm) : MathNode;

/// <summary><c>\rule[raise]{width}{height}</c>, struts: a filled rectangle (zero width = invisible strut). Sizes in em.</summary>
public sealed record RuleNode(double WidthEm, double HeightEm, double RaiseEm = 0) : MathNode;

/// <summary>Horizontal alignment of an array column.</summary>
public enum ColumnAlign
{
    Left,
    Center,
    Right,
}

/// <summary>Column description of <c>array</c>-like environments; separators before the column ("|" solid, ":" dashed).</summary>
public sealed record ArrayColumn(ColumnAlign Align, string? SeparatorBefore = null, double? SpaceBeforeEm = null, double? SpaceAfterEm = null);

/// <summary>Arrays, matrices and aligned environments (environment-specific defaults are applied by the parser).</summary>
/// <param name="Rows">Cells per row.</param>
/// <param name="Columns">Column specs; cells past the last spec repeat the last one (or alternate r/l for aligned).</param>
/// <param name="RowGapsEm">Extra space after each row (<c>\\[1ex]</c>), same length as Rows.</param>
/// <param name="HLines">For each row boundary 0..Rows.Count, the horizontal lines drawn there ("solid"/"dashed"), possibly empty.</param>
/// <param name="RowInfo">Per-row numbering information (tags, labels), same length as Rows.</param>
/// <param name="Kind">How columns and rows are spaced.</param>
/// <param name="Style">Style of the cells (Text for matrices, Display for align, Script for smallmatrix/substack).</param>
/// <param name="LastSeparator">Separator after the last column, if any.</param>
/// <param name="PartialLines">For each row boundary (like HLines), <c>\cline</c> segments as 0-based inclusive column ranges; null when none.</param>
/// <param name="InterTextRows">Indices of rows that are <c>\intertext</c>: one text cell set flush left across the whole width, not numbered; null when none.</param>
public sealed record ArrayNode(
    IReadOnlyList<IReadOnlyList<MathList>> Rows,
    IReadOnlyList<ArrayColumn> Columns,
    IReadOnlyList<double> RowGapsEm,
    IReadOnlyList<IReadOnlyList<string>> HLines,
    IReadOnlyList<ArrayRowInfo> RowInfo,
    ArrayKind Kind,
    MathStyle Style,
    string? LastSeparator = null,
    IReadOnlyList<IReadOnlyList<(int FromColumn, int ToColumn)>>? PartialLines = null,
    IReadOnlyList<int>? InterTextRows = null) : MathNode;

/// <summary>Spacing family of an <see cref="ArrayNode"/>.</summary>
public enum ArrayKind
{
    /// <summary>\arraycolsep on each side of every column (array, matrix family).</summary>
    Array,
    /// <summary>align/aligned: right/left column pairs with no space inside a pair, \jot between rows.</summary>
    Align,
    /// <summary>gather/gathered/multline: one centred column, \jot between rows.</summary>
    Gather,
    /// <summary>cases: left-aligned columns separated by 1em.</summary>
    Cases,
    /// <summary>\substack, subarray, smallmatrix: tight rows.</summary>
    Small,
}

/// <summary>Numbering information of one array row (see <see cref="MathEquationRow"/>).</summary>
public sealed record ArrayRowInfo(string? Tag = null, bool TagIsStarred = false, string? Label = null, bool NoNumber = false);

/// <summary>A top-level display environment that numbers its rows (equation, align, gather, multline, …).</summary>
/// <param name="Name">Environment name as written, e.g. "align*".</param>
/// <param name="Numbered">True for unstarred numbering environments.</param>
public sealed record EnvironmentNode(string Name, bool Numbered, MathNode Body) : MathNode;

/// <summary>Something that could not be parsed: shown in red in place (the command name, or the raw source).</summary>
public sealed record ErrorNode(string Text, string Message) : MathNode;

/// <summary><c>\tag</c>, <c>\label</c>, <c>\notag</c> outside arrays: metadata for the equation row, renders nothing.</summary>
public sealed record EquationMetaNode(string? Tag = null, bool TagIsStarred = false, string? Label = null, bool NoNumber = false) : MathNode;

/// <summary><c>\ref{…}</c>/<c>\eqref{…}</c> inside math: resolved at typesetting time through the session's resolver.</summary>
public sealed record ReferenceNode(string Label, bool WithParentheses) : MathNode;

/// <summary><c>\not</c> applied to the next atom: an overlaid slash (the parser emits a precomposed negation when Unicode has one).</summary>
public sealed record NegationNode(MathNode Body) : MathNode;
