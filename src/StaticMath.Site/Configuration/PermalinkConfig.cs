namespace StaticMath.Site.Configuration;

/// <summary>
/// URL patterns. Tokens: <c>{slug}</c>, <c>{year}</c>, <c>{month}</c>, <c>{day}</c>, <c>{section}</c> (the content
/// folder the file sits in) and, for pages, <c>{path}</c> (the file's path under content/ without extension).
/// </summary>
public sealed class PermalinkConfig
{
    public string Posts { get; set; } = "/posts/{slug}/";

    public string Pages { get; set; } = "/{path}/";

    public string Tags { get; set; } = "/tags/{slug}/";
}
