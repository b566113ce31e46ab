using Fluid;
using Fluid.Ast;
using Parlot;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Fluid's Liquid parser plus the tags of a <see cref="LiquidRegistry"/>. Fluid parsers are immutable once built and
/// safe to share between threads.
/// </summary>
internal sealed class SiteLiquidParser : FluidParser
{
    public SiteLiquidParser(IReadOnlyDictionary<string, LiquidTag> tags, IReadOnlyDictionary<string, LiquidBlock> blocks)
        : base(new FluidParserOptions { AllowFunctions = false })
    {
        var liquidInclude = RegisteredTags["include"];
        // The raw text up to "%}" — Jekyll's tag arguments do not follow Liquid's expression grammar.
        var arguments = AnyCharBefore(TagEnd, canBeEmpty: true);
        foreach (var (name, tag) in tags) RegisterParserTag(name, arguments, (span, writer, encoder, context) => tag(span, writer, encoder, context));
        foreach (var (name, block) in blocks) RegisterParserBlock(name, arguments, (span, body, writer, encoder, context) => block(span, body, writer, encoder, context));
        if (tags.ContainsKey("include")) RegisteredTags["include"] = new IncludeSpelling(liquidInclude, RegisteredTags["include"]);
    }

    /// <summary>A quoted name is Liquid's include (theme partials); anything else the registered tag (Jekyll's include).</summary>
    private sealed class IncludeSpelling(Parser<Statement> quoted, Parser<Statement> other) : Parser<Statement>
    {
        public override bool Parse(ParseContext context, ref ParseResult<Statement> result)
        {
            var start = context.Scanner.Cursor.Position;
            context.SkipWhiteSpace();
            var first = context.Scanner.Cursor.Current;
            context.Scanner.Cursor.ResetPosition(start);
            return (first is '\'' or '"' ? quoted : other).Parse(context, ref result);
        }
    }
}
