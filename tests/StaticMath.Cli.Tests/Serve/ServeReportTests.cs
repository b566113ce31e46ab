using StaticMath.Cli.Commands;
using StaticMath.Preview;
using StaticMath.Site.Build;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Output;

namespace StaticMath.Cli.Tests.Serve;

/// <summary><c>serve</c> prints a problem when it is new or changed, not again after every save while it stays.</summary>
public class ServeReportTests
{
    private static PreviewSnapshot Snapshot(long number, params Diagnostic[] diagnostics) =>
        new(number, new MemoryOutput(), new BuildResult
        {
            Succeeded = true, OutputWritten = false, OutputDirectory = "(memory)", PagesWritten = 1, FilesCopied = 0,
            Diagnostics = diagnostics, Elapsed = TimeSpan.FromMilliseconds(5),
        }, "/", 1, 1, TimeSpan.FromMilliseconds(5));

    [Fact]
    public void Only_new_or_changed_problems_are_printed_again()
    {
        var report = new ServeReport();
        var output = new StringWriter();
        var problems = new StringWriter();
        var a = Diagnostic.Warning("SM1111", "content/a.md", 3, 1, "ambiguous date");
        var b = Diagnostic.Warning("SM1111", "content/b.md", 3, 1, "ambiguous date");
        var bMoved = Diagnostic.Warning("SM1111", "content/b.md", 4, 1, "ambiguous date");

        report.Print(Snapshot(1, a, b), output, problems);
        report.Print(Snapshot(2, a, b), output, problems);
        report.Print(Snapshot(3, a, bMoved), output, problems);
        report.Print(Snapshot(4, a), output, problems);
        report.Print(Snapshot(5, a, b), output, problems);

        Assert.Equal([a.ToString(), b.ToString(), bMoved.ToString(), b.ToString()],
            problems.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains("2 warning(s) (2 printed before)", lines[1]);
        Assert.Contains("2 warning(s) (1 printed before)", lines[2]);
    }
}
