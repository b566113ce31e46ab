using System.Globalization;

namespace StaticMath.Cli.Scaffolding;

/// <summary>
/// Writes a small working site: configuration, a first post with math, an about page, a static image, and what it
/// takes to publish it (tool manifest, GitHub Pages workflow, README with recipes for other hosts).
/// </summary>
public static class StarterSite
{
    public static string Create(string directory, DateTimeOffset now)
    {
        if (File.Exists(directory) || Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new ScaffoldingException($"'{directory}' already exists and is not empty");
        var name = Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        var title = name.Length > 0 ? name : "My math notes";
        var day = now.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Write(directory, "staticmath.yml", $$"""
            # Site settings; every key is described on the "Configuration" page of the StaticMath docs.
            title: {{NewPost.YamlQuote(title)}}
            description: "Notes with equations, prerendered to SVG."
            author: ""
            # baseUrl: https://you.github.io/notes/   # where the site is published (may include a path);
            #                                        # the GitHub Pages workflow passes it with --base-url
            # cname: notes.example.org                # custom domain: written to CNAME for GitHub Pages
            permalinks:
              posts: /posts/{slug}/
            paginate: 10
            nav:
              - title: About
                url: /about/
            """);
        Write(directory, ".gitignore", "_site/\n._site.*\n.staticmath/\n");
        foreach (var (path, text) in StarterPublishing.Files(title, ToolCommands.Version))
            Write(directory, path, text);
        Write(directory, $"content/posts/{day}-welcome.md", $$"""
            ---
            title: "Welcome to StaticMath"
            date: {{day}}
            description: "A first post: Markdown, math and an image."
            tags: [meta]
            ---

            This site is built by `staticmath build`. Every equation is rendered to SVG when the site
            is built, so readers need no JavaScript.

            Inline math sits in the text, like $a^2 + b^2 = c^2$, and display math stands on its own:

            $$
            \sum_{n=1}^\infty \frac{1}{n^2} = \frac{\pi^2}{6}
            $$

            ![A unit circle](/images/circle.svg "The unit circle")

            Create your next post with `staticmath new post "My title"`.
            """);
        Write(directory, "content/about.md", """
            ---
            title: About
            ---

            Write about yourself and this site here.
            """);
        Write(directory, "static/images/circle.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="-1.2 -1.2 2.4 2.4">
              <circle cx="0" cy="0" r="1" fill="none" stroke="currentColor" stroke-width="0.02"/>
              <line x1="-1.2" y1="0" x2="1.2" y2="0" stroke="gray" stroke-width="0.01"/>
              <line x1="0" y1="-1.2" x2="0" y2="1.2" stroke="gray" stroke-width="0.01"/>
            </svg>
            """);
        return $"Created a new site in {Path.GetRelativePath(Environment.CurrentDirectory, directory)}. Build it with: staticmath build --source {Path.GetRelativePath(Environment.CurrentDirectory, directory)}";
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n").TrimEnd('\n') + "\n");
    }
}
