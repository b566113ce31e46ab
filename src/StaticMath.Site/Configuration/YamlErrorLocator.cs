using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticMath.Site.Configuration;

/// <summary>
/// Turns a YamlDotNet failure into a 1-based (line, column) in the YAML text. YamlDotNet usually says where
/// (<see cref="YamlException.Start"/>), but some malformed input makes its scanner throw a bare
/// <see cref="InvalidOperationException"/>; then the first line whose prefix no longer parses is the culprit.
/// </summary>
public static class YamlErrorLocator
{
    private const int MaxLinesToProbe = 2000;

    public static (int Line, int Column, string Message) Locate(string yaml, Exception error)
    {
        if (error is YamlException y && y.Start.Line > 0)
            return ((int)y.Start.Line, (int)y.Start.Column, SiteConfigLoader.InnermostMessage(y));

        var lines = yaml.Split('\n');
        for (var count = 1; count <= System.Math.Min(lines.Length, MaxLinesToProbe); count++)
        {
            var prefix = string.Join('\n', lines, 0, count);
            try
            {
                new YamlStream().Load(new StringReader(prefix));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
            {
                return (count, 1, error is YamlException ? SiteConfigLoader.InnermostMessage(error) : "the YAML is malformed here");
            }
        }
        return (1, 1, SiteConfigLoader.InnermostMessage(error));
    }
}
