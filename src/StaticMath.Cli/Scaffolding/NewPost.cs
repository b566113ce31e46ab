using System.Globalization;
using StaticMath.Site.Content;

namespace StaticMath.Cli.Scaffolding;

/// <summary>Writes <c>content/posts/YYYY-MM-DD-slug.md</c> with title, date and empty tags.</summary>
public static class NewPost
{
    /// <returns>A message naming the created file.</returns>
    public static string Create(string siteDirectory, string title, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ScaffoldingException("the post needs a title");
        var slug = Slug.From(title);
        if (slug.Length == 0) slug = "post";
        var day = now.ToUniversalTime();
        var folder = Path.Combine(siteDirectory, "content", "posts");
        var path = Path.Combine(folder, $"{day:yyyy-MM-dd}-{slug}.md");
        if (File.Exists(path)) throw new ScaffoldingException($"{Path.GetRelativePath(siteDirectory, path)} already exists");
        Directory.CreateDirectory(folder);
        var text = $$"""
            ---
            title: {{YamlQuote(title.Trim())}}
            date: {{day.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}} +00:00
            description: ""
            tags: []
            ---

            Write your post here. Inline math like $e^{i\pi} + 1 = 0$ and display math:

            $$
            \int_0^1 x^2 \, dx = \frac{1}{3}
            $$

            """;
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return $"Created {Path.GetRelativePath(Environment.CurrentDirectory, path)}";
    }

    /// <summary>A double-quoted YAML scalar, so titles with ':' or '#' stay titles.</summary>
    public static string YamlQuote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
