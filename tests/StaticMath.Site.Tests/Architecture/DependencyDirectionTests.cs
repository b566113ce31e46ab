using StaticMath.Site.Build;

namespace StaticMath.Site.Tests.Architecture;

/// <summary>
/// The folders of StaticMath.Site depend one way: core types ← content ← pipeline contracts ← features ← engine ←
/// output ← build ← check/import (the build drives the output writers, which know nothing of it).
/// A folder may use only folders before it in <see cref="Order"/>; each dependency against the order that exists today
/// is listed in <see cref="KnownViolations"/>, a list that may only shrink (the test fails when one is gone, so it is
/// removed from the list, and on any new one).
/// </summary>
public sealed class DependencyDirectionTests
{
    /// <summary>The declared order, from the bottom up.</summary>
    private static readonly string[] Order =
    [
        "Core", "Diagnostics",                          // core types (build options, clock, phases, budgets; diagnostics)
        "Configuration", "Content",                     // content
        "Pipeline",                                     // what features register into (ISiteFeature, stages, page and build context)
        "Bibliography",                                 // BibTeX, read once per build through the build context
        "Liquid",                                       // the one Liquid environment (tags and filters registered into it) and Jekyll's Liquid
        "Markdown", "Distill",                          // features (a feature may register Liquid tags: embeds' youtube and twitter)
        "Engine", "Themes",                             // engine (Engine lists the features and runs them; Themes lays pages out)
        "Output",                                       // output writers (feed, sitemap, search index, atomic output folder)
        "Build",                                        // the build: loads, renders, lays out and hands every file to Output
        "Check", "Import",                              // `staticmath check`, and importing other generators' sites
    ];

    /// <summary>Dependencies against the order that exist today ("From → To"). Remove an entry when you remove the dependency.</summary>
    private static readonly HashSet<string> KnownViolations = new(StringComparer.Ordinal);

    [Fact]
    public void Every_folder_is_in_the_declared_order()
    {
        var folders = FolderDependencies.Read(AssemblyPath()).Keys.SelectMany(edge => new[] { edge.From, edge.To }).Distinct();
        Assert.Empty(folders.Except(Order));
    }

    [Fact]
    public void Folders_depend_only_on_folders_below_them_except_the_known_violations()
    {
        var violations = FolderDependencies.Read(AssemblyPath())
            .Where(edge => Array.IndexOf(Order, edge.Key.To) > Array.IndexOf(Order, edge.Key.From))
            .ToDictionary(edge => $"{edge.Key.From} → {edge.Key.To}", edge => edge.Value, StringComparer.Ordinal);

        var added = violations.Where(v => !KnownViolations.Contains(v.Key)).Select(v => $"{v.Key} (e.g. {v.Value})").ToList();
        var removed = KnownViolations.Where(v => !violations.ContainsKey(v)).ToList();

        Assert.True(added.Count == 0, "dependencies against the declared order:\n" + string.Join("\n", added));
        Assert.True(removed.Count == 0, "no longer there, remove from KnownViolations:\n" + string.Join("\n", removed));
    }

    [Fact]
    public void The_reader_sees_a_dependency_made_only_inside_a_method_body()
    {
        // SiteBuilder (Build) calls SiteSession and reports through Diagnostics; both must be seen.
        var edges = FolderDependencies.Read(AssemblyPath());
        Assert.Contains(("Build", "Diagnostics"), edges.Keys);
        Assert.Contains(("Build", "Content"), edges.Keys);
    }

    private static string AssemblyPath() => typeof(SiteBuilder).Assembly.Location;
}
