using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Foundation;

/// <summary>
/// A feature's section of staticmath.yml is read, checked and kept out of <c>site.*</c> because the feature declares
/// it (<see cref="SettingsSection"/>), not because the configuration folder knows the feature's settings class.
/// </summary>
public sealed class FeatureSettingsSectionTests
{
    /// <summary>The settings of a feature that exists only in this test.</summary>
    public sealed class WidgetSettings
    {
        public int Size { get; set; } = 1;

        public string Colour { get; set; } = "blue";
    }

    private static readonly IReadOnlyList<SettingsSection> WidgetSection = [SettingsSection.Of<WidgetSettings>("widgets")];

    [Fact]
    public void A_declared_section_is_read_into_its_settings_class_and_is_not_a_site_variable()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: T\nWidgets:\n  size: 3\n", "staticmath.yml", WidgetSection, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(3, config.Section<WidgetSettings>().Size);
        Assert.Equal("blue", config.Section<WidgetSettings>().Colour);
        Assert.Equal((3, 3), config.Locations.Of("widgets.size"));
        Assert.False(config.Extra.ContainsKey("Widgets"));
    }

    [Fact]
    public void A_declared_section_gets_the_core_settings_checks_at_its_lines()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("widgets:\n  size: lots\n  colur: red\nwidgts: {}\n", "staticmath.yml", WidgetSection, diagnostics);

        Assert.Equal([
            "staticmath.yml(2,9): error SM1002: invalid configuration value: 'widgets.size' expects a whole number, not 'lots'; the default is used",
            "staticmath.yml(3,3): warning SM1501: unknown setting 'widgets.colur' is ignored (did you mean 'widgets.colour'?)",
            "staticmath.yml(4,1): warning SM1501: unknown setting 'widgts' is ignored (did you mean 'widgets'?)"],
            diagnostics.Sorted().Select(d => d.ToString()));
        Assert.Equal(1, config.Section<WidgetSettings>().Size);
    }

    [Fact]
    public void A_section_no_feature_declares_is_the_sites_own_variable()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("math:\n  numbering: ams\n", "staticmath.yml", WidgetSection, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("none", config.Section<MathConfig>().Numbering);
        Assert.Equal("ams", Assert.IsType<Dictionary<string, object?>>(config.Extra["math"])["numbering"]);
    }

    [Fact]
    public void Every_feature_section_has_its_own_name_and_settings_class()
    {
        Assert.Equal(["math", "callouts", "figures", "embeds", "code", "kramdown"], SiteFeatures.Sections.Select(s => s.Name));
        Assert.Equal(SiteFeatures.Sections.Count, SiteFeatures.Sections.Select(s => s.Type).Distinct().Count());
    }
}
