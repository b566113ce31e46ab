using StaticMath.Site.Import;

namespace StaticMath.Cli.Tests.Import;

/// <summary>
/// Where an import may write: a new or empty folder, or with <c>--force</c> a folder an earlier import made (and there
/// only the files it wrote). Never into the source site, and nothing at all when it refuses.
/// </summary>
public sealed class ImportTargetTests
{
    [Fact]
    public void A_folder_with_the_users_files_is_refused_and_left_as_it_was()
    {
        var target = ImportRun.NewFolder();
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        using var run = ImportRun.Of("hugo", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Problems, l => l.StartsWith(target + ": error SM1661: ", StringComparison.Ordinal) && l.Contains("not made by staticmath import"));
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
    }

    [Fact]
    public void An_earlier_import_is_refused_without_force_and_replaced_with_it()
    {
        using var first = ImportRun.Of("zola");
        Assert.Equal(0, first.ExitCode);
        var config = Path.Combine(first.Target, "staticmath.yml");
        File.WriteAllText(config, "title: edited\n");

        var again = ImportRun.Of("zola", first.Target);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains(again.Problems, l => l.Contains("error SM1661") && l.Contains("pass --force"));
        Assert.Equal("title: edited\n", File.ReadAllText(config));

        var forced = ImportRun.Of("zola", first.Target, force: true);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("title: Emmy's algebra notes", File.ReadAllText(config));
    }

    [Fact]
    public void Force_never_replaces_a_file_the_earlier_import_did_not_write()
    {
        using var first = ImportRun.Of("hugo");
        var users = Path.Combine(first.Target, "content", "posts", "newton.md.bak");
        File.WriteAllText(users, "keep");
        var mine = Path.Combine(first.Target, "content", "posts", "newton.md");
        File.Delete(mine);
        File.WriteAllText(Path.Combine(first.Target, "content", "posts", "extra.md"), "---\ntitle: Extra\n---\n");
        // The user's own post sits where the source has none: the forced import writes around it.
        var forced = ImportRun.Of("hugo", first.Target, force: true);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("keep", File.ReadAllText(users));
        Assert.True(File.Exists(mine));

        // A source file whose copy would land on a file the user made there is refused as a whole.
        var source = ImportRun.NewFolder();
        CopyTree(Path.Combine(ImportRun.FixturesDirectory, "hugo"), source);
        File.WriteAllText(Path.Combine(source, "content", "posts", "extra.md"), "---\ntitle: From the source\n---\n");
        try
        {
            var refused = ImportRun.Run(source, first.Target, force: true);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains(refused.Problems, l => l.Contains("error SM1661") && l.Contains("'content/posts/extra.md'"));
            Assert.Equal("---\ntitle: Extra\n---\n", File.ReadAllText(Path.Combine(first.Target, "content", "posts", "extra.md")));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    [Fact]
    public void The_new_site_may_not_be_inside_the_source_site()
    {
        var source = ImportRun.NewFolder();
        CopyTree(Path.Combine(ImportRun.FixturesDirectory, "jekyll"), source);
        try
        {
            var before = ImportRun.Fingerprint(source);
            var run = ImportRun.Run(source, Path.Combine(source, "converted"));
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(run.Problems, l => l.Contains("error SM1662"));
            Assert.Equal(before, ImportRun.Fingerprint(source));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    [Fact]
    public void A_folder_of_no_known_generator_is_a_located_error_and_generator_forces_the_reader()
    {
        var source = ImportRun.NewFolder();
        Directory.CreateDirectory(Path.Combine(source, "content"));
        File.WriteAllText(Path.Combine(source, "content", "note.md"), "---\ntitle: Note\n---\n\nText.\n");
        try
        {
            var unknown = ImportRun.Run(source, ImportRun.NewFolder());
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains(unknown.Problems, l => l.StartsWith(source + ": error SM1660: no Jekyll (_config.yml), Hugo", StringComparison.Ordinal));
            Assert.False(Directory.Exists(unknown.Target));

            using var forced = ImportRun.Run(source, ImportRun.NewFolder(), SourceGenerator.Hugo);
            Assert.Equal(0, forced.ExitCode);
            Assert.Contains("content/: 1 file(s) → content/", forced.Converted);
            Assert.True(File.Exists(Path.Combine(forced.Target, "content", "note.md")));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    [Fact]
    public void A_configuration_that_does_not_parse_is_SM1663_at_its_line_and_nothing_is_written()
    {
        var source = ImportRun.NewFolder();
        CopyTree(Path.Combine(ImportRun.FixturesDirectory, "jekyll"), source);
        File.WriteAllText(Path.Combine(source, "_config.yml"), "title: Broken\ndescription: [unclosed\nurl: https://x.example\n");
        try
        {
            var run = ImportRun.Run(source, ImportRun.NewFolder());
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(run.Problems, l => l.StartsWith("_config.yml(2,1): error SM1663: invalid YAML", StringComparison.Ordinal));
            Assert.False(Directory.Exists(run.Target));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
        }
    }

    [Fact]
    public void A_symbolic_link_leading_out_of_the_source_site_is_reported_and_not_copied()
    {
        var source = ImportRun.NewFolder();
        CopyTree(Path.Combine(ImportRun.FixturesDirectory, "jekyll"), source);
        var outside = Path.Combine(Path.GetTempPath(), "sm-import-secret-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(outside, "---\ntitle: Secret\n---\n");
        File.CreateSymbolicLink(Path.Combine(source, "_posts", "2020-01-01-leak.md"), outside);
        try
        {
            using var run = ImportRun.Run(source, ImportRun.NewFolder());
            Assert.Equal(0, run.ExitCode);
            Assert.Contains(run.Problems, l => l.StartsWith("_posts/2020-01-01-leak.md: warning SM1666: _posts/2020-01-01-leak.md is a symbolic link leading outside the site", StringComparison.Ordinal));
            Assert.False(File.Exists(Path.Combine(run.Target, "content", "_posts", "2020-01-01-leak.md")));
            Assert.True(File.Exists(Path.Combine(run.Target, "content", "_posts", "2021-05-05-score.md")));
        }
        finally
        {
            Directory.Delete(source, recursive: true);
            File.Delete(outside);
        }
    }

    [Fact]
    public void The_generator_option_takes_lowercase_names_on_the_command_line()
    {
        var target = ImportRun.NewFolder();
        var parse = ToolCommands.CreateRoot().Parse(["import", "--from", Path.Combine(ImportRun.FixturesDirectory, "zola"), "--to", target, "--generator", "zola"]);
        Assert.Empty(parse.Errors);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
