namespace StaticMath.Robustness.Tests;

/// <summary>A site using most features: posts with math, numbering, tags, dates with zones, a bibliography, Liquid.</summary>
internal static class SampleSite
{
    public static TempSite Create(string extraConfig = "")
    {
        var site = new TempSite("title: Determinism\nbaseUrl: https://example.org/\npaginate: 2\nmath:\n  numbering: ams\n" + extraConfig);
        site.Write("_bibliography/refs.bib", "@article{k1, title={Über Integrale}, author={Müller, Ilse and İnce, Işık}, year={2020}}\n@book{k2, title={Second}, author={Smith, A.}, year={1999}}\n");
        for (var i = 0; i < 12; i++)
        {
            site.Write($"content/posts/2024-0{1 + i % 9}-1{i % 9}-post-{i}.md",
                $"---\ntitle: \"Post {i}: İstanbul ıi Straße {i * 1.5}\"\ndate: 2024-0{1 + i % 9}-1{i % 9} 1{i % 10}:30:00 +0{i % 9}:00\ntags: [Zeta, ÄLPHA, istanbul, tag{i % 3}]\nlayout: {(i % 4 == 0 ? "distill" : "post")}\nbibliography: refs.bib\n---\n\n" +
                $"Number {i * 1234.5} and $x_{{{i}}} = {i}.5 \\cdot 10^{{-3}}$.\n\n\\begin{{align}}\na &= b + {i}.25 \\label{{eq:{i}}}\\\\\nc &= \\frac{{1}}{{{i + 2}}}\n\\end{{align}}\n\nSee \\eqref{{eq:{i}}} and <d-cite key=\"k1,k2\"></d-cite>.\n\n" +
                "{% assign n = 3.75 %}{{ n | times: 2 }} {{ page.date | date: \"%A %B %-d, %Y\" }} {{ 'I' | downcase }}\n");
        }
        site.Write("content/about.md", "---\ntitle: About\n---\n\nAbout, with $\\sum_i i$.\n");
        return site;
    }
}
