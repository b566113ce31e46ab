namespace StaticMath.Site.Import;

/// <summary>
/// Tells which generator a site folder was made for from the configuration file each one requires. Hugo and Zola
/// both may use <c>config.toml</c>; Zola's requires <c>base_url</c>, Hugo's spells it <c>baseURL</c>.
/// </summary>
public static class GeneratorDetector
{
    private static readonly string[] EleventyConfigs = [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"];

    private static readonly string[] HugoConfigs = ["hugo.toml", "hugo.yaml", "hugo.yml"];

    /// <returns>The generator and the file that shows it, or null when no generator's configuration is there.</returns>
    public static (SourceGenerator Generator, string Evidence)? Detect(string siteDirectory)
    {
        bool Has(string name) => File.Exists(Path.Combine(siteDirectory, name));
        if (Has("_quarto.yml")) return (SourceGenerator.Quarto, "_quarto.yml");
        if (EleventyConfigs.FirstOrDefault(Has) is { } eleventy) return (SourceGenerator.Eleventy, eleventy);
        if (Has("_config.yml")) return (SourceGenerator.Jekyll, "_config.yml");
        if (HugoConfigs.FirstOrDefault(Has) is { } hugo) return (SourceGenerator.Hugo, hugo);
        if (Has("config.toml"))
        {
            var config = ConfigDocument.Load(Path.Combine(siteDirectory, "config.toml"), "config.toml");
            return config.Has("base_url") ? (SourceGenerator.Zola, "config.toml") : (SourceGenerator.Hugo, "config.toml");
        }
        return null;
    }
}
