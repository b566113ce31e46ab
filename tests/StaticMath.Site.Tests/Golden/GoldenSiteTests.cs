namespace StaticMath.Site.Tests.Golden;

/// <summary>
/// Whole-site output snapshots: the example blog and a fixture site using every authoring feature. Any change in any
/// output byte fails here until the snapshot is rewritten on purpose (see <see cref="GoldenSnapshot"/>).
/// </summary>
public sealed class GoldenSiteTests
{
    [Fact]
    public void Math_blog_sample_output_matches_its_snapshot() =>
        GoldenSnapshot.Verify("math-blog", Path.Combine(GoldenSnapshot.RepositoryRoot, "samples", "math-blog"));

    [Fact]
    public void Every_feature_fixture_site_output_matches_its_snapshot() =>
        GoldenSnapshot.Verify("every-feature", Path.Combine(GoldenSnapshot.RepositoryRoot, "tests", "StaticMath.Site.Tests", "Golden", "EveryFeature"));
}
