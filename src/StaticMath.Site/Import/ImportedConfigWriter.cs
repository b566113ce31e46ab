using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Serialization;

namespace StaticMath.Site.Import;

/// <summary>Writes the imported settings as staticmath.yml, with a header naming where they came from.</summary>
public static class ImportedConfigWriter
{
    // The settings are dictionaries, lists and text, which YamlDotNet writes through their interfaces, not generated code.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Dictionaries, lists and strings only.")]
    public static string Write(ImportedSite site)
    {
        var yaml = new SerializerBuilder().Build().Serialize(site.Config);
        return $"# Imported from a {site.Generator} site by `staticmath import`; every key is described on the \"Configuration\" page of the StaticMath docs.\n"
               + (site.Config.Count == 0 ? "{}\n" : yaml);
    }
}
