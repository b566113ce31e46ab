using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.HugoShortcodes;

/// <summary>Hugo's shortcodes (<c>{{&lt; figure &gt;}}</c>, math shortcodes…) as Hugo renders them.</summary>
public sealed class HugoShortcodesFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new HugoShortcodesExtension())
        .Owns(DiagnosticCodes.UnknownHugoShortcode);
}
