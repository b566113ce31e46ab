namespace StaticMath.Site.Tests.CommonMark;

/// <summary>One example of the CommonMark spec: its number, section, Markdown input and expected HTML.</summary>
internal sealed record SpecExample(int Number, string Section, string Markdown, string Html)
{
    private const string Fence = "````````````````````````````````";

    /// <summary>Reads spec.txt as the spec's own <c>test/spec_tests.py</c> does (→ stands for a tab).</summary>
    public static IReadOnlyList<SpecExample> Load(string specPath)
    {
        var examples = new List<SpecExample>();
        var section = "";
        var lines = File.ReadAllLines(specPath);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) section = lines[i].TrimStart('#').Trim();
            if (lines[i] != Fence + " example") continue;
            var markdown = new List<string>();
            for (i++; lines[i] != "."; i++) markdown.Add(lines[i]);
            var html = new List<string>();
            for (i++; lines[i] != Fence; i++) html.Add(lines[i]);
            examples.Add(new SpecExample(examples.Count + 1, section, Join(markdown), Join(html)));
        }
        return examples;
    }

    private static string Join(List<string> lines) =>
        lines.Count == 0 ? "" : string.Join("\n", lines).Replace('→', '\t') + "\n";
}
