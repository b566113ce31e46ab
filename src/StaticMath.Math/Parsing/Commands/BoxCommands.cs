using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// Boxes and invisible material: <c>\boxed \fbox \colorbox \fcolorbox \bbox</c>, <c>\phantom \hphantom \vphantom</c>,
/// <c>\smash</c>, laps, <c>\raisebox</c>, <c>\rule</c>, <c>\strut \mathstrut</c>.
/// </summary>
internal static class BoxCommands
{
    /// <summary>Frame colour of <c>\boxed</c>/<c>\fbox</c>: the text colour.</summary>
    public const string CurrentColor = "currentColor";

    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("boxed", (p, t) => new BoxNode(p.ParseRequiredArgument(t), CurrentColor, null));
        registry.Add("fbox", (p, t) => new BoxNode(TextCommands.TextArgument(p, t), CurrentColor, null, TextMode: true));
        registry.Add("framebox", (p, t) =>
        {
            p.ReadOptionalStringArgument();
            p.ReadOptionalStringArgument();
            return new BoxNode(TextCommands.TextArgument(p, t), CurrentColor, null, TextMode: true);
        });
        registry.Add("colorbox", (p, t) =>
        {
            var background = ColorCommands.ReadColor(p, t);
            return new BoxNode(TextCommands.TextArgument(p, t), null, background, TextMode: true);
        });
        registry.Add("fcolorbox", (p, t) =>
        {
            var frame = ColorCommands.ReadColor(p, t);
            var background = ColorCommands.ReadColor(p, t);
            return new BoxNode(TextCommands.TextArgument(p, t), frame, background, TextMode: true);
        });
        registry.Add("bbox", BBox);
        // \vcenter centres on the axis; its argument is set as a group (inline math is centred by the layout anyway).
        registry.Add("vcenter", (p, t) => p.ParseRequiredArgument(t));
        registry.Add("mathchoice", (p, t) =>
            new MathChoiceNode(p.ParseRequiredArgument(t), p.ParseRequiredArgument(t), p.ParseRequiredArgument(t), p.ParseRequiredArgument(t)));
        registry.Add("phantom", (p, t) => new PhantomNode(p.ParseRequiredArgument(t), KeepWidth: true, KeepHeight: true));
        registry.Add("hphantom", (p, t) => new PhantomNode(p.ParseRequiredArgument(t), KeepWidth: true, KeepHeight: false));
        registry.Add("vphantom", (p, t) => new PhantomNode(p.ParseRequiredArgument(t), KeepWidth: false, KeepHeight: true));
        registry.Add("smash", Smash);
        registry.Add("mathllap", (p, t) => new LapNode(p.ParseRequiredArgument(t), -1));
        registry.Add("mathclap", (p, t) => new LapNode(p.ParseRequiredArgument(t), 0));
        registry.Add("mathrlap", (p, t) => new LapNode(p.ParseRequiredArgument(t), 1));
        registry.Add("llap", (p, t) => new LapNode(p.ParseRequiredArgument(t), -1));
        registry.Add("clap", (p, t) => new LapNode(p.ParseRequiredArgument(t), 0));
        registry.Add("rlap", (p, t) => new LapNode(p.ParseRequiredArgument(t), 1));
        registry.Add("raisebox", RaiseBox);
        registry.Add("raise", (p, t) => Move(p, t, up: 1, right: 0));
        registry.Add("lower", (p, t) => Move(p, t, up: -1, right: 0));
        registry.Add("moveleft", (p, t) => Move(p, t, up: 0, right: -1));
        registry.Add("moveright", (p, t) => Move(p, t, up: 0, right: 1));
        registry.Add("rule", Rule);
        // LaTeX's \strut: 0.7 and 0.3 of a 12pt baseline skip.
        registry.Add("strut", (_, _) => new RuleNode(0, 1.2, -0.36));
        registry.Add("mathstrut", (_, t) => new PhantomNode(new MathList([new SymbolAtom(AtomClass.Open, "(") { Offset = t.Offset }]), KeepWidth: false, KeepHeight: true));
    }

    private static MathNode Smash(MathParser parser, Token command)
    {
        var which = parser.ReadOptionalStringArgument();
        var body = parser.ParseRequiredArgument(command);
        return which switch
        {
            "t" => new SmashNode(body, SmashHeight: true, SmashDepth: false),
            "b" => new SmashNode(body, SmashHeight: false, SmashDepth: true),
            _ => new SmashNode(body, SmashHeight: true, SmashDepth: true),
        };
    }

    /// <summary>
    /// TeX's <c>\raise 2pt x</c>, <c>\lower</c>, <c>\moveleft</c>, <c>\moveright</c> as MathJax reads them: a dimension, then
    /// the box as one argument. Moving sideways keeps the box's width where it was (a kern before, its negative after).
    /// </summary>
    private static MathNode Move(MathParser parser, Token command, int up, int right)
    {
        var amount = parser.ReadInlineDimension(command);
        var body = parser.ParseRequiredArgument(command);
        if (amount is not { } d)
        {
            return body;
        }

        if (up != 0)
        {
            return new RaiseNode(body, up * d.ToEm());
        }

        var shift = SpacingCommands.FromDimension(d);
        var before = shift with { Amount = right * shift.Amount, Offset = command.Offset };
        var after = shift with { Amount = -right * shift.Amount, Offset = command.Offset };
        return new MathList([before, new ClassedGroup(AtomClass.Ord, body) { Offset = command.Offset }, after]) { Offset = command.Offset };
    }

    /// <summary><c>\raisebox{amount}[height][depth]{text}</c>.</summary>
    private static MathNode RaiseBox(MathParser parser, Token command)
    {
        var amount = parser.ReadDimensionArgument(command);
        parser.ReadOptionalStringArgument();
        parser.ReadOptionalStringArgument();
        var body = TextCommands.TextArgument(parser, command);
        return new RaiseNode(body, amount?.ToEm() ?? 0);
    }

    /// <summary><c>\rule[raise]{width}{height}</c>.</summary>
    private static MathNode? Rule(MathParser parser, Token command)
    {
        var raiseText = parser.ReadOptionalStringArgument();
        var raise = 0.0;
        if (raiseText is not null)
        {
            if (Dimension.TryParse(raiseText, out var r))
            {
                raise = r.ToEm();
            }
            else
            {
                parser.Diagnostics.Add(command.Offset, $"Invalid dimension '{raiseText}' for \\rule", command.ToSource().Length);
            }
        }

        var width = parser.ReadDimensionArgument(command);
        var height = parser.ReadDimensionArgument(command);
        return new RuleNode(width?.ToEm() ?? 0, height?.ToEm() ?? 0, raise);
    }

    /// <summary>MathJax's <c>\bbox[options]{math}</c>: a colour gives the background, "border" a frame; padding is ignored.</summary>
    private static MathNode BBox(MathParser parser, Token command)
    {
        var options = parser.ReadOptionalStringArgument();
        string? background = null;
        string? frame = null;
        if (options is not null)
        {
            foreach (var option in options.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (option.StartsWith("border", StringComparison.Ordinal))
                {
                    frame = CurrentColor;
                }
                else if (!Dimension.TryParse(option, out _) && Colors.ColorParser.Resolve(option, name => parser.Scope.TryGetColor(name, out var c) ? c : null) is { } color)
                {
                    background = color;
                }
            }
        }

        return new BoxNode(parser.ParseRequiredArgument(command), frame, background);
    }
}
