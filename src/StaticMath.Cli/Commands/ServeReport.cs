using System.Globalization;
using StaticMath.Preview;

namespace StaticMath.Cli.Commands;

/// <summary>
/// What <c>serve</c> prints after each build: the problems that are new or changed since the previous build (a warning
/// that stays is not printed again on every save), then one summary line with the totals.
/// </summary>
public sealed class ServeReport
{
    private HashSet<string> _previous = new(StringComparer.Ordinal);

    public void Print(PreviewSnapshot snapshot) => Print(snapshot, Console.Out, Console.Error);

    public void Print(PreviewSnapshot snapshot, TextWriter output, TextWriter problems)
    {
        var current = snapshot.Result.Diagnostics.Select(d => d.ToString()).ToList();
        var fresh = current.Where(d => !_previous.Contains(d)).ToList();
        foreach (var diagnostic in fresh) problems.WriteLine(diagnostic);
        var unchanged = current.Count - fresh.Count;
        _previous = current.ToHashSet(StringComparer.Ordinal);

        var ms = snapshot.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var state = snapshot.HasErrors ? $"{snapshot.Result.ErrorCount} error(s) — the browser shows them" : "ok";
        var repeated = unchanged > 0 ? $" ({unchanged} printed before)" : "";
        output.WriteLine($"build {snapshot.Number}: {ms} ms, {snapshot.BodiesRendered} page(s) rendered, {snapshot.PagesLaidOut} laid out, {snapshot.Result.WarningCount} warning(s){repeated}, {state}");
    }
}
