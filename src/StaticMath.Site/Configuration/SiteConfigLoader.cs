using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using StaticMath.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticMath.Site.Configuration;

/// <summary>
/// Reads <c>staticmath.yml</c>: the core settings into <see cref="SiteConfig"/>, and each feature section named in
/// <c>sections</c> (the features' declarations, <c>SiteFeatures.Sections</c>) into its settings class. Problems become
/// SM10xx/SM15xx diagnostics pointing into the file.
/// </summary>
public static class SiteConfigLoader
{
    public const string FileName = "staticmath.yml";

    private static readonly IDeserializer Deserializer = MakeDeserializer();

    // YamlDotNet fills the settings classes by reflection. The precompiled tool (Native AOT) keeps this assembly whole
    // (TrimMode=partial), so their members are all there; the collections they hold are types the classes name. CI
    // builds the docs with the installed tool and compares them with the portable build's (.ci/install-path).
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Settings classes of this assembly, kept whole in the precompiled tool.")]
    private static IDeserializer MakeDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithCaseInsensitivePropertyMatching()
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>Loads <c>staticmath.yml</c> (or <c>.yaml</c>) from the site folder; a missing file gives the defaults.</summary>
    public static SiteConfig LoadFromDirectory(string siteDirectory, IReadOnlyList<SettingsSection> sections, DiagnosticBag diagnostics)
    {
        foreach (var name in SiteRoot.ConfigFileNames)
        {
            var path = Path.Combine(siteDirectory, name);
            if (!File.Exists(path)) continue;
            string text;
            try { text = File.ReadAllText(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.ConfigValue, name, 0, 0, $"cannot read the site configuration: {e.Message}");
                return new SiteConfig();
            }
            return Parse(text, name, sections, diagnostics);
        }
        return new SiteConfig();
    }

    public static SiteConfig Parse(string yaml, string displayPath, IReadOnlyList<SettingsSection> sections, DiagnosticBag diagnostics)
    {
        if (YamlNesting.FindTooDeep(yaml) is var (deepLine, deepColumn))
        {
            diagnostics.Error(DiagnosticCodes.ConfigSyntax, displayPath, deepLine, deepColumn, YamlNesting.Message);
            return new SiteConfig();
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            var (line, column, message) = YamlErrorLocator.Locate(yaml, e);
            diagnostics.Error(DiagnosticCodes.ConfigSyntax, displayPath, line, column, "invalid YAML: " + message);
            return new SiteConfig();
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new SiteConfig();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var start = stream.Documents[0].RootNode.Start;
            diagnostics.Error(DiagnosticCodes.ConfigSyntax, displayPath, (int)start.Line, (int)start.Column, "the configuration must be a mapping of keys to values");
            return new SiteConfig();
        }

        if (YamlAliasBudget.FindOverBudget(root) is { } bomb)
        {
            diagnostics.Error(DiagnosticCodes.ConfigSyntax, displayPath, (int)bomb.Start.Line, (int)bomb.Start.Column, YamlAliasBudget.Message);
            return new SiteConfig();
        }

        // A scalar `permalinks: /blog/{slug}/` is shorthand for the posts pattern.
        var rewritten = false;
        foreach (var (key, value) in root.Children.ToList())
        {
            if (string.Equals(YamlValues.KeyText(key), "permalinks", StringComparison.OrdinalIgnoreCase) && value is YamlScalarNode s)
            {
                root.Children[key] = new YamlMappingNode(new YamlScalarNode("posts"), new YamlScalarNode(s.Value ?? ""));
                rewritten = true;
            }
        }

        var locations = new ConfigKeyLocations { File = displayPath };
        rewritten |= ConfigModelCheck.Check(root, sections, Deserializer, displayPath, diagnostics, locations);

        SiteConfig config;
        try
        {
            var text = yaml;
            if (rewritten)
            {
                var writer = new StringWriter();
                new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
                text = writer.ToString();
            }
            config = Deserializer.Deserialize<SiteConfig>(text) ?? new SiteConfig();
            ReadSections(root, sections, config, displayPath, diagnostics);
        }
        catch (YamlException e)
        {
            // After a rewrite positions refer to the re-serialised text; then name the offending key's line instead.
            var line = rewritten ? FindKeyLine(root, e) ?? 0 : (int)e.Start.Line;
            var column = rewritten ? (line > 0 ? 1 : 0) : (int)e.Start.Column;
            diagnostics.Error(DiagnosticCodes.ConfigValue, displayPath, line, column, "invalid configuration value: " + InnermostMessage(e));
            config = new SiteConfig();
        }

        var known = KnownKeys(sections);
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            var name = YamlValues.KeyText(key);
            if (!known.Contains(name)) extra[name] = YamlValues.ToPlain(value);
        }
        config.Extra = extra;
        config.Locations = locations;

        if (config.Cname.Trim() is { Length: > 0 } cname && !HostNames.IsHostName(cname))
        {
            var key = root.Children.Keys.FirstOrDefault(k => string.Equals(YamlValues.KeyText(k), "cname", StringComparison.OrdinalIgnoreCase));
            diagnostics.Error(DiagnosticCodes.InvalidCname, displayPath, key is null ? 0 : (int)key.Start.Line, key is null ? 0 : (int)key.Start.Column,
                $"cname must be a bare host name such as notes.example.org (no scheme or path), not '{cname}'; no CNAME file is written");
        }

        if (config.Timezone.Trim() is { Length: > 0 } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            var key = root.Children.Keys.FirstOrDefault(k => string.Equals(YamlValues.KeyText(k), "timezone", StringComparison.OrdinalIgnoreCase));
            diagnostics.Warning(DiagnosticCodes.UnknownTimeZone, displayPath, key is null ? 0 : (int)key.Start.Line, key is null ? 0 : (int)key.Start.Column,
                $"unknown time zone '{zone}' (write an IANA name such as Europe/Paris); UTC is used");
        }

        // Jekyll splits the address into `url` (origin) and `baseurl` (path prefix); join them into one base URL.
        if (SiteUrls.OriginOf(config.BaseUrl).Length == 0 && extra.TryGetValue("url", out var origin) && origin is string o && SiteUrls.OriginOf(o).Length > 0)
            config.BaseUrl = o.TrimEnd('/') + "/" + config.BaseUrl.Trim('/');
        return config;
    }

    private static HashSet<string> KnownKeys(IReadOnlyList<SettingsSection> sections) =>
        typeof(SiteConfig).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(SiteConfig.Extra) && p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .Select(p => p.Name)
            .Concat(sections.Select(s => s.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Each feature section the file has, read into its settings class (the model check has already dropped values
    /// of the wrong type, so this fails only on what it cannot foresee: then the section keeps its defaults).
    /// </summary>
    private static void ReadSections(YamlMappingNode root, IReadOnlyList<SettingsSection> sections, SiteConfig config, string displayPath, DiagnosticBag diagnostics)
    {
        foreach (var section in sections)
        {
            // As for the core settings, keys match case-insensitively and the last of two spellings wins.
            var (key, value) = root.Children.LastOrDefault(c => string.Equals(YamlValues.KeyText(c.Key), section.Name, StringComparison.OrdinalIgnoreCase));
            if (value is not YamlMappingNode mapping) continue;
            try
            {
                if (Deserializer.Deserialize(YamlValues.Text(mapping), section.Type) is { } settings) config.Sections.Add(settings);
            }
            catch (YamlException e)
            {
                diagnostics.Error(DiagnosticCodes.ConfigValue, displayPath, (int)key.Start.Line, (int)key.Start.Column, "invalid configuration value: " + InnermostMessage(e));
            }
        }
    }

    private static int? FindKeyLine(YamlMappingNode root, YamlException e)
    {
        var message = InnermostMessage(e);
        foreach (var (key, _) in root.Children)
        {
            var name = YamlValues.KeyText(key);
            if (message.Contains(name, StringComparison.OrdinalIgnoreCase)) return (int)key.Start.Line;
        }
        return null;
    }

    internal static string InnermostMessage(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }
}
