using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Diagnostics;

/// <summary>
/// Codes that had no test of their own: each one is reported for its cause, at its file and line, and the rest of the
/// site still builds.
/// </summary>
public sealed class ReportedCodeTests
{
    private const string Config = "title: T\nbaseUrl: https://example.org/\n";

    [Fact]
    public void A_missing_source_folder_is_reported_and_nothing_is_built()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sm-missing-" + Guid.NewGuid().ToString("N"));

        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = missing, NoCache = true, Now = TempSite.Now });

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.SourceMissing);
        Assert.True(error.IsError);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void An_unknown_theme_warns_and_the_default_theme_is_used()
    {
        using var site = new TempSite().With("staticmath.yml", Config + "theme: no-such-theme\n").With("content/index.md", "# Home\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ThemeNotFound);
        Assert.Contains("no-such-theme", warning.Message, StringComparison.Ordinal);
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void Two_static_files_for_one_path_keep_the_first_and_warn_about_the_other()
    {
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("content/files/a.txt", "from content\n")
            .With("static/files/a.txt", "from static\n");

        var result = site.Build();

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateStaticFile);
        Assert.True(result.Succeeded);
        Assert.True(site.Exists("files/a.txt"));
    }

    [Fact]
    public void More_tags_than_the_limit_keep_the_first_ones_with_a_warning_at_the_key()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 101).Select(i => "t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("content/posts/2026-01-01-many.md", $"---\ntitle: Many\ntags: [{tags}]\n---\nText.\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooManyTerms);
        Assert.Equal(3, warning.Line);
        Assert.True(site.Exists("tags/t99/index.html"));
        Assert.False(site.Exists("tags/t100/index.html"));
    }

    [Fact]
    public void An_equation_label_defined_twice_warns_at_the_second()
    {
        using var site = new TempSite().With("staticmath.yml", Config + "math:\n  numbering: ams\n")
            .With("content/page.md", "# P\n\n\\begin{equation}\na \\label{x}\n\\end{equation}\n\n\\begin{equation}\nb \\label{x}\n\\end{equation}\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateEquationLabel);
        Assert.Equal("content/page.md", warning.Path);
        Assert.True(warning.Line >= 7, warning.ToString());
        Assert.True(site.Exists("page/index.html"));
    }

    [Fact]
    public void A_toc_entry_without_its_heading_warns_at_the_toc_key()
    {
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("content/page.md", "---\ntitle: P\ntoc:\n  - name: Present\n  - name: Absent\n---\n## Present\n\nText.\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TocEntryNotFound);
        Assert.Equal(3, warning.Line);
        Assert.Contains("Absent", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_youtube_tag_without_an_id_warns_at_its_line_and_stays_visible()
    {
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("content/page.md", "---\ntitle: P\n---\nBefore.\n\n{% youtube %}\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BadTagArguments);
        Assert.Equal(6, warning.Line);
        Assert.Contains("Before.", site.Read("page/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bibtex_syntax_error_warns_in_the_bib_file_and_the_other_entries_still_cite()
    {
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("content/refs.bib", "@article{good, author = {Ho, Jonathan}, title = {Good}, year = 2020}\n@article{bad, title = {unclosed\n")
            .With("content/page.md", "---\ntitle: P\nbibliography: refs.bib\n---\nSee [@good].\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BibliographySyntax);
        Assert.EndsWith("refs.bib", warning.Path, StringComparison.Ordinal);
        Assert.Contains("Ho 2020", site.Read("page/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_too_many_link_openers_is_one_error_at_its_line()
    {
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("content/crowded.md", "# C\n\n" + string.Concat(Enumerable.Repeat("[a](", 1_001)) + "\n")
            .With("content/fine.md", "# F\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooManyLinkOpeners);
        Assert.Equal(3, error.Line);
        Assert.Equal("content/crowded.md", error.Path);
        Assert.Single(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void An_unknown_unsafe_url_policy_warns_at_its_key_and_reads_as_warn()
    {
        using var site = new TempSite().With("staticmath.yml", Config + "security:\n  unsafeUrls: maybe\n")
            .With("content/page.md", "# P\n\n[x](javascript:alert(1))\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownUnsafeUrlPolicy);
        Assert.Equal(4, warning.Line);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeUrl && !d.IsError);
    }

    [Fact]
    public void A_mermaid_diagram_asked_for_in_front_matter_warns_that_it_is_not_drawn()
    {
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("content/page.md", "---\ntitle: P\nmermaid: true\n---\n<div class=\"mermaid\">graph TD; A-->B</div>\n");

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsupportedFeature);
        Assert.Equal(3, warning.Line);
        Assert.True(site.Exists("page/index.html"));
    }

    [Fact]
    public void Layouts_that_name_each_other_are_one_error_at_the_page()
    {
        using var site = new TempSite().With("staticmath.yml", Config)
            .With("layouts/a.liquid", "---\nlayout: b\n---\n{{ content }}")
            .With("layouts/b.liquid", "---\nlayout: a\n---\n{{ content }}")
            .With("content/page.md", "---\ntitle: P\nlayout: a\n---\nText.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LayoutTooDeep);
        Assert.Equal("content/page.md", error.Path);
    }
}
