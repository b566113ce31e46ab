using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Tests.Foundation;
using StaticMath.Site.Themes;
using YamlDotNet.RepresentationModel;

namespace StaticMath.Site.Tests.Theme;

/// <summary>
/// <c>language:</c> puts the default theme's words and dates in that language, from the theme's i18n/ files, which a
/// site overrides key by key; English stays the fallback.
/// </summary>
public sealed class LocalizationTests
{
    private static readonly string[] Languages = ["en", "de", "fr", "es", "zh", "ja"];

    private static TempSite Blog(string config) => new TempSite()
        .With("staticmath.yml", config + "paginate: 1\n")
        .With("content/posts/2025-12-06-first.md", "---\ntitle: First\ntags: [Analysis]\ntoc: true\n---\n## One\n\nText.\n\n## Two\n\nMore.\n")
        .With("content/posts/2025-01-02-second.md", "---\ntitle: Second\ntags: [Analysis, Algebra]\n---\nText.\n");

    [Fact]
    public void A_german_site_has_german_dates_and_theme_words_everywhere()
    {
        using var site = Blog("title: Notizen\nlanguage: de\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var post = site.Read("posts/first/index.html");
        Assert.Contains(">6. Dezember 2025</time>", post);
        Assert.Contains("1 Min. Lesezeit", post);
        Assert.Contains("← Vorheriger Beitrag", post);
        Assert.Contains("<p class=\"toc__title\">Inhalt</p>", post);
        Assert.Contains("Zum Inhalt springen", post);
        Assert.Contains(">2. Januar 2025</time>", site.Read("page/2/index.html"));
        Assert.Contains("Seite 2 von 2", site.Read("page/2/index.html"));
        Assert.Contains("<title>Notizen — Seite 2 ", site.Read("page/2/index.html"));
        Assert.Contains("Nächster Beitrag →", site.Read("posts/second/index.html"));
        Assert.Contains("2 Beiträge", site.Read("tags/analysis/index.html"));
        Assert.Contains("1 Beitrag ", site.Read("tags/algebra/index.html"));
        Assert.Contains("<title>Schlagwort „Analysis“ ", site.Read("tags/analysis/index.html"));
        Assert.Contains("Seite nicht gefunden", site.Read("404.html"));
        Assert.Contains("Versuchen Sie es mit der <a href=\"/\">Startseite</a>", site.Read("404.html"));

        string[] english = ["December", "January", "min read", "Previous", "Next →", "Page not found", "Skip to content", "Contents", " posts", "Tagged", "All tags", "Built with"];
        foreach (var file in new[] { "posts/first/index.html", "posts/second/index.html", "index.html", "page/2/index.html", "tags/analysis/index.html", "tags/index.html", "404.html" })
        {
            var html = site.Read(file);
            foreach (var word in english) Assert.False(html.Contains(word, StringComparison.Ordinal), $"{file} still says '{word}'");
        }
    }

    [Theory]
    [InlineData("fr", ">6 décembre 2025</time>", "1 min de lecture")]
    [InlineData("es", ">6 de diciembre de 2025</time>", "1 min de lectura")]
    [InlineData("zh", ">2025年12月6日</time>", "阅读约 1 分钟")]
    [InlineData("ja", ">2025年12月6日</time>", "1 分で読めます")]
    [InlineData("en", ">December 6, 2025</time>", "1 min read")]
    [InlineData("de-AT", ">6. Dezember 2025</time>", "1 Min. Lesezeit")]
    public void Each_shipped_language_writes_its_own_date_and_reading_time(string language, string date, string readingTime)
    {
        using var site = Blog($"language: {language}\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var post = site.Read("posts/first/index.html");
        Assert.Contains(date, post);
        Assert.Contains(readingTime, post);
        Assert.Contains($"<html lang=\"{language}\">", post);
    }

    [Fact]
    public void A_sites_i18n_file_overrides_only_the_keys_it_lists()
    {
        using var site = Blog("language: de\n")
            .With("i18n/de.yml", "min_read: \"{count} Minuten\"\ndate:\n  format: \"%d.%m.%Y\"\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var post = site.Read("posts/first/index.html");
        Assert.Contains("1 Minuten", post);
        Assert.Contains(">06.12.2025</time>", post);
        Assert.Contains("← Vorheriger Beitrag", post);
    }

    [Fact]
    public void A_language_without_translations_warns_once_and_stays_english()
    {
        using var site = Blog("language: pt\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SM1530");
        Assert.Equal("staticmath.yml", warning.Path);
        Assert.Contains("'pt'", warning.Message);
        Assert.Contains(">December 6, 2025</time>", site.Read("posts/first/index.html"));
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void A_broken_translation_file_is_a_located_error()
    {
        using var site = Blog("language: de\n").With("i18n/de.yml", "min_read: [a, b]\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "SM1532");
        Assert.Equal("i18n/de.yml", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Contains("'min_read'", error.Message);
    }

    [Fact]
    public void Every_shipped_language_translates_every_english_key_and_names_twelve_months()
    {
        var english = Keys("en");
        foreach (var language in Languages)
        {
            Assert.Equal(english, Keys(language));
            var diagnostics = new DiagnosticBag();
            var words = Translations.Load(ThemeFiles.EmbeddedDefault(), language, diagnostics);
            Assert.Empty(diagnostics.ToList());
            Assert.Equal(12, words.DateCulture.DateTimeFormat.MonthNames.Count(n => n.Length > 0));
            Assert.NotEqual(language != "en", words.DateCulture.DateTimeFormat.MonthNames[11] == "December");
        }
    }

    [Fact]
    public void Every_word_the_default_theme_asks_for_exists()
    {
        using var site = Blog("language: en\nsearch: true\n").With("content/index.md", "---\ntitle: Home\n---\nHi.\n");

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1531");
    }

    private static SortedSet<string> Keys(string language)
    {
        var file = ThemeFiles.EmbeddedDefault().Find($"i18n/{language}.yml");
        Assert.NotNull(file);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(file.ReadAllText()));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return new SortedSet<string>(root.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Concat(
            ((YamlMappingNode)root["date"]).Children.Keys.Select(k => "date." + ((YamlScalarNode)k).Value)), StringComparer.Ordinal);
    }
}
