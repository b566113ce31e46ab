using StaticMath.Math;

namespace StaticMath.Math.Tests;

/// <summary><see cref="MathEngineInfo.SupportedCommands"/> reads the parser's registries (the docs are generated from it).</summary>
public sealed class SupportedCommandsTests
{
    [Theory]
    [InlineData("frac", MathCommandKind.Command, "Fraction")]
    [InlineData("sqrt", MathCommandKind.Command, "Radical")]
    [InlineData("alpha", MathCommandKind.Symbol, "Letters and other symbols")]
    [InlineData("leq", MathCommandKind.Symbol, "Relations and arrows")]
    [InlineData("sum", MathCommandKind.Symbol, "Big operators")]
    [InlineData("sin", MathCommandKind.Symbol, "Named operators")]
    [InlineData("iff", MathCommandKind.Macro, "Built-in macros")]
    [InlineData("newcommand", MathCommandKind.Definition, "Definitions and grouping")]
    [InlineData("pmatrix", MathCommandKind.Environment, "Matrix")]
    [InlineData("CD", MathCommandKind.Environment, "Commutative diagram")]
    [InlineData("cases", MathCommandKind.Command, "Plain alignment")]
    public void Lists_names_from_every_registry_with_their_family(string name, MathCommandKind kind, string family)
    {
        var entry = Assert.Single(MathEngineInfo.SupportedCommands(), c => c.Name == name && c.Kind == kind);
        Assert.Equal(family, entry.Family);
    }

    [Fact]
    public void Every_listed_command_is_known_to_the_parser_and_none_is_listed_twice()
    {
        var all = MathEngineInfo.SupportedCommands();
        Assert.Equal(all.Count, all.Select(c => (c.Kind, c.Name)).Distinct().Count());
        // A known command may complain about its arguments, never that it is undefined.
        foreach (var command in all.Where(c => c.Kind is MathCommandKind.Symbol or MathCommandKind.Command or MathCommandKind.Macro))
        {
            var result = MathRenderer.Default.Render(command.Usage + "{x}{y}", MathMode.Display);
            Assert.DoesNotContain(result.Errors, e => e.Message.Contains("Undefined control sequence " + command.Usage, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_unknown_command_is_not_listed()
    {
        Assert.DoesNotContain(MathEngineInfo.SupportedCommands(), c => c.Name == "notacommand");
        Assert.Equal(@"\begin{cases}", Assert.Single(MathEngineInfo.SupportedCommands(), c => c.Name == "cases" && c.Kind == MathCommandKind.Environment).Usage);
    }
}
