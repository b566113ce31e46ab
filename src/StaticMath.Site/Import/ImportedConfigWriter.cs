using YamlDotNet.Serialization;

namespace StaticMath.Site.Import;

/// <summary>Writes the imported settings as staticmath.yml, with a header naming where they came from.</summary>
public static class ImportedConfigWriter
{
    public static string Write(ImportedSite site)
    {
        var yaml = new SerializerBuilder().Build().Serialize(site.Config);
        return $"# Imported from a {site.Generator} site by `staticmath import`; every key is described on the \"Configuration\" page of the StaticMath docs.\n"
               + (site.Config.Count == 0 ? "{}\n" : yaml);
    }
}
