using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;

namespace StaticMath.Site.Tests.Foundation;

public class QuartoContentTests
{
    [Fact]
    public void Qmd_file_is_a_page_with_rendered_math_and_is_never_copied_raw()
    {
        using var site = new TempSite().With("content/posts/ito.qmd", "---\ntitle: \"Itô's lemma\"\ndate: 2024-02-01\n---\n\nLet $X_t$ be a process.\n\n$$\ndf = f' dX\n$$ {#eq-ito}\n");
        var result = site.Build();
        Assert.False(result.Diagnostics.Any(d => d.IsError), string.Join("\n", result.Diagnostics));
        Assert.False(site.Exists("posts/ito.qmd"));
        var html = site.Read("posts/ito/index.html");
        Assert.Contains("lemma</h1>", html);
        Assert.Contains("aria-label=\"X_t\"", html);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public void Date_today_is_the_build_date_in_the_site_time_zone_without_a_time()
    {
        // 23:30 UTC on 1 June is already 2 June in Tokyo.
        var now = new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero);
        using var site = new TempSite().With("content/posts/q.qmd", "---\ntitle: Q\ndate: today\n---\n");
        var page = Assert.Single(Load(site, now, new SiteConfig { Timezone = "Asia/Tokyo" }).Pages);
        Assert.False(page.Date!.Value.HasTime);
        Assert.Equal(new DateTime(2026, 6, 2), page.Date.Value.Value.Date);
        Assert.Equal(TimeSpan.FromHours(9), page.Date.Value.Value.Offset);

        var utc = Assert.Single(Load(site, now, new SiteConfig()).Pages);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), utc.Date!.Value.Value);
    }

    [Fact]
    public void Date_now_is_the_build_time_and_the_page_is_not_in_the_future()
    {
        var now = new DateTimeOffset(2026, 6, 1, 8, 15, 0, TimeSpan.Zero);
        using var site = new TempSite().With("content/posts/n.md", "---\ntitle: N\ndate: now\n---\n");
        var page = Assert.Single(Load(site, now, new SiteConfig { Timezone = "Europe/Paris" }).Pages);
        Assert.True(page.Date!.Value.HasTime);
        Assert.Equal(now, page.Date.Value.Value);
        Assert.Equal(TimeSpan.FromHours(2), page.Date.Value.Value.Offset);
    }

    [Theory]
    [InlineData("1717243200", 2024, 6, 1)]
    [InlineData(" 0 ", 1970, 1, 1)]
    public void Source_date_epoch_names_the_build_instant(string value, int year, int month, int day)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, 12 * (value.Trim() == "0" ? 0 : 1), 0, 0, TimeSpan.Zero), BuildClock.FromSourceDateEpoch(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("soon")]
    [InlineData("99999999999999999999")]
    public void Unusable_source_date_epoch_is_ignored(string? value)
    {
        Assert.Null(BuildClock.FromSourceDateEpoch(value));
    }

    [Fact]
    public void Unknown_time_zone_is_a_warning_and_utc_is_used()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: x\ntimezone: Mars/Olympus\n", "staticmath.yml", SiteFeatures.Sections, diagnostics);
        var warning = Assert.Single(diagnostics.ToList());
        Assert.Equal("SM1008", warning.Code);
        Assert.Equal(2, warning.Line);
        Assert.Equal(TimeZoneInfo.Utc, BuildClock.ZoneOf(config.Timezone));
    }

    private static SiteContent Load(TempSite site, DateTimeOffset now, SiteConfig config)
    {
        var options = new BuildOptions { SourceDirectory = site.Root, Now = now };
        return new ContentLoader(config, options, new DiagnosticBag()).Load();
    }
}
