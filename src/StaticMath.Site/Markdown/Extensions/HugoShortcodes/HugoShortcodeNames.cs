using StaticMath.Site.Markdown.Extensions.Callouts;

namespace StaticMath.Site.Markdown.Extensions.HugoShortcodes;

/// <summary>
/// The Hugo shortcodes the build reads: <c>highlight</c> and <c>figure</c> (<see cref="HugoShortcodeBlockParser"/>),
/// <c>ref</c>/<c>relref</c> (resolved with the page's Liquid, <c>Liquid/ShortcodeCalls</c>), and paired box-style
/// shortcodes made callouts (<see cref="HugoCallouts"/>). Any other is reported (SM1602).
/// </summary>
public static class HugoShortcodeNames
{
    public const string Highlight = "highlight";
    public const string Figure = "figure";
    public const string Ref = "ref";
    public const string RelRef = "relref";

    public static bool IsRead(string name) =>
        name is Highlight or Figure or Ref or RelRef || HugoCallouts.IsBox(name) || CalloutKinds.Find(name) is not null;
}
