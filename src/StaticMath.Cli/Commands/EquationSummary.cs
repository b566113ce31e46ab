using System.Globalization;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Cli.Commands;

/// <summary>The build summary's math line: <c>equations: N (M typeset, K from cache)</c>.</summary>
public static class EquationSummary
{
    public static bool IsPartOfEquationLine(string counter) =>
        counter is MathBuildServices.EquationsCounter or MathBuildServices.TypesetCounter or MathBuildServices.FromCacheCounter;

    /// <summary>"N (M typeset, K from cache)", or null when the build rendered no math.</summary>
    public static string? Line(IReadOnlyList<KeyValuePair<string, long>> counters)
    {
        long Get(string name) => counters.FirstOrDefault(c => c.Key == name).Value;
        var total = Get(MathBuildServices.EquationsCounter);
        if (total == 0)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{total} ({Get(MathBuildServices.TypesetCounter)} typeset, {Get(MathBuildServices.FromCacheCounter)} from cache)");
    }
}
