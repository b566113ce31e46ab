using System.CommandLine;
using StaticMath.Cli.Scaffolding;

namespace StaticMath.Cli.Commands;

/// <summary><c>staticmath new site DIR</c> and <c>staticmath new post "Title"</c>.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Create a starter site or a new post");

        var directory = new Argument<string>("directory") { Description = "Folder for the new site (must not exist or be empty)" };
        var site = new Command("site", "Create a working starter site");
        site.Arguments.Add(directory);
        site.SetAction(parse => Run(() => StarterSite.Create(FullPath(parse.GetValue(directory), "the new site's folder"), DateTimeOffset.UtcNow)));
        command.Subcommands.Add(site);

        var title = new Argument<string>("title") { Description = "The post's title" };
        var post = new Command("post", "Create content/posts/YYYY-MM-DD-slug.md with front matter");
        post.Arguments.Add(title);
        post.Options.Add(SiteSource.Option);
        post.SetAction(parse => SiteSource.Resolve(parse) is { } source
            ? Run(() => NewPost.Create(source, parse.GetValue(title)!, DateTimeOffset.UtcNow))
            : CommandLineApp.Usage);
        command.Subcommands.Add(post);
        return command;
    }

    /// <summary>An empty name has no full path (Path.GetFullPath throws); say which argument is empty instead.</summary>
    private static string FullPath(string? path, string what) =>
        string.IsNullOrWhiteSpace(path) ? throw new ScaffoldingException($"{what} is empty: give a folder name") : Path.GetFullPath(path);

    private static int Run(Func<string> action)
    {
        try
        {
            Console.WriteLine(action());
            return CommandLineApp.Success;
        }
        catch (ScaffoldingException e)
        {
            Console.Error.WriteLine($"staticmath: {e.Message}");
            return CommandLineApp.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"staticmath: {e.Message}");
            return CommandLineApp.Failure;
        }
    }
}
